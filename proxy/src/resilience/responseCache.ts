import { LRUCache } from 'lru-cache';
import type { ResponseCache, Store, StoredResponse } from '../store/types';

/**
 * Generation counters outlive any cached entry, so a counter that expires can only fall back to a
 * generation whose entries are long gone.
 */
const generationTtlSeconds = 7 * 24 * 60 * 60;

/** A cached answer as it goes out: the stored response plus its body already encoded. */
export interface ReadyResponse extends StoredResponse {
  bytes: Uint8Array<ArrayBuffer>;
}

/** The response cache plus a lookup by the request as it arrived, so a hit needs no validation. */
export interface ReadyResponseCache extends ResponseCache {
  /** As `ResponseCache`, plus the raw request (site, method, target) that validated into `key`. */
  getOrLoad(
    ...args: [...Parameters<ResponseCache['getOrLoad']>, requestKey?: string]
  ): Promise<StoredResponse | ReadyResponse>;
  /**
   * The cached answer for a raw request seen (and validated, and pinned for its site) before, or
   * undefined. Same invalidation and TTL as `getOrLoad`: the tag's generation is read every time.
   */
  recall(requestKey: string): Promise<ReadyResponse | undefined>;
}

const encoder = new TextEncoder();

/**
 * Short-TTL cache in the shared store. Invalidation bumps the tag's generation, which is part of every
 * entry key, so one `invalidate` on any instance makes every instance miss. Single-flight is per
 * process: identical concurrent misses here share one `load`.
 *
 * The store stays the only truth (TTL, invalidation, a sandbox reset): a hit still reads the generation
 * and the entry. What each instance keeps is the work done on an entry it has seen: parsed once and
 * its body encoded once, reused while the store hands back the same stored text. Bounded in bytes, so
 * a flood of distinct answers only pushes out others.
 *
 * The cache never fails a request: if the store is down it is skipped (fail open, docs/store.md).
 */
export function createResponseCache(
  store: Store,
  options: { readyBytes?: number; requestKeys?: number } = {},
): ReadyResponseCache {
  const inFlight = new Map<string, Promise<StoredResponse | ReadyResponse>>();
  const ready = new LRUCache<string, { stored: string; answer: ReadyResponse }>({
    maxSize: options.readyBytes ?? 32 * 1024 * 1024,
    sizeCalculation: ({ stored, answer }) => stored.length * 2 + answer.bytes.length + 64,
  });
  const byRequest = new LRUCache<string, { key: string; tag: string }>({
    max: options.requestKeys ?? 10_000,
  });

  async function entryKeyOf(key: string, tag: string): Promise<string> {
    const generation = (await store.get(`cache:gen:${tag}`).catch(() => null)) ?? '0';
    return `cache:${tag}:${generation}:${key}`;
  }

  function readyFrom(entryKey: string, stored: string): ReadyResponse | undefined {
    const known = ready.get(entryKey);
    if (known?.stored === stored) return known.answer;
    const response = parse(stored);
    if (!response) return undefined;
    const answer = { ...response, bytes: encoder.encode(response.body) };
    ready.set(entryKey, { stored, answer });
    return answer;
  }

  async function cached(entryKey: string): Promise<ReadyResponse | undefined> {
    const stored = await store.get(entryKey).catch(() => null);
    return stored === null ? undefined : readyFrom(entryKey, stored);
  }

  return {
    async getOrLoad(key, tag, ttlSeconds, load, cacheable, requestKey) {
      const entryKey = await entryKeyOf(key, tag);
      if (requestKey) byRequest.set(requestKey, { key, tag });
      const hit = await cached(entryKey);
      if (hit) return hit;
      // Check and claim in the same synchronous step, so exactly one concurrent miss runs `load`.
      const running = inFlight.get(entryKey);
      if (running) return running;
      const loading = (async () => {
        try {
          const response = await load();
          if (!cacheable(response)) return response;
          const stored = JSON.stringify(response);
          const saved = await store.set(entryKey, stored, ttlSeconds).then(
            () => true,
            () => false,
          );
          return (saved && readyFrom(entryKey, stored)) || response;
        } finally {
          inFlight.delete(entryKey);
        }
      })();
      inFlight.set(entryKey, loading);
      return loading;
    },
    async recall(requestKey) {
      const known = byRequest.get(requestKey);
      return known && cached(await entryKeyOf(known.key, known.tag));
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
