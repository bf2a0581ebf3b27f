import type { ResponseCache, Store, StoredResponse } from '../store/types';

/**
 * Generation counters outlive any cached entry, so a counter that expires can only fall back to a
 * generation whose entries are long gone.
 */
const generationTtlSeconds = 7 * 24 * 60 * 60;

/**
 * Short-TTL cache in the shared store. Invalidation bumps the tag's generation, which is part of every
 * entry key, so one `invalidate` on any instance makes every instance miss. Single-flight is per
 * process: identical concurrent misses here share one `load`.
 *
 * The cache never fails a request: if the store is down it is skipped (fail open, docs/store.md).
 */
export function createResponseCache(store: Store): ResponseCache {
  const inFlight = new Map<string, Promise<StoredResponse>>();

  async function generationOf(tag: string): Promise<string> {
    return (await store.get(`cache:gen:${tag}`).catch(() => null)) ?? '0';
  }

  return {
    async getOrLoad(key, tag, ttlSeconds, load, cacheable) {
      const entryKey = `cache:${tag}:${await generationOf(tag)}:${key}`;
      const cached = await store.get(entryKey).catch(() => null);
      if (cached !== null) {
        const response = parse(cached);
        if (response) return response;
      }
      // Check and claim in the same synchronous step, so exactly one concurrent miss runs `load`.
      const running = inFlight.get(entryKey);
      if (running) return running;
      const loading = (async () => {
        try {
          const response = await load();
          if (cacheable(response)) {
            await store.set(entryKey, JSON.stringify(response), ttlSeconds).catch(() => {});
          }
          return response;
        } finally {
          inFlight.delete(entryKey);
        }
      })();
      inFlight.set(entryKey, loading);
      return loading;
    },
    async invalidate(tag) {
      // Swallowed: the booking this follows has happened and must be reported as done. With the store
      // down, reads skip the cache anyway, and entries live seconds, so staleness is bounded by the TTL.
      await store.increment(`cache:gen:${tag}`, generationTtlSeconds).catch(() => {});
    },
  };
}

function parse(raw: string): StoredResponse | undefined {
  try {
    return JSON.parse(raw) as StoredResponse;
  } catch {
    return undefined;
  }
}
