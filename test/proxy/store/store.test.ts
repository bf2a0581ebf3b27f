import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, createRedisStore, createStore } from '../../../proxy/src/store';
import { noteSkippedWithoutRedis, type RunningRedis, startRedis } from '../../redis';
import { describeStoreContract } from './storeContract';

const redis = await startRedis();
noteSkippedWithoutRedis('Redis store contract', redis);
afterAll(() => redis?.stop());

describeStoreContract('memory', () => createMemoryStore());

describe.skipIf(!redis)('with a real redis-server', () => {
  const running = redis as RunningRedis;
  describeStoreContract('redis', () => createRedisStore(running.url));

  it('createStore picks Redis for a URL and memory without', async () => {
    const shared = createStore({ redisUrl: running.url });
    const local = createStore();
    expect([shared.kind, local.kind]).toEqual(['redis', 'memory']);
    await Promise.all([shared.close(), local.close()]);
  });

  it('shares keys between two instances (two proxies on one Redis)', async () => {
    const first = createRedisStore(running.url);
    const second = createRedisStore(running.url);
    await first.set('shared:key', 'from first', 60);
    expect(await second.get('shared:key')).toBe('from first');
    expect(await second.setIfAbsent('shared:key', 'from second', 60)).toBe(false);
    await Promise.all([first.close(), second.close()]);
  });
});

describe('memory store bounds', () => {
  it('evicts the oldest entries beyond maxEntries so a key flood cannot grow memory', async () => {
    const store = createMemoryStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.set(key, key, 60);
    expect(await store.get('a')).toBeNull();
    expect(await store.get('d')).toBe('d');
    expect(await store.get('b')).toBe('b');
  });

  it('evicts expired entries before live ones', async () => {
    let now = 0;
    const store = createMemoryStore({ maxEntries: 2, now: () => now });
    await store.set('short', 'x', 1);
    await store.set('long', 'y', 60);
    now = 2_000;
    await store.set('new', 'z', 60);
    expect(await store.get('long')).toBe('y');
    expect(await store.get('new')).toBe('z');
  });
});
