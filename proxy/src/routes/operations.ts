import type { Handler } from 'hono';
import type { ProxyEnv } from '../env';
import { ProxyError, unknownOperation } from '../errors';
import { type ConnectionIp, clientIp } from '../middleware/clientIp';
import { cachedReadKey } from '../pipeline/cachedRead';
import { chargeRateLimit } from '../pipeline/chargeRateLimit';
import { checkSite } from '../pipeline/checkSite';
import { checkBinding, checkRequiredBinding, checkToken } from '../pipeline/checkToken';
import { checkIdempotencyKey } from '../pipeline/guardIdempotency';
import { readInput } from '../pipeline/readInput';
import { runOperation } from '../pipeline/runOperation';
import type { ProxyServices } from '../pipeline/services';
import { matchOperation } from '../routing/matchOperation';
import { consumeTokenUse } from '../tokens/uses';
import { VENDOR_IDS, type VendorId } from '../vendors';

export interface OperationRouteOptions {
  connectionIp?: ConnectionIp | undefined;
  /**
   * The request target exactly as it arrived (before URL normalisation resolved `..`), when the
   * runtime can tell; on Node, `IncomingMessage.url`. Without it the parsed URL is used.
   */
  rawTarget?: ((c: Parameters<Handler<ProxyEnv>>[0]) => string | undefined) | undefined;
}

/**
 * `/{vendor}/{vendor path}`: the request path of DESIGN.md, step by step. Each step refuses with its
 * documented code before anything reaches a vendor.
 */
export function operationRoute(services: ProxyServices, options: OperationRouteOptions): Handler<ProxyEnv> {
  return async (c) => {
    const rawTarget = options.rawTarget?.(c);
    // Parsed only when needed: a cached read is answered from the raw target alone.
    const url = rawTarget === undefined ? new URL(c.req.url) : undefined;
    const target = rawTarget ?? `${url?.pathname}${url?.search}`;
    const path = target.split('?')[0] ?? '';
    const vendor = path.split('/')[1] as VendorId;
    if (!VENDOR_IDS.includes(vendor)) throw unknownOperation();
    const vendorPath = path.slice(vendor.length + 1);
    const match = matchOperation(services.operations[vendor], c.req.method, vendorPath);
    const vendorTarget = services.targets[vendor];
    if (!match || !vendorTarget) throw unknownOperation();
    const { operation } = match;
    c.set('operation', operation.id);

    const origin = requestOrigin(c.req.header('origin'), c.req.header('sec-fetch-site'), c.req.url);
    const site = checkSite(services.sites, c.req.header('x-convene-site'), origin);
    c.set('siteKey', site.key);
    const claims =
      operation.access === 'public'
        ? undefined
        : await checkToken(
            services.verifyToken,
            c.req.header('authorization'),
            site.key,
            origin,
            operation.access.scope,
          );

    const visitorKeys = [`ip:${site.key}:${clientIp(c, services.config.trustedProxy, options.connectionIp)}`];
    if (claims) visitorKeys.push(`token:${claims.jti}`);
    const charge = { siteKey: site.key, visitorKeys };
    // One point up front, before any body is read: a flood is refused as cheaply as possible.
    await chargeRateLimit(services, operation.rateLimit, charge);

    // A read this site already made, validated and pinned, whose answer is cached: served as stored.
    const requestKey = cachedReadKey(services, operation, site.key, c.req.method, target);
    const ready = requestKey === undefined ? undefined : await services.cache.recall(requestKey);
    if (ready) {
      services.metrics.cacheLookedUp(operation.id, true); // a miss here is counted once, by runOperation
      return c.body(ready.bytes, ready.status as 200, { ...ready.headers, 'cache-control': 'no-store' });
    }

    const idempotencyKey = operation.idempotent
      ? checkIdempotencyKey(c.req.header('idempotency-key'))
      : undefined;
    const input = readInput(operation, {
      params: match.params,
      search: (url ?? new URL(c.req.url)).searchParams,
      contentType: c.req.header('content-type'),
      bodyText: operation.method === 'GET' ? undefined : await c.req.text(),
    });
    // The rest of what the call costs (a bulk invite: one point per address), now that the body is known.
    const rest = (operation.rateCost?.(input) ?? 1) - 1;
    if (rest > 0) await chargeRateLimit(services, operation.rateLimit, charge, rest);
    if (claims) {
      checkRequiredBinding(claims, operation.requiresBinding);
      checkBinding(claims, input);
      if (!(await consumeTokenUse(services.store, claims))) {
        throw new ProxyError(401, 'invalid_token', 'The widget token has been used up.', {
          reason: 'used_up',
        });
      }
    }

    const response = await runOperation(services, {
      operation,
      target: vendorTarget,
      input,
      context: { site, claims },
      idempotencyKey,
      requestKey,
      clientSignal: c.req.raw.signal,
      onVendorStatus: (status) => c.set('vendorStatus', status),
    });
    if (response.status >= 400) c.set('errorCode', errorCodeOf(response.body));
    const headers: Record<string, string> = { ...response.headers, 'cache-control': 'no-store' };
    if (response.replayed) {
      headers['idempotent-replayed'] = 'true';
      services.metrics.idempotentReplayed(operation.id);
    }
    if (response.status === 204) return c.body(null, 204, headers);
    return c.body('bytes' in response ? response.bytes : response.body, response.status as 200, headers);
  };
}

/**
 * Browsers send no `Origin` on a same-origin GET (the demo page and Storybook call the proxy on their own
 * origin); their fetch metadata says `same-origin` instead, and the origin is then the proxy's own, which
 * the site must still list. Without either header (curl) there is no origin and the request is refused.
 */
function requestOrigin(
  origin: string | undefined,
  fetchSite: string | undefined,
  url: string,
): string | undefined {
  if (origin) return origin;
  return fetchSite === 'same-origin' ? new URL(url).origin : undefined;
}

function errorCodeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
