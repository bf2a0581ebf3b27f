import { createMemoryStore } from './memoryStore';
import { createRedisStore, type RedisStore } from './redisStore';
import type { Store } from './types';

export { isStoreUnavailable, StoreUnavailableError } from './errors';
export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './memoryStore';
export { createRedisStore, isRedisDown, type RedisStore, type RedisStoreOptions } from './redisStore';
export type * from './types';

/** Memory unless a Redis URL is given (`REDIS_URL`), in which case every instance shares Redis. */
export function createStore(options: { redisUrl?: string } = {}): Store {
  return options.redisUrl ? createRedisStore(options.redisUrl) : createMemoryStore();
}

/** The ioredis connection behind a store, when there is one (rate-limiter-flexible needs it). */
export function redisOf(store: Store): RedisStore['redis'] | undefined {
  return store.kind === 'redis' && 'redis' in store ? (store as RedisStore).redis : undefined;
}
