import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';
import type { ProxyEnv } from '../env';

export interface CorsOptions {
  /** True for an origin some configured site lists; an unknown origin gets no CORS headers at all. */
  originAllowed: (origin: string) => boolean;
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
}

/**
 * Preflights are answered by `hono/cors`. On the actual request the same three headers it would add
 * (`Access-Control-Allow-Origin` for an allowed origin, `-Expose-Headers`, `Vary: Origin`) are set
 * before the handler runs: `hono/cors` writes them on `c.res` first, which builds a placeholder
 * Response and then merges it into the real one, on every request.
 */
export function cors(options: CorsOptions): MiddlewareHandler<ProxyEnv> {
  const preflight = honoCors({
    origin: (origin) => (options.originAllowed(origin) ? origin : null),
    allowMethods: options.allowMethods,
    allowHeaders: options.allowHeaders,
    exposeHeaders: options.exposeHeaders,
    maxAge: options.maxAgeSeconds,
  });
  const exposed = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && options.originAllowed(origin);
    const set = () => {
      if (allowed) c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', exposed);
      c.header('Vary', 'Origin');
    };
    set();
    await next();
    // A handler that returns its own Response object drops the prepared headers.
    if (!c.res.headers.has('vary')) set();
  };
}
