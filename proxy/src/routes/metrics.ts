import type { Handler } from 'hono';
import type { ProxyEnv } from '../env';
import { ProxyError } from '../errors';
import type { Metrics } from '../metrics/types';
import { sha256 } from '../pipeline/guardIdempotency';

export interface MetricsAccess {
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string | undefined;
}

/**
 * `GET /metrics` in Prometheus text format. Mounted before the CORS middleware, so no browser page on
 * another origin (not even a configured site's) can read it; with a token, nothing without it can.
 */
export function metricsRoute(
  scrape: NonNullable<Metrics['scrape']>,
  access: MetricsAccess,
): Handler<ProxyEnv> {
  return async (c) => {
    if (
      access.token !== undefined &&
      !(await sameSecret(bearerOf(c.req.header('authorization')), access.token))
    ) {
      throw new ProxyError(401, 'invalid_token', 'Reading /metrics needs the metrics token.', undefined, {
        'www-authenticate': 'Bearer realm="metrics"',
      });
    }
    const { contentType, body } = await scrape();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  };
}

function bearerOf(header: string | undefined): string {
  return header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
}

/**
 * Compares digests, not the strings: how long `===` takes then says nothing about how much of the
 * token a guess got right.
 */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  return a === b;
}
