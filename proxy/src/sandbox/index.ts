import type { Hono } from 'hono';
import { createApp } from '../app';
import type { RateLimitOverrides } from '../config/rateLimits';
import type { SiteConfig } from '../config/site';
import { defaultLimits, type ProxyConfig } from '../config/types';
import { type DemoOptions, demoRoutes } from '../demo';
import type { ProxyEnv } from '../env';
import type { Logger } from '../log/logger';
import type { Metrics } from '../metrics/types';
import type { ConnectionIp } from '../middleware/clientIp';
import type { ProxyServices } from '../pipeline/services';
import { createMemoryStore, createStore, type Store } from '../store';
import type { TokenKey } from '../tokens/keys';
import { VENDOR_IDS, type VendorId } from '../vendors';
import { createCalcomSimulator } from './calcom';
import { createSandboxClock } from './clock';
import { createMeltingspotSimulator } from './meltingspot';
import { mountSandboxRoutes } from './routes';
import { createSimplymeetSimulator } from './simplymeet';
import { createSandboxTransport, sandboxBaseUrl } from './transport';
import type { Simulator, SimulatorOptions } from './types';
import { createVolunteersSimulator } from './volunteers';
import { createWorkspaceSimulator } from './workspace';

export const SANDBOX_SITE_KEY = 'pk_sandbox';

export interface SandboxProxyOptions extends SimulatorOptions {
  /** A given config runs in sandbox mode; vendors it has credentials for are called for real. */
  config?: ProxyConfig | undefined;
  store?: Store | undefined;
  logger?: Logger | undefined;
  logWrite?: ((line: string) => void) | undefined;
  /** Without `config`: the limits (none given: generous ones; `{}`: the production defaults). */
  rateLimits?: RateLimitOverrides | undefined;
  vendorTimeoutMs?: number | undefined;
  connectionIp?: ConnectionIp | undefined;
  rawTarget?: Parameters<typeof createApp>[0]['rawTarget'];
  isDraining?: (() => boolean) | undefined;
  /** Records what the proxy does and serves `/metrics` (`AppOptions.metrics`). */
  metrics?: Metrics | undefined;
  /** Serves the demo site at /demo (npm start). */
  demo?: DemoOptions | undefined;
}

export interface SandboxProxy {
  app: Hono<ProxyEnv>;
  config: ProxyConfig;
  simulators: Record<VendorId, Simulator>;
  store: Store;
  /** Every call the simulators received, in order. */
  calls(): ReturnType<ReturnType<typeof createSandboxTransport>['calls']>;
  /** Seed data, call log and clock back to the start; with `now`, the sandbox's clock starts there. */
  reset(now?: Date): void;
}

/**
 * Generous limits for the sandbox: Storybook and the browser tests load many calendars from one IP.
 * Tests of the limits themselves pass their own.
 */
const generous = (points: number) => {
  const limit = { points, durationSeconds: 60 };
  return { visitor: limit, site: limit };
};
const sandboxRateLimits: RateLimitOverrides = {
  read: generous(5000),
  write: generous(1000),
  invite: generous(5000),
  vote: generous(1000),
};

/** The proxy with all five simulators: what `npm start`, the demo, Storybook and the tests run. */
export function createSandboxProxy(options: SandboxProxyOptions = {}): SandboxProxy {
  const clock = createSandboxClock(options.now);
  const simOptions: SimulatorOptions = { now: clock.now };
  const simplymeet = createSimplymeetSimulator(simOptions);
  const simulators: Record<VendorId, Simulator> = {
    simplymeet,
    meltingspot: createMeltingspotSimulator(simOptions),
    workspace: createWorkspaceSimulator(simOptions),
    volunteers: createVolunteersSimulator(simOptions),
    calcom: createCalcomSimulator(simOptions),
  };
  const transport = createSandboxTransport(simulators);
  // A fresh secret per process: sandbox tokens are minted by this proxy's own /__sandbox/token.
  const tokenKey: TokenKey = {
    kid: 'sandbox',
    alg: 'HS256',
    secret: `sandbox-${crypto.randomUUID()}-${crypto.randomUUID()}`,
  };
  const config: ProxyConfig = options.config
    ? { ...options.config, mode: 'sandbox', tokenKeys: [...options.config.tokenKeys, tokenKey] }
    : {
        mode: 'sandbox',
        sites: [sandboxSite(simulators)],
        tokenKeys: [tokenKey],
        vendors: {},
        limits: {
          ...defaultLimits,
          vendorTimeoutMs: options.vendorTimeoutMs ?? defaultLimits.vendorTimeoutMs,
          rateLimits: options.rateLimits ?? sandboxRateLimits,
        },
      };
  // The config's Redis when it names one (a sandbox with some real vendors on several instances must
  // share idempotency records); otherwise memory, which a reset clears.
  const memory = options.store || config.redisUrl ? undefined : createMemoryStore();
  const store = options.store ?? memory ?? createStore({ redisUrl: config.redisUrl });

  let targets: ProxyServices['targets'] = {};
  const reset = (now?: Date) => {
    clock.setTo(now);
    for (const target of Object.values(targets)) target?.resetBreaker();
    for (const simulator of Object.values(simulators)) simulator.reset();
    transport.reset();
    memory?.clear(); // cached availability and idempotency records would outlive the data they describe
  };

  const app = createApp({
    config,
    store,
    logger: options.logger,
    logWrite: options.logWrite,
    now: clock.now,
    connectionIp: options.connectionIp,
    rawTarget: options.rawTarget,
    isDraining: options.isDraining,
    metrics: options.metrics,
    simulated: Object.fromEntries(
      VENDOR_IDS.map((vendor) => [
        vendor,
        {
          baseUrl: sandboxBaseUrl(vendor),
          credentials: simulators[vendor].credentials,
          fetch: transport.fetch,
        },
      ]),
    ),
    extraSecrets: Object.values(simulators).map((simulator) => simulator.credentials),
    extraRoutes: (hono, services) => {
      targets = services.targets;
      mountSandboxRoutes(hono, {
        siteKey: SANDBOX_SITE_KEY,
        tokenKey,
        now: clock.now,
        eventStart: simplymeet.eventStart,
        seed: () => Object.fromEntries(VENDOR_IDS.map((vendor) => [vendor, simulators[vendor].seed()])),
        calls: transport.calls,
        addFault: transport.addFault,
        reset,
      });
      if (options.demo) hono.route('/demo', demoRoutes(options.demo));
    },
  });
  return { app, config, simulators, store, calls: transport.calls, reset };
}

/** `pk_sandbox`: localhost on any port, serving what each simulator's seed says a site pins. */
function sandboxSite(simulators: Record<VendorId, Simulator>): SiteConfig {
  const pins = (vendor: VendorId) => (simulators[vendor].seed() as { sitePins: never }).sitePins;
  return {
    key: SANDBOX_SITE_KEY,
    origins: ['http://localhost:*', 'http://127.0.0.1:*'],
    simplymeet: pins('simplymeet'),
    meltingspot: pins('meltingspot'),
    workspace: pins('workspace'),
    volunteers: pins('volunteers'),
    calcom: pins('calcom'),
  };
}
