import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { ProxyEnv } from '../env';
import { ProxyError } from '../errors';

/** Methods whose body the proxy never reads: no operation takes one, so there is nothing to bound. */
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `413 payload_too_large` above `maxBytes`, by `hono/body-limit`, for the methods whose body is read.
 * A GET skips it: the check reads `request.body`, which on Node turns the lightweight request into a
 * full `Request` (headers copied, stream wrapped) on every read, to bound a body nobody reads.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler<ProxyEnv> {
  const limit = honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProxyError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    },
  });
  return (c, next) => (BODYLESS.has(c.req.method) ? next() : limit(c, next));
}
