import type { ProxyConfig } from '../config/types';
import type { ProxyContext } from '../env';

/** The address of the connection, as the runtime knows it (`getConnInfo` on Node). */
export type ConnectionIp = (c: ProxyContext) => string | undefined;

/**
 * The client's IP for rate limits. A raw `X-Forwarded-For` is never believed (anyone can send one):
 * only a configured header from a trusted load balancer, read `hops` entries from the right, where
 * the balancer appended what it saw.
 */
export function clientIp(
  c: ProxyContext,
  trustedProxy: ProxyConfig['trustedProxy'],
  connectionIp: ConnectionIp | undefined,
): string {
  if (trustedProxy) {
    const entries = (c.req.header(trustedProxy.header) ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const fromRight = entries[entries.length - trustedProxy.hops];
    if (fromRight && /^[0-9a-fA-F:.]{2,45}$/.test(fromRight)) return fromRight;
  }
  return connectionIp?.(c) ?? 'unknown';
}
