import { ProxyError } from '../errors';
import type { RateLimitScope } from '../metrics/types';
import type { RateLimitBucket, RateLimitCharge } from '../store/types';
import type { ProxyServices } from './services';

/**
 * Charges `points` to the site's budget and to each visitor key (client IP, token); over any of them is
 * `429 rate_limited` with the longest `Retry-After`.
 */
export async function chargeRateLimit(
  services: ProxyServices,
  bucket: RateLimitBucket,
  charge: RateLimitCharge,
  points = 1,
): Promise<void> {
  const decision = await services.limiter.consume(bucket, charge, points);
  if (!decision.allowed) {
    services.metrics.rateLimited(bucket, scopeOf(decision.refusedKey));
    throw new ProxyError(429, 'rate_limited', 'Too many requests; try again later.', undefined, {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }
}

/** Keys are `site:…`, `ip:…` (one visitor) or `token:…`; the key itself never becomes a label. */
function scopeOf(key: string | undefined): RateLimitScope {
  if (key?.startsWith('site:')) return 'site';
  return key?.startsWith('token:') ? 'token' : 'visitor';
}
