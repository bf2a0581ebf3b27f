/**
 * Shared state for every proxy instance: rate-limit counters, idempotency records, token uses and
 * the response cache. In memory by default; Redis when `REDIS_URL` is set, so several instances
 * behind a load balancer enforce one limit and one idempotency record.
 */
export interface Store {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets only when absent (Redis `SET NX`); true when this call set it. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Increments a counter, creating it with this TTL; returns the new value. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  delete(key: string): Promise<void>;
  /** Healthy enough to serve (`/readyz`). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A vendor answer as the proxy stores it (cache, idempotent replay). */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type RateLimitBucket = 'read' | 'write' | 'invite' | 'vote';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the caller may try again, for `Retry-After`. */
  retryAfterSeconds: number;
  /** On a refusal, the last key given whose budget ran out: with keys widest first, the narrowest. */
  refusedKey?: string | undefined;
}

/** Who a request is charged to: its site (the site's budget) and the visitor's keys (client IP, token). */
export interface RateLimitCharge {
  siteKey: string;
  visitorKeys: string[];
}

/**
 * Charges `points` (1 per request; an invite, 1 per address) to the site's key against the site budget
 * and to every visitor key against the visitor budget; refuses if any of them is over.
 */
export interface RateLimiter {
  consume(bucket: RateLimitBucket, charge: RateLimitCharge, points?: number): Promise<RateLimitDecision>;
}

export type IdempotencyOutcome =
  | { kind: 'fresh'; response: StoredResponse }
  | { kind: 'replayed'; response: StoredResponse }
  /** Same key with another body: `422 invalid_request`. */
  | { kind: 'mismatch' };

/**
 * Runs `execute` once per (scope, key): a replay with the same fingerprint returns the first answer,
 * a concurrent duplicate waits for the first instead of calling the vendor again.
 */
export interface Idempotency {
  run(
    scope: string,
    key: string,
    fingerprint: string,
    execute: () => Promise<StoredResponse>,
  ): Promise<IdempotencyOutcome>;
}

/** Short-TTL response cache with single-flight: identical concurrent misses make one vendor call. */
export interface ResponseCache {
  getOrLoad(
    key: string,
    tag: string,
    ttlSeconds: number,
    load: () => Promise<StoredResponse>,
    /** Only answers this accepts are cached (2xx); others go to the caller uncached. */
    cacheable: (response: StoredResponse) => boolean,
  ): Promise<StoredResponse>;
  /** Drops every entry with this tag (a booking makes that event type's availability stale). */
  invalidate(tag: string): Promise<void>;
}
