import { describe, expect, it } from 'vitest';
import { createRateLimiter, defaultRateLimits } from '../../../proxy/src/middleware/rateLimit';
import { createMemoryStore } from '../../../proxy/src/store';
import { redisForSuite } from '../../redis';

const { redis, openStore: redisStore } = await redisForSuite('rate limits on Redis');

const ip = () => `ip:203.0.113.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2)}`;

describe('rate limiter (memory)', () => {
  it('allows up to the limit, then refuses with a Retry-After within the window', async () => {
    const limiter = createRateLimiter(createMemoryStore(), { invite: { points: 3, durationSeconds: 30 } });
    const key = ip();
    for (let i = 0; i < 3; i += 1) {
      expect(await limiter.consume('invite', [key])).toEqual({ allowed: true, retryAfterSeconds: 0 });
    }
    const refused = await limiter.consume('invite', [key]);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('refuses when any one key is over (one client IP flooding a site)', async () => {
    const limiter = createRateLimiter(createMemoryStore(), { vote: { points: 2, durationSeconds: 10 } });
    const flooder = ip();
    await limiter.consume('vote', ['site:pk_a', flooder]);
    await limiter.consume('vote', ['site:pk_b', flooder]);
    expect((await limiter.consume('vote', ['site:pk_c', flooder])).allowed).toBe(false);
    expect((await limiter.consume('vote', ['site:pk_c', ip()])).allowed).toBe(true);
  });

  it('keeps buckets apart: exhausting invites leaves reads alone', async () => {
    const limiter = createRateLimiter(createMemoryStore(), { invite: { points: 1, durationSeconds: 10 } });
    const key = ip();
    await limiter.consume('invite', [key]);
    expect((await limiter.consume('invite', [key])).allowed).toBe(false);
    expect((await limiter.consume('read', [key])).allowed).toBe(true);
  });

  it('lets the caller in again once the window has passed', async () => {
    const limiter = createRateLimiter(createMemoryStore(), { write: { points: 1, durationSeconds: 1 } });
    const key = ip();
    await limiter.consume('write', [key]);
    const refused = await limiter.consume('write', [key]);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1, refusedKey: key });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await limiter.consume('write', [key])).allowed).toBe(true);
  });

  it('defaults are strictest where a request costs real e-mail', () => {
    expect(defaultRateLimits.invite.points).toBeLessThan(defaultRateLimits.write.points);
    expect(defaultRateLimits.write.points).toBeLessThan(defaultRateLimits.read.points);
  });
});

describe.skipIf(!redis)('rate limiter on one Redis shared by two proxy instances', () => {
  it('enforces one shared limit across both instances', async () => {
    const limits = { write: { points: 10, durationSeconds: 60 } };
    const instances = [createRateLimiter(redisStore(), limits), createRateLimiter(redisStore(), limits)];
    const key = ip();
    const decisions = await Promise.all(
      Array.from({ length: 16 }, (_, i) => instances[i % 2]?.consume('write', ['site:pk_shared', key])),
    );
    expect(decisions.filter((decision) => decision?.allowed)).toHaveLength(10);
    const refused = decisions.filter((decision) => decision && !decision.allowed);
    expect(refused).toHaveLength(6);
    for (const decision of refused) {
      expect(decision?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(decision?.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });
});
