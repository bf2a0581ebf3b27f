import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../proxy/src/store';

/** The behaviour every store must show; run once per implementation so memory and Redis stay alike. */
export function describeStoreContract(name: string, makeStore: () => Store): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(async () => {
      await store.close();
    });
    const unique = () => `contract:${Math.random().toString(36).slice(2)}`;

    it('returns null for a key never set, and the value once set', async () => {
      const key = unique();
      expect(await store.get(key)).toBeNull();
      await store.set(key, 'hello', 60);
      expect(await store.get(key)).toBe('hello');
    });

    it('overwrites with set and forgets with delete', async () => {
      const key = unique();
      await store.set(key, 'one', 60);
      await store.set(key, 'two', 60);
      expect(await store.get(key)).toBe('two');
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
    });

    it('setIfAbsent sets only the first time', async () => {
      const key = unique();
      expect(await store.setIfAbsent(key, 'first', 60)).toBe(true);
      expect(await store.setIfAbsent(key, 'second', 60)).toBe(false);
      expect(await store.get(key)).toBe('first');
    });

    it('lets exactly one of many concurrent setIfAbsent win', async () => {
      const key = unique();
      const wins = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.setIfAbsent(key, `v${i}`, 60)),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('increments from 1, concurrently without losing a count', async () => {
      const key = unique();
      const values = await Promise.all(Array.from({ length: 20 }, () => store.increment(key, 60)));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.increment(key, 60)).toBe(21);
    });

    it('honours the TTL of set, setIfAbsent and increment', async () => {
      const [a, b, c] = [unique(), unique(), unique()];
      await store.set(a, 'x', 1);
      await store.setIfAbsent(b, 'x', 1);
      await store.increment(c, 1);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(await store.get(a)).toBeNull();
      expect(await store.get(b)).toBeNull();
      expect(await store.setIfAbsent(b, 'again', 60)).toBe(true);
      expect(await store.increment(c, 60)).toBe(1);
    });

    it('answers ping while healthy', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
