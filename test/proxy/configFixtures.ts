import { loadConfig } from '../../proxy/src/config/load';
import type { ProxyConfig } from '../../proxy/src/config/types';
import { createSandboxProxy } from '../../proxy/src/sandbox';

/** The sandbox's own site entry (`pk_sandbox` and what each simulator's seed pins), as a config file holds it. */
export const sandboxSiteEntry = () => createSandboxProxy().config.sites[0] as ProxyConfig['sites'][number];

/**
 * A config file in sandbox mode, as an operator writes one: the sandbox site, one token key, a load
 * balancer's `X-Forwarded-For`, and whatever else `extra` sets. Nothing else: limits and the cache are
 * the defaults the loader fills in.
 */
export function sandboxConfigFile(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mode: 'sandbox',
    sites: [sandboxSiteEntry()],
    tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-more-than-32-bytes' }],
    trustedProxy: { header: 'x-forwarded-for', hops: 1 },
    ...extra,
  };
}

/** That file through the real loader, as the Node entry reads it. */
export const loadSandboxConfig = (extra: Record<string, unknown> = {}): ProxyConfig =>
  loadConfig(sandboxConfigFile(extra), {});

/** A distinct client address per visitor number (documentation and private ranges). */
export const visitorIp = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
