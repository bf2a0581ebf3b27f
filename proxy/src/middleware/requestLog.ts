import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from '../env';
import type { Logger } from '../log/logger';

/**
 * One JSON line per request: operation, site, status, vendor status, duration. The logger redacts
 * credentials and e-mail addresses; nothing from the request body is logged.
 */
export function requestLog(logger: Logger): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
    logger.request({
      operation: c.get('operation') ?? 'none',
      site: c.get('siteKey'),
      status: c.res.status,
      vendorStatus: c.get('vendorStatus'),
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      method: c.req.method,
      code: c.get('errorCode'),
    });
  };
}
