import type { Store } from './types';

interface Entry {
  value: string;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Upper bound on live keys; the oldest are evicted first so a flood of keys cannot exhaust memory. */
  maxEntries?: number;
  /** Injectable clock for tests. */
  now?: () => number;
}

const defaultMaxEntries = 50_000;

export interface MemoryStore extends Store {
  readonly kind: 'memory';
  /** Forgets everything (the sandbox's reset: caches and idempotency records back to the start). */
  clear(): void;
}

/** One process's store: enough for a single instance, and what tests use without Redis. */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxEntries = options.maxEntries ?? defaultMaxEntries;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order, so the first key is the oldest write: cheap eviction.
  const entries = new Map<string, Entry>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function write(key: string, value: string, ttlSeconds: number): void {
    entries.delete(key); // re-insert so an overwrite counts as the newest entry
    if (entries.size >= maxEntries) evict();
    entries.set(key, { value, expiresAt: now() + Math.max(1, ttlSeconds) * 1000 });
  }

  function evict(): void {
    const time = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= time) entries.delete(key);
    }
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  }

  return {
    kind: 'memory',
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlSeconds) {
      write(key, value, ttlSeconds);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (live(key)) return false;
      write(key, value, ttlSeconds);
      return true;
    },
    async increment(key, ttlSeconds) {
      const entry = live(key);
      if (!entry) {
        write(key, '1', ttlSeconds);
        return 1;
      }
      // Like Redis INCR: the TTL set at creation stands.
      const next = Number(entry.value) + 1;
      entry.value = String(next);
      return next;
    },
    async delete(key) {
      entries.delete(key);
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
    },
    clear() {
      entries.clear();
    },
  };
}
