import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from '../env';
import type { Metrics } from '../metrics/types';

/** Counts every answer by operation and status, refusals included (they are set on `c.res` by then). */
export function requestMetrics(metrics: Metrics): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    await next();
    metrics.requestAnswered(c.get('operation'), c.res.status);
  };
}
