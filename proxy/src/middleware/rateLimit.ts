import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { type RateLimitOverrides, type RateLimits, resolveRateLimits } from '../config/rateLimits';
import { isRedisDown, redisOf, StoreUnavailableError } from '../store';
import type { RateLimitBucket, RateLimitDecision, RateLimiter, Store } from '../store/types';

/** Buckets allowed to proceed unlimited while Redis is down (fail open); the rest get a 503. */
const failsOpen: ReadonlySet<RateLimitBucket> = new Set(['read']);

type Limiter = RateLimiterMemory | RateLimiterRedis;
type Limiters = Record<RateLimitBucket, { visitor: Limiter; site: Limiter }>;

/**
 * Two limiters per bucket, one for visitor keys and one for the site's key, on the store's Redis when it
 * has one, so every instance counts against the same budgets. A site with its own `limits.rateLimits`
 * gets its own limiters; the others share the file's. Redis down: reads pass, other buckets throw
 * `StoreUnavailableError` (-> 503).
 */
export function createRateLimiter(
  store: Store,
  limits: RateLimitOverrides = {},
  perSite: Readonly<Record<string, RateLimitOverrides | undefined>> = {},
): RateLimiter {
  const redis = redisOf(store);
  const build = (resolved: RateLimits): Limiters => {
    const limiterOf = (bucket: RateLimitBucket, who: 'visitor' | 'site'): Limiter => {
      const { points, durationSeconds } = resolved[bucket][who];
      const common = { points, duration: durationSeconds, keyPrefix: `rl:${bucket}:${who}` };
      return redis ? new RateLimiterRedis({ ...common, storeClient: redis }) : new RateLimiterMemory(common);
    };
    const both = (bucket: RateLimitBucket) => ({
      visitor: limiterOf(bucket, 'visitor'),
      site: limiterOf(bucket, 'site'),
    });
    return { read: both('read'), write: both('write'), invite: both('invite'), vote: both('vote') };
  };
  const shared = build(resolveRateLimits(limits));
  const bySite = new Map(
    Object.entries(perSite).flatMap(([siteKey, own]) =>
      own ? [[siteKey, build(resolveRateLimits(limits, own))] as const] : [],
    ),
  );

  return {
    async consume(bucket, { siteKey, visitorKeys }, points = 1): Promise<RateLimitDecision> {
      const limiters = (bySite.get(siteKey) ?? shared)[bucket];
      if (!limiters) throw new Error(`unknown rate-limit bucket ${bucket}`);
      const charges: [Limiter, string][] = [
        [limiters.site, `site:${siteKey}`],
        ...visitorKeys.map((key): [Limiter, string] => [limiters.visitor, key]),
      ];
      // Every key is charged even when an earlier one already refuses, so a client cannot spread
      // requests over keys; the longest wait wins.
      const results: PromiseSettledResult<RateLimiterRes>[] =
        redis && isRedisDown(redis)
          ? [{ status: 'rejected', reason: new Error('redis connection lost') }]
          : await Promise.allSettled(charges.map(([limiter, key]) => limiter.consume(key, points)));
      let refused: string | undefined;
      let retryAfterMs = 0;
      for (const [index, result] of results.entries()) {
        const outcome = result.status === 'fulfilled' ? result.value : result.reason;
        if (!(outcome instanceof RateLimiterRes)) {
          if (failsOpen.has(bucket)) return { allowed: true, retryAfterSeconds: 0 };
          throw new StoreUnavailableError(`rate limit (${bucket})`, { cause: outcome });
        }
        if (result.status === 'rejected') {
          refused = charges[index]?.[1]; // the last one: charges run from widest (site) to narrowest
          retryAfterMs = Math.max(retryAfterMs, outcome.msBeforeNext);
        }
      }
      if (!refused) return { allowed: true, retryAfterSeconds: 0 };
      const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return { allowed: false, retryAfterSeconds, refusedKey: refused };
    },
  };
}
