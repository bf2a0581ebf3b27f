import { describe, expect, it } from 'vitest';
import { createResponseCache } from '../../../proxy/src/resilience/responseCache';
import { createMemoryStore, type Store, type StoredResponse } from '../../../proxy/src/store';
import { redisForSuite } from '../../redis';

const { redis, openStore: redisStore } = await redisForSuite('response cache on Redis');

const ok = (body: string): StoredResponse => ({ status: 200, headers: {}, body });
const only2xx = (response: StoredResponse) => response.status >= 200 && response.status < 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An availability call that counts its vendor round trips. */
function vendor(ms = 30) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: async () => {
      calls += 1;
      await sleep(ms);
      return ok(`slots v${calls}`);
    },
  };
}

const flavours: Array<[string, () => [Store, Store], boolean]> = [
  [
    'memory store',
    () => {
      const store = createMemoryStore();
      return [store, store];
    },
    true,
  ],
  ['two Redis clients (two proxy instances)', () => [redisStore(), redisStore()], Boolean(redis)],
];

for (const [name, makeStores, available] of flavours) {
  describe.skipIf(!available)(`response cache with ${name}`, () => {
    const key = () => `availability:evt_${Math.random().toString(36).slice(2)}:2026-12:Europe/Paris`;

    it('answers 100 concurrent identical cold requests with one vendor call', async () => {
      const [store] = makeStores();
      const cache = createResponseCache(store);
      const availability = vendor();
      const k = key();
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => cache.getOrLoad(k, 'evt_1', 30, availability.load, only2xx)),
      );
      expect(availability.calls).toBe(1);
      expect(new Set(answers.map((answer) => answer.body))).toEqual(new Set(['slots v1']));
    });

    it('serves a hit from the other instance, then reloads after the TTL', async () => {
      const [first, second] = makeStores();
      const availability = vendor(1);
      const k = key();
      await createResponseCache(first).getOrLoad(k, 'evt_2', 1, availability.load, only2xx);
      const hit = await createResponseCache(second).getOrLoad(k, 'evt_2', 1, availability.load, only2xx);
      expect([hit.body, availability.calls]).toEqual(['slots v1', 1]);
      await sleep(1_100);
      const reloaded = await createResponseCache(second).getOrLoad(k, 'evt_2', 1, availability.load, only2xx);
      expect(reloaded.body).toBe('slots v2');
    });

    it('invalidate(tag) on one instance makes every entry of that tag miss on the other, and only that tag', async () => {
      const [first, second] = makeStores();
      const [booking, browsing] = [createResponseCache(first), createResponseCache(second)];
      const availability = vendor(1);
      const other = vendor(1);
      const [december, january, unrelated] = [key(), key(), key()];
      const tag = `evt_${Math.random().toString(36).slice(2)}`;
      await browsing.getOrLoad(december, tag, 60, availability.load, only2xx);
      await browsing.getOrLoad(january, tag, 60, availability.load, only2xx);
      await browsing.getOrLoad(unrelated, 'evt_other', 60, other.load, only2xx);
      await booking.invalidate(tag);
      expect((await browsing.getOrLoad(december, tag, 60, availability.load, only2xx)).body).toBe('slots v3');
      expect((await browsing.getOrLoad(january, tag, 60, availability.load, only2xx)).body).toBe('slots v4');
      expect((await browsing.getOrLoad(unrelated, 'evt_other', 60, other.load, only2xx)).body).toBe(
        'slots v1',
      );
    });

    it('does not keep an answer the caller says is uncacheable (a vendor error)', async () => {
      const [store] = makeStores();
      const cache = createResponseCache(store);
      let calls = 0;
      const failing = async () => {
        calls += 1;
        return { status: 502, headers: {}, body: 'vendor down' };
      };
      const k = key();
      await cache.getOrLoad(k, 'evt_3', 60, failing, only2xx);
      await cache.getOrLoad(k, 'evt_3', 60, failing, only2xx);
      expect(calls).toBe(2);
    });

    it('shares a failing load with its concurrent waiters, then lets the next request try again', async () => {
      const [store] = makeStores();
      const cache = createResponseCache(store);
      let calls = 0;
      const throwing = async () => {
        calls += 1;
        await sleep(10);
        throw new Error('vendor timeout');
      };
      const k = key();
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => cache.getOrLoad(k, 'evt_4', 60, throwing, only2xx)),
      );
      expect(results.every((result) => result.status === 'rejected')).toBe(true);
      expect(calls).toBe(1);
      const availability = vendor(1);
      expect((await cache.getOrLoad(k, 'evt_4', 60, availability.load, only2xx)).body).toBe('slots v1');
    });
  });
}
