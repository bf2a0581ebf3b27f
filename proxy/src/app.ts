import { Hono } from 'hono';
import type { ProxyConfig } from './config/types';
import type { ProxyEnv } from './env';
import { ProxyError } from './errors';
import { configuredSecrets, createVendorTargets, type SimulatedVendor } from './forward/vendorTargets';
import { createLogger, type Logger } from './log/logger';
import { createRedactor } from './log/redact';
import { breakerStates } from './metrics/breakerStates';
import { type Metrics, noMetrics } from './metrics/types';
import { bodyLimit } from './middleware/bodyLimit';
import type { ConnectionIp } from './middleware/clientIp';
import { cors } from './middleware/cors';
import { createIdempotency } from './middleware/idempotency';
import { createRateLimiter } from './middleware/rateLimit';
import { requestLog } from './middleware/requestLog';
import { requestMetrics } from './middleware/requestMetrics';
import { allOperations } from './operations';
import { originAllowedCached } from './pipeline/originCheck';
import type { ProxyServices } from './pipeline/services';
import { createResponseCache } from './resilience/responseCache';
import { metricsRoute } from './routes/metrics';
import { type OperationRouteOptions, operationRoute } from './routes/operations';
import type { FetchLike } from './signers/types';
import { createStore, isStoreUnavailable, type Store } from './store';
import { createTokenVerifier } from './tokens/verify';
import type { VendorId } from './vendors';

export interface AppOptions {
  config: ProxyConfig;
  /** Shared state; memory, or Redis when `config.redisUrl` is set. */
  store?: Store | undefined;
  logger?: Logger | undefined;
  /** Where log lines go when no logger is given (stdout by default); tests capture them here. */
  logWrite?: ((line: string) => void) | undefined;
  /** Transport to the real vendors; the runtime's fetch by default. */
  fetch?: FetchLike | undefined;
  /** Simulators for vendors without credentials (sandbox mode). */
  simulated?: Partial<Record<VendorId, SimulatedVendor>> | undefined;
  /** Extra routes mounted before the vendor routes (the sandbox's `/__sandbox/*`). */
  extraRoutes?: ((app: Hono<ProxyEnv>, services: ProxyServices) => void) | undefined;
  connectionIp?: ConnectionIp | undefined;
  rawTarget?: OperationRouteOptions['rawTarget'];
  /** Credentials held outside `config` (the simulators'), so they are redacted too. */
  extraSecrets?: Record<string, string>[] | undefined;
  now?: (() => Date) | undefined;
  /** True once the process is shutting down: `/readyz` answers 503 so the load balancer stops sending. */
  isDraining?: (() => boolean) | undefined;
  /**
   * Where the pipeline reports what it does (docs/metrics.md); the Node entry passes the Prometheus one.
   * Without it nothing is recorded and there is no `/metrics`.
   */
  metrics?: Metrics | undefined;
}

const CORS_HEADERS = ['Content-Type', 'Authorization', 'X-Convene-Site', 'Idempotency-Key'];
const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id', 'Idempotent-Replayed'];

/** The whole proxy as a Hono app, with no runtime code: Node, Workers, Bun and Deno all mount this. */
export function createApp(options: AppOptions): Hono<ProxyEnv> {
  const { config } = options;
  const store = options.store ?? createStore({ redisUrl: config.redisUrl });
  const secrets = configuredSecrets(config, options.extraSecrets);
  const logger =
    options.logger ?? createLogger({ secrets, ...(options.logWrite ? { write: options.logWrite } : {}) });
  const redact = createRedactor(secrets);
  const services: ProxyServices = {
    config,
    sites: new Map(config.sites.map((site) => [site.key, site])),
    operations: allOperations,
    targets: createVendorTargets(
      config,
      options.fetch ?? ((input, init) => fetch(input, init)),
      options.simulated,
    ),
    store,
    limiter: createRateLimiter(
      store,
      config.limits.rateLimits,
      Object.fromEntries(config.sites.map((site) => [site.key, site.limits?.rateLimits])),
    ),
    idempotency: createIdempotency(store, {
      lockTtlSeconds: Math.ceil(config.limits.vendorTimeoutMs / 1000) * 3,
    }),
    cache: createResponseCache(store),
    verifyToken: createTokenVerifier(config.tokenKeys, { now: options.now }),
    logger,
    scrub: (text) => String(redact(text)),
    now: options.now ?? (() => new Date()),
    metrics: options.metrics ?? noMetrics,
  };
  services.metrics.watchBreakers(() => breakerStates(services.targets));
  const allOrigins = config.sites.flatMap((site) => site.origins);

  const app = new Hono<ProxyEnv>();
  app.use(requestLog(logger));
  if (options.metrics) app.use(requestMetrics(options.metrics));
  app.onError((error, c) => {
    const refusal = asProxyError(error, logger);
    c.set('errorCode', refusal.code);
    const { status, headers, body } = refusal.toResponse();
    return c.body(body, status as 400, headers);
  });
  app.notFound((c) => {
    const { status, headers, body } = new ProxyError(
      404,
      'unknown_operation',
      'No such operation.',
    ).toResponse();
    c.set('errorCode', 'unknown_operation');
    return c.body(body, status as 404, headers);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', mode: config.mode }));
  // Before CORS: no page on another origin may read it (docs/metrics.md, "Who may read it").
  const scrape = options.metrics?.scrape;
  if (scrape && config.metrics?.enabled !== false)
    app.get('/metrics', metricsRoute(scrape, { token: config.metrics?.token }));
  app.get('/readyz', async (c) => {
    if (options.isDraining?.()) return c.json({ status: 'draining', store: store.kind }, 503);
    const storeUp = await store.ping().catch(() => false);
    return c.json(
      { status: storeUp ? 'ready' : 'store_unavailable', store: store.kind },
      storeUp ? 200 : 503,
    );
  });

  // Preflights name no site, so they are answered for any configured site's origin; the real request
  // is then checked against its own site. An unknown origin gets no CORS headers at all (never `*`).
  app.use(
    '*',
    cors({
      originAllowed: (origin) => originAllowedCached(allOrigins, origin),
      allowMethods: ['GET', 'POST', 'PUT'],
      allowHeaders: CORS_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      maxAgeSeconds: 600,
    }),
  );
  app.use('*', bodyLimit(config.limits.bodyBytes));
  options.extraRoutes?.(app, services);
  app.all(
    '/:vendor/*',
    operationRoute(services, { connectionIp: options.connectionIp, rawTarget: options.rawTarget }),
  );
  return app;
}

function asProxyError(error: unknown, logger: Logger): ProxyError {
  if (error instanceof ProxyError) return error;
  if (isStoreUnavailable(error)) {
    return new ProxyError(
      503,
      'service_unavailable',
      'The proxy cannot guard this operation right now; try again soon.',
      undefined,
      {
        'retry-after': '5',
      },
    );
  }
  logger.error('unexpected error', error);
  return new ProxyError(500, 'vendor_error', 'The proxy failed unexpectedly.');
}
