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
    // Set before the handler: set after, it would copy the finished Response to add one header.
    c.header('X-Request-Id', requestId);
    await next();
    // A handler that returns its own Response object drops the prepared headers.
    if (!c.res.headers.has('x-request-id')) c.header('X-Request-Id', requestId);
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
