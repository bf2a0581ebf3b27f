import { newIdempotencyKey } from '../../core/ids';

export interface SendInBatchesOptions<Item, Result> {
  items: readonly Item[];
  /** Largest batch the vendor accepts in one call (200 for MeltingSpot bulk, 1 for one-per-address vendors). */
  batchSize: number;
  /** How many calls may be in flight at once; keeps us under vendor rate limits and the browser's connection pool. */
  concurrency: number;
  /**
   * Sends one batch. The idempotency key is made once per batch, so if the client retries the call
   * (token renewal, network blip) the vendor sees the same key and never invites twice.
   */
  send: (batch: readonly Item[], idempotencyKey: string) => Promise<readonly Result[]>;
  /** Turns a thrown error into one result per item of the batch, so one bad batch never loses the others. */
  onBatchError: (batch: readonly Item[], error: unknown) => readonly Result[];
  /** Called after every finished batch with how many items are done. */
  onProgress?: (done: number, total: number) => void;
  /** Stops starting new batches; batches already sent still report. */
  signal?: AbortSignal;
}

/** Sends items in batches with bounded concurrency; results come back in the items' order. */
export async function sendInBatches<Item, Result>(
  options: SendInBatchesOptions<Item, Result>,
): Promise<Result[]> {
  const { items, send, onBatchError, onProgress, signal } = options;
  const batchSize = Math.max(1, Math.floor(options.batchSize));
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const batches: (readonly Item[])[] = [];
  for (let start = 0; start < items.length; start += batchSize)
    batches.push(items.slice(start, start + batchSize));

  const resultsPerBatch: (readonly Result[])[] = new Array(batches.length);
  let next = 0;
  let done = 0;
  onProgress?.(0, items.length);

  async function worker(): Promise<void> {
    while (next < batches.length && !signal?.aborted) {
      const index = next;
      next += 1;
      const batch = batches[index] as readonly Item[];
      let results: readonly Result[];
      try {
        results = await send(batch, newIdempotencyKey());
      } catch (error) {
        results = onBatchError(batch, error);
      }
      resultsPerBatch[index] = results;
      done += batch.length;
      onProgress?.(done, items.length);
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return resultsPerBatch.flatMap((results) => results ?? []);
}
