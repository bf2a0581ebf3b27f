import type { Idempotency, IdempotencyOutcome, Store, StoredResponse } from '../store/types';

export interface IdempotencyOptions {
  /** How long a finished answer is replayed. 24 h, like Stripe's keys. */
  ttlSeconds?: number;
  /** How long a concurrent duplicate waits for the first call before giving up. */
  waitTimeoutMs?: number;
  /**
   * Lifetime of the "in progress" lock: if an instance dies mid-call the key frees itself after
   * this. Must exceed the vendor timeout, or a slow first call could be run a second time.
   */
  lockTtlSeconds?: number;
}

/** A duplicate waited `waitTimeoutMs` and the first call is still running: the app answers `409 conflict`. */
export class IdempotencyInProgressError extends Error {
  readonly code = 'conflict' as const;
  constructor() {
    super('a request with this Idempotency-Key is still in progress');
    this.name = 'IdempotencyInProgressError';
  }
}

type IdempotencyRecord =
  | { state: 'pending'; fingerprint: string }
  | { state: 'done'; fingerprint: string; response: StoredResponse };

/**
 * Runs `execute` once per (scope, key), across every instance sharing the store. The lock is a
 * `setIfAbsent` on the record key, so the store (memory or Redis SET NX) decides the single winner.
 * Store errors (Redis down) propagate: idempotent operations create things, so they fail closed.
 */
export function createIdempotency(store: Store, options: IdempotencyOptions = {}): Idempotency {
  const ttlSeconds = options.ttlSeconds ?? 24 * 60 * 60;
  const waitTimeoutMs = options.waitTimeoutMs ?? 15_000;
  const lockTtlSeconds = options.lockTtlSeconds ?? 60;

  return {
    async run(scope, key, fingerprint, execute): Promise<IdempotencyOutcome> {
      const recordKey = `idem:${scope}:${key}`;
      const deadline = Date.now() + waitTimeoutMs;
      let pause = 5;
      for (;;) {
        const pending: IdempotencyRecord = { state: 'pending', fingerprint };
        if (await store.setIfAbsent(recordKey, JSON.stringify(pending), lockTtlSeconds)) {
          return { kind: 'fresh', response: await executeHoldingLock(recordKey, fingerprint, execute) };
        }
        const record = parse(await store.get(recordKey));
        // A record can vanish between the two calls (first call failed and released): try the lock again.
        if (record) {
          if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
          if (record.state === 'done') return { kind: 'replayed', response: record.response };
        }
        if (Date.now() >= deadline) throw new IdempotencyInProgressError();
        await sleep(Math.min(pause, Math.max(0, deadline - Date.now())));
        pause = Math.min(pause * 2, 200); // small backoff: quick for fast vendors, light on Redis for slow ones
      }
    },
  };

  async function executeHoldingLock(
    recordKey: string,
    fingerprint: string,
    execute: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    let response: StoredResponse;
    try {
      response = await execute();
    } catch (error) {
      // Network error or timeout: nothing to replay, so free the key and let a retry run.
      await store.delete(recordKey).catch(() => {});
      throw error;
    }
    if (response.status >= 500) {
      // Assumption (docs/store.md): a vendor 5xx is transient, not an answer; a retry with the same
      // key may run again rather than replaying the failure for 24 h. The vendors refuse a taken
      // slot or a duplicate member themselves, so a retry cannot double-book.
      await store.delete(recordKey).catch(() => {});
      return response;
    }
    const done: IdempotencyRecord = { state: 'done', fingerprint, response };
    // If the store fails now, the vendor has already acted: the person must see that answer, not a 503.
    // The lock then expires after lockTtlSeconds; a later retry reaches the vendor, which refuses the duplicate.
    await store.set(recordKey, JSON.stringify(done), ttlSeconds).catch(() => {});
    return response;
  }
}

function parse(raw: string | null): IdempotencyRecord | undefined {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as IdempotencyRecord;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
