import { describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../../../proxy/src/config/rateLimits';
import { createRateLimiter } from '../../../proxy/src/middleware/rateLimit';
import { createMemoryStore } from '../../../proxy/src/store';
import { redisForSuite } from '../../redis';

const { redis, openStore: redisStore } = await redisForSuite('rate limits on Redis');

/** One visitor of one site: the visitor budget is what these tests exercise. */
const visitor = (key: string, siteKey = 'pk_test') => ({ siteKey, visitorKeys: [key] });

const ip = () => `ip:203.0.113.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2)}`;

describe('rate limiter (memory)', () => {
  it('allows up to the limit, then refuses with a Retry-After within the window', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      invite: { visitor: { points: 3, durationSeconds: 30 } },
    });
    const key = ip();
    for (let i = 0; i < 3; i += 1) {
      expect(await limiter.consume('invite', visitor(key))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    }
    const refused = await limiter.consume('invite', visitor(key));
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('refuses when any one key is over (one client IP flooding a site)', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      vote: { visitor: { points: 2, durationSeconds: 10 } },
    });
    const flooder = ip();
    await limiter.consume('vote', visitor(flooder, 'pk_a'));
    await limiter.consume('vote', visitor(flooder, 'pk_b'));
    expect((await limiter.consume('vote', visitor(flooder, 'pk_c'))).allowed).toBe(false);
    expect((await limiter.consume('vote', visitor(ip(), 'pk_c'))).allowed).toBe(true);
  });

  it('keeps buckets apart: exhausting invites leaves reads alone', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      invite: { visitor: { points: 1, durationSeconds: 10 } },
    });
    const key = ip();
    await limiter.consume('invite', visitor(key));
    expect((await limiter.consume('invite', visitor(key))).allowed).toBe(false);
    expect((await limiter.consume('read', visitor(key))).allowed).toBe(true);
  });

  it('lets the caller in again once the window has passed', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      write: { visitor: { points: 1, durationSeconds: 1 } },
    });
    const key = ip();
    await limiter.consume('write', visitor(key));
    const refused = await limiter.consume('write', visitor(key));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1, refusedKey: key });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await limiter.consume('write', visitor(key))).allowed).toBe(true);
  });

  it('defaults are strictest where a request costs real e-mail', () => {
    // Compared as rates: invites are counted per address over an hour, the others per request per minute.
    for (const who of ['visitor', 'site'] as const) {
      const perSecond = (bucket: 'read' | 'write' | 'invite') =>
        defaultRateLimits[bucket][who].points / defaultRateLimits[bucket][who].durationSeconds;
      expect(perSecond('invite')).toBeLessThan(perSecond('write'));
      expect(perSecond('write')).toBeLessThan(perSecond('read'));
    }
  });
});

describe.skipIf(!redis)('rate limiter on one Redis shared by two proxy instances', () => {
  it('enforces one shared limit across both instances', async () => {
    const limits = { write: { visitor: { points: 10, durationSeconds: 60 } } };
    const instances = [createRateLimiter(redisStore(), limits), createRateLimiter(redisStore(), limits)];
    const key = ip();
    const decisions = await Promise.all(
      Array.from({ length: 16 }, (_, i) => instances[i % 2]?.consume('write', visitor(key, 'pk_shared'))),
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

describe('visitor and site budgets', () => {
  const limits = {
    write: { visitor: { points: 2, durationSeconds: 60 }, site: { points: 5, durationSeconds: 60 } },
  };

  it('a visitor over their own budget is refused while other visitors of the site go on', async () => {
    const limiter = createRateLimiter(createMemoryStore(), limits);
    const [one, two] = [ip(), ip()];
    expect((await limiter.consume('write', visitor(one))).allowed).toBe(true);
    expect((await limiter.consume('write', visitor(one))).allowed).toBe(true);
    expect((await limiter.consume('write', visitor(one))).allowed).toBe(false);
    expect((await limiter.consume('write', visitor(two))).allowed).toBe(true);
  });

  it('the site budget counts every visitor together, and is a site’s own', async () => {
    const limiter = createRateLimiter(createMemoryStore(), limits);
    const decisions = [];
    for (let i = 0; i < 6; i += 1) decisions.push((await limiter.consume('write', visitor(ip()))).allowed);
    expect(decisions).toEqual([true, true, true, true, true, false]);
    expect((await limiter.consume('write', visitor(ip(), 'pk_other'))).allowed).toBe(true);
  });

  it('charges the points it is given: a batch of addresses spends the budget at once', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      invite: { visitor: { points: 500, durationSeconds: 3600 } },
    });
    const admin = ip();
    expect((await limiter.consume('invite', visitor(admin), 200)).allowed).toBe(true);
    expect((await limiter.consume('invite', visitor(admin), 300)).allowed).toBe(true);
    const refused = await limiter.consume('invite', visitor(admin), 1);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
  });

  it('a site’s own budget replaces only what it names; the rest stays the file’s', async () => {
    const limiter = createRateLimiter(createMemoryStore(), limits, {
      pk_big: { write: { site: { points: 100, durationSeconds: 60 } } },
    });
    const big = [];
    for (let i = 0; i < 6; i += 1)
      big.push((await limiter.consume('write', visitor(ip(), 'pk_big'))).allowed);
    expect(big).toEqual([true, true, true, true, true, true]);
    const one = ip();
    const own = [];
    for (let i = 0; i < 3; i += 1) own.push((await limiter.consume('write', visitor(one, 'pk_big'))).allowed);
    expect(own).toEqual([true, true, false]);
  });
});
