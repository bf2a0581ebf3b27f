import { type CacheTtlName, defaultCacheTtls } from '../config/cacheTtls';
import type { Operation } from '../operations/types';
import type { ProxyServices } from './services';

/** The short response cache is on unless the config turns it off (`cache.enabled`; benchmarks compare both). */
export const cachesReads = (services: ProxyServices) => services.config.cache?.enabled !== false;

/** A cached operation's time to live: the config's `cache.ttlSeconds`, else the default. */
export const cacheTtlOf = (services: ProxyServices, ttl: CacheTtlName): number =>
  services.config.cache?.ttlSeconds[ttl] ?? defaultCacheTtls[ttl];

/**
 * The key a cached read is recalled by before any validation: the site and the request exactly as it
 * arrived. Such a key is only ever stored after that same site's same request passed validation and
 * the site's pins, so a hit is a request already known good; anything else takes the validated way.
 * Public reads only: an answer bound to a token's holder is never shared this way.
 */
export function cachedReadKey(
  services: ProxyServices,
  operation: Operation,
  siteKey: string,
  method: string,
  target: string,
): string | undefined {
  if (!operation.cache || operation.access !== 'public' || !cachesReads(services)) return undefined;
  return `${siteKey} ${method} ${target}`;
}
