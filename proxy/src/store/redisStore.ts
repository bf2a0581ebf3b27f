import { Redis } from 'ioredis';
import { StoreUnavailableError } from './errors';
import type { Store } from './types';

export interface RedisStore extends Store {
  readonly kind: 'redis';
  /** The connection itself, for `rate-limiter-flexible`'s RateLimiterRedis. */
  readonly redis: Redis;
}

export interface RedisStoreOptions {
  /** Milliseconds a command may take before the store counts as unavailable. */
  commandTimeoutMs?: number;
  /** Prefix for every key, so several deployments can share one Redis. */
  keyPrefix?: string;
}

/**
 * Store on Redis, shared by every proxy instance. Commands fail fast when Redis is away (short
 * command timeout, one retry) instead of queueing forever: a request must get its answer or a 503
 * within a second, not hang while Redis restarts.
 */
export function createRedisStore(url: string, options: RedisStoreOptions = {}): RedisStore {
  const redis = new Redis(url, {
    keyPrefix: options.keyPrefix ?? 'convene:',
    commandTimeout: options.commandTimeoutMs ?? 1000,
    maxRetriesPerRequest: 1,
    // Keep reconnecting in the background (capped at 2 s) so the store heals when Redis is back.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  // Without a listener ioredis prints every connection error, and errors may quote the URL.
  redis.on('error', () => {});

  async function guarded<T>(operation: string, command: () => Promise<T>): Promise<T> {
    if (isRedisDown(redis)) throw new StoreUnavailableError(operation);
    try {
      return await command();
    } catch (error) {
      throw new StoreUnavailableError(operation, { cause: error });
    }
  }

  return {
    kind: 'redis',
    redis,
    get: (key) => guarded('get', () => redis.get(key)),
    async set(key, value, ttlSeconds) {
      await guarded('set', () => redis.set(key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds))));
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const reply = await guarded('setIfAbsent', () =>
        redis.set(key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX'),
      );
      return reply === 'OK';
    },
    async increment(key, ttlSeconds) {
      // SET NX EX then INCR in one transaction: the TTL is set when the counter is born, never
      // extended (works on Redis 6 too, unlike EXPIRE NX).
      const ttl = Math.max(1, Math.ceil(ttlSeconds));
      const results = await guarded('increment', () =>
        redis.multi().set(key, '0', 'EX', ttl, 'NX').incr(key).exec(),
      );
      const [incrError, value] = results?.[1] ?? [new Error('empty transaction'), null];
      if (incrError) throw new StoreUnavailableError('increment', { cause: incrError });
      return Number(value);
    },
    async delete(key) {
      await guarded('delete', () => redis.del(key));
    },
    async ping() {
      if (isRedisDown(redis)) return false;
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * Lost a connection it once had: fail at once rather than queue the command for a second. A client
 * still making its first connection is not "down"; its commands wait in the offline queue.
 */
export function isRedisDown(redis: Redis): boolean {
  return redis.status === 'reconnecting' || redis.status === 'close' || redis.status === 'end';
}
