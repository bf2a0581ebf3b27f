import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ProxyContext } from './env';

/** The connection's remote address on Node (rate limits key on it unless a trusted proxy is configured). */
export const nodeConnectionIp = (c: ProxyContext): string | undefined => {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
};

/** The request target as the client sent it, before URL parsing resolved `..` and `%2e` segments. */
export const nodeRawTarget = (c: ProxyContext): string | undefined =>
  (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.url;
