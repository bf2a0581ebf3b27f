import type { RateLimitBucket } from '../store/types';

export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** Each visitor (client IP, and widget token when there is one) and the whole site get their own budget. */
export interface BucketLimits {
  visitor: RateLimit;
  site: RateLimit;
}

export type RateLimits = Record<RateLimitBucket, BucketLimits>;

/** What a config file (or a site entry in it) may change: any bucket, either budget. */
export type RateLimitOverrides = Partial<Record<RateLimitBucket, Partial<BucketLimits>>>;

const perMinute = (points: number): RateLimit => ({ points, durationSeconds: 60 });

/**
 * Sized for a real site; docs/config.md shows the arithmetic. One booking page load makes at most 10
 * reads (event type list, event type, the month, the two months either side, up to 3 months skipped to
 * the first free day, 2 cancellation policies). An invite counts one point per address, over an hour.
 */
export const defaultRateLimits: RateLimits = {
  // Visitor: 30 page loads a minute (one person paging hard, or a small office behind one address).
  // Site: 600 page loads a minute, six times the 100 visitors a minute a busy site must serve.
  read: { visitor: perMinute(300), site: perMinute(6000) },
  // Bookings, reschedules, cancellations, volunteer sign-ups: a double click replays and costs 1.
  write: { visitor: perMinute(30), site: perMinute(600) },
  // A poll shared with a large group: hundreds may vote in the same minute; one person votes once or twice.
  vote: { visitor: perMinute(20), site: perMinute(1000) },
  // Addresses invited per hour: an admin's 500 in one go, plus a full retry of them; a site's 4 such lists.
  invite: {
    visitor: { points: 1000, durationSeconds: 3600 },
    site: { points: 2000, durationSeconds: 3600 },
  },
};

/** The defaults with the file's `limits.rateLimits`, then a site's own `limits.rateLimits`, laid over them. */
export function resolveRateLimits(...layers: (RateLimitOverrides | undefined)[]): RateLimits {
  const resolved = structuredClone(defaultRateLimits);
  for (const layer of layers) {
    for (const bucket of Object.keys(resolved) as RateLimitBucket[]) {
      const { visitor, site } = layer?.[bucket] ?? {};
      if (visitor) resolved[bucket].visitor = visitor;
      if (site) resolved[bucket].site = site;
    }
  }
  return resolved;
}
