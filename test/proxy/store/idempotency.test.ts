import { describe, expect, it, vi } from 'vitest';
import { createIdempotency, IdempotencyInProgressError } from '../../../proxy/src/middleware/idempotency';
import { createMemoryStore, type Store, type StoredResponse } from '../../../proxy/src/store';
import { redisForSuite } from '../../redis';

const { redis, openStore: redisStore } = await redisForSuite('idempotency on Redis');

const booked = (id: number): StoredResponse => ({
  status: 201,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ bookingId: id }),
});

/** A vendor call that takes a moment, counting how often it really ran. */
function slowVendor(ms = 40) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    execute: async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return booked(calls);
    },
  };
}

const key = () => `key-${Math.random().toString(36).slice(2)}`;

const flavours: Array<[string, () => [Store, Store], boolean]> = [
  [
    'memory store',
    () => {
      const store = createMemoryStore();
      return [store, store];
    },
    true,
  ],
  [
    'one Redis client',
    () => {
      const store = redisStore();
      return [store, store];
    },
    Boolean(redis),
  ],
  ['two Redis clients (two proxy instances)', () => [redisStore(), redisStore()], Boolean(redis)],
];

for (const [name, makeStores, available] of flavours) {
  describe.skipIf(!available)(`idempotency with ${name}`, () => {
    it('runs 50 concurrent identical requests once and gives all 50 the same answer', async () => {
      const [first, second] = makeStores();
      const instances = [createIdempotency(first), createIdempotency(second)];
      const vendor = slowVendor();
      const k = key();
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) => instances[i % 2]?.run('site:pk_a', k, 'body-1', vendor.execute)),
      );
      expect(vendor.calls).toBe(1);
      expect(outcomes.filter((outcome) => outcome?.kind === 'fresh')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome?.kind === 'replayed')).toHaveLength(49);
      for (const outcome of outcomes) {
        expect(outcome?.kind !== 'mismatch' && JSON.parse(outcome?.response.body ?? '')).toEqual({
          bookingId: 1,
        });
      }
    });

    it('replays the first answer later, and refuses the same key with another body', async () => {
      const [first, second] = makeStores();
      const vendor = slowVendor(1);
      const k = key();
      expect((await createIdempotency(first).run('s', k, 'body-1', vendor.execute)).kind).toBe('fresh');
      const replay = await createIdempotency(second).run('s', k, 'body-1', vendor.execute);
      expect(replay).toEqual({ kind: 'replayed', response: booked(1) });
      expect(await createIdempotency(second).run('s', k, 'body-2', vendor.execute)).toEqual({
        kind: 'mismatch',
      });
      expect(vendor.calls).toBe(1);
    });

    it('keeps scopes apart: the same key on another site is a new request', async () => {
      const [first] = makeStores();
      const vendor = slowVendor(1);
      const k = key();
      await createIdempotency(first).run('site:a', k, 'body', vendor.execute);
      expect((await createIdempotency(first).run('site:b', k, 'body', vendor.execute)).kind).toBe('fresh');
      expect(vendor.calls).toBe(2);
    });

    it('releases the key after a network error so the retry runs, and waiters take over', async () => {
      const [first, second] = makeStores();
      const idempotency = [createIdempotency(first), createIdempotency(second)];
      const k = key();
      let calls = 0;
      const flaky = async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (calls === 1) throw new TypeError('fetch failed');
        return booked(calls);
      };
      // Which instance wins the lock is a race between two connections; the outcome must not depend on it.
      const settled = await Promise.allSettled([
        idempotency[0]?.run('s', k, 'body', flaky),
        idempotency[1]?.run('s', k, 'body', flaky),
      ]);
      expect(settled.filter((result) => result.status === 'rejected')).toHaveLength(1);
      expect(settled).toContainEqual({ status: 'fulfilled', value: { kind: 'fresh', response: booked(2) } });
      expect(calls).toBe(2);
    });

    it('does not replay a vendor 5xx: a retry with the same key runs again', async () => {
      const [first] = makeStores();
      const k = key();
      const failure: StoredResponse = { status: 503, headers: {}, body: '{}' };
      await createIdempotency(first).run('s', k, 'body', async () => failure);
      const retry = await createIdempotency(first).run('s', k, 'body', async () => booked(7));
      expect(retry).toEqual({ kind: 'fresh', response: booked(7) });
    });

    it('gives up waiting after waitTimeoutMs with a conflict error while the first still runs', async () => {
      const [first, second] = makeStores();
      const k = key();
      const vendor = slowVendor(400);
      const slow = createIdempotency(first).run('s', k, 'body', vendor.execute);
      // Two connections race; let the first take the lock (its vendor call has started) before the duplicate.
      await vi.waitFor(() => expect(vendor.calls).toBe(1));
      await expect(
        createIdempotency(second, { waitTimeoutMs: 100 }).run('s', k, 'body', slowVendor().execute),
      ).rejects.toBeInstanceOf(IdempotencyInProgressError);
      expect((await slow).kind).toBe('fresh');
    });
  });
}
