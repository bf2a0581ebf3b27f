import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIdempotency } from '../../../proxy/src/middleware/idempotency';
import { createRateLimiter } from '../../../proxy/src/middleware/rateLimit';
import { createResponseCache } from '../../../proxy/src/resilience/responseCache';
import {
  createRedisStore,
  type Idempotency,
  type RateLimiter,
  type RedisStore,
  type ResponseCache,
  StoreUnavailableError,
} from '../../../proxy/src/store';
import { noteSkippedWithoutRedis, type RunningRedis, startRedis } from '../../redis';

// Its own server: this file kills it mid-test.
const redis = await startRedis();
noteSkippedWithoutRedis('Redis-down policy', redis);
afterAll(() => redis?.stop());

const ok = { status: 200, headers: {}, body: 'slots' };

describe.skipIf(!redis)('when Redis goes down mid-flight (policy in docs/store.md)', () => {
  // Built in beforeAll: a skipped describe's body still runs while tests are collected.
  let running: RunningRedis;
  let store: RedisStore;
  let limiter: RateLimiter;
  let idempotency: Idempotency;
  let cache: ResponseCache;
  beforeAll(() => {
    running = redis as RunningRedis;
    store = createRedisStore(running.url);
    limiter = createRateLimiter(store);
    idempotency = createIdempotency(store);
    cache = createResponseCache(store);
  });
  afterAll(() => store.close());

  it('works while Redis is up, then reports not ready once it is gone', async () => {
    expect(
      (await limiter.consume('invite', { siteKey: 'pk_demo', visitorKeys: ['ip:198.51.100.7'] })).allowed,
    ).toBe(true);
    expect(await store.ping()).toBe(true);
    await running.stop();
    await vi.waitFor(async () => expect(await store.ping()).toBe(false), { timeout: 5_000 });
  });

  it('fails OPEN for reads: the request proceeds unlimited and uncached', async () => {
    expect(await limiter.consume('read', { siteKey: 'pk_demo', visitorKeys: ['ip:198.51.100.7'] })).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
    let calls = 0;
    const load = async () => {
      calls += 1;
      return ok;
    };
    expect(await cache.getOrLoad('availability:k', 'evt_1', 30, load, () => true)).toEqual(ok);
    expect(calls).toBe(1);
    await expect(cache.invalidate('evt_1')).resolves.toBeUndefined();
  });

  it.each(['write', 'invite', 'vote'] as const)(
    'fails CLOSED for %s with StoreUnavailableError, fast',
    async (bucket) => {
      const started = Date.now();
      await expect(
        limiter.consume(bucket, { siteKey: 'pk_demo', visitorKeys: ['ip:198.51.100.7'] }),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(1_500);
    },
  );

  it('refuses an idempotent booking without calling the vendor, and the error leaks no URL', async () => {
    const execute = vi.fn(async () => ok);
    const failure = await idempotency
      .run('site:pk_demo', 'key-1', 'body', execute)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as StoreUnavailableError).code).toBe('service_unavailable');
    expect((failure as Error).message).not.toContain('127.0.0.1');
    expect(execute).not.toHaveBeenCalled();
  });
});
