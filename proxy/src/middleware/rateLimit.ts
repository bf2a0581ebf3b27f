import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { isRedisDown, redisOf, StoreUnavailableError } from '../store';
import type { RateLimitBucket, RateLimitDecision, RateLimiter, Store } from '../store/types';

export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/**
 * Per key (site, client IP, token). Reads are generous (a calendar page fetches a few months), writes
 * moderate, invites and votes strict because each one sends real e-mail or changes a public count.
 */
export const defaultRateLimits: Record<RateLimitBucket, RateLimit> = {
  read: { points: 300, durationSeconds: 60 },
  write: { points: 30, durationSeconds: 60 },
  invite: { points: 10, durationSeconds: 60 },
  vote: { points: 20, durationSeconds: 60 },
};

/** Buckets allowed to proceed unlimited while Redis is down (fail open); the rest get a 503. */
const failsOpen: ReadonlySet<RateLimitBucket> = new Set(['read']);

type Limiter = RateLimiterMemory | RateLimiterRedis;

/**
 * One limiter per bucket, on the store's Redis when it has one, so every instance counts against
 * the same budget. Redis down: reads pass, other buckets throw `StoreUnavailableError` (-> 503).
 */
export function createRateLimiter(
  store: Store,
  limits: Partial<Record<RateLimitBucket, RateLimit>> = {},
): RateLimiter {
  const redis = redisOf(store);
  const limiters = new Map<RateLimitBucket, Limiter>();
  for (const bucket of Object.keys(defaultRateLimits) as RateLimitBucket[]) {
    const { points, durationSeconds } = limits[bucket] ?? defaultRateLimits[bucket];
    const common = { points, duration: durationSeconds, keyPrefix: `rl:${bucket}` };
    limiters.set(
      bucket,
      redis ? new RateLimiterRedis({ ...common, storeClient: redis }) : new RateLimiterMemory(common),
    );
  }

  return {
    async consume(bucket, keys): Promise<RateLimitDecision> {
      const limiter = limiters.get(bucket);
      if (!limiter) throw new Error(`unknown rate-limit bucket ${bucket}`);
      // Every key is charged even when an earlier one already refuses, so a client cannot spread
      // requests over keys; the longest wait wins.
      const results: PromiseSettledResult<RateLimiterRes>[] =
        redis && isRedisDown(redis)
          ? [{ status: 'rejected', reason: new Error('redis connection lost') }]
          : await Promise.allSettled(keys.map((key) => limiter.consume(key)));
      let refused: string | undefined;
      let retryAfterMs = 0;
      for (const [index, result] of results.entries()) {
        const outcome = result.status === 'fulfilled' ? result.value : result.reason;
        if (!(outcome instanceof RateLimiterRes)) {
          if (failsOpen.has(bucket)) return { allowed: true, retryAfterSeconds: 0 };
          throw new StoreUnavailableError(`rate limit (${bucket})`, { cause: outcome });
        }
        if (result.status === 'rejected') {
          refused = keys[index]; // the last one: keys run from widest (site) to narrowest
          retryAfterMs = Math.max(retryAfterMs, outcome.msBeforeNext);
        }
      }
      if (!refused) return { allowed: true, retryAfterSeconds: 0 };
      const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return { allowed: false, retryAfterSeconds, refusedKey: refused };
    },
  };
}
