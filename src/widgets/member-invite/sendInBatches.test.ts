import { describe, expect, it } from 'vitest';
import { sendInBatches } from './sendInBatches';

const range = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.com`);

describe('sendInBatches', () => {
  it('splits 450 addresses into batches of 200, 200 and 50, each with its own idempotency key', async () => {
    const calls: { size: number; key: string }[] = [];
    const results = await sendInBatches({
      items: range(450),
      batchSize: 200,
      concurrency: 2,
      send: async (batch, key) => {
        calls.push({ size: batch.length, key });
        return batch.map((email) => ({ email, status: 'invited' as const }));
      },
      onBatchError: () => [],
    });
    expect(calls.map((c) => c.size).sort((a, b) => b - a)).toEqual([200, 200, 50]);
    expect(new Set(calls.map((c) => c.key)).size).toBe(3);
    expect(results.map((r) => r.email)).toEqual(range(450));
  });

  it('never has more calls in flight than the concurrency allows', async () => {
    let inFlight = 0;
    let peak = 0;
    await sendInBatches({
      items: range(20),
      batchSize: 1,
      concurrency: 4,
      send: async (batch) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return batch;
      },
      onBatchError: () => [],
    });
    expect(peak).toBe(4);
  });

  it('keeps the items order in the results even when later batches answer first', async () => {
    const results = await sendInBatches({
      items: range(5),
      batchSize: 1,
      concurrency: 5,
      send: async (batch) => {
        const index = Number(batch[0]?.slice(1, 2));
        await new Promise((resolve) => setTimeout(resolve, (5 - index) * 2));
        return batch;
      },
      onBatchError: () => [],
    });
    expect(results).toEqual(range(5));
  });

  it('reports progress as "done of total" after every batch', async () => {
    const progress: string[] = [];
    await sendInBatches({
      items: range(450),
      batchSize: 200,
      concurrency: 1,
      send: async (batch) => batch,
      onBatchError: () => [],
      onProgress: (done, total) => progress.push(`${done} of ${total}`),
    });
    expect(progress).toEqual(['0 of 450', '200 of 450', '400 of 450', '450 of 450']);
  });

  it('turns a failed batch into per-address results and still sends the other batches', async () => {
    const results = await sendInBatches({
      items: range(3),
      batchSize: 1,
      concurrency: 1,
      send: async (batch) => {
        if (batch[0] === 'p1@x.com') throw new Error('boom');
        return batch.map((email) => ({ email, status: 'invited' }));
      },
      onBatchError: (batch) => batch.map((email) => ({ email, status: 'failed' })),
    });
    expect(results.map((r) => r.status)).toEqual(['invited', 'failed', 'invited']);
  });

  it('starts no new batch once aborted', async () => {
    const controller = new AbortController();
    let sent = 0;
    await sendInBatches({
      items: range(10),
      batchSize: 1,
      concurrency: 1,
      signal: controller.signal,
      send: async (batch) => {
        sent += 1;
        if (sent === 2) controller.abort();
        return batch;
      },
      onBatchError: () => [],
    });
    expect(sent).toBe(2);
  });

  it('sends nothing for an empty list', async () => {
    let sent = 0;
    const results = await sendInBatches({
      items: [],
      batchSize: 200,
      concurrency: 2,
      send: async (batch) => {
        sent += 1;
        return batch;
      },
      onBatchError: () => [],
    });
    expect(sent).toBe(0);
    expect(results).toEqual([]);
  });
});
