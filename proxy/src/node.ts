import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/load';
import type { ProxyEnv } from './env';
import { nodeTransport } from './forward/nodeTransport';
import { createPrometheusMetrics } from './metrics/prometheus';
import { nodeConnectionIp, nodeRawTarget } from './nodeRuntime';
import { startNodeServer } from './nodeServer';
import { createSandboxProxy } from './sandbox';
import { createStore, type Store } from './store';

/**
 * Node entry. With no config file the proxy runs the sandbox (all five simulators, the demo);
 * with `CONVENE_CONFIG` (or ./convene.config.json) it runs that config: `live`, or `sandbox` with
 * real vendors wherever credentials are set. SIGTERM and SIGINT drain requests in flight, then exit 0.
 */
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const configPath =
  process.env.CONVENE_CONFIG ?? (existsSync('convene.config.json') ? 'convene.config.json' : undefined);
let draining = false;
const runtime = {
  connectionIp: nodeConnectionIp,
  rawTarget: nodeRawTarget,
  isDraining: () => draining,
  // Prometheus on Node; `/metrics` follows the config's `metrics` block (docs/metrics.md).
  metrics: createPrometheusMetrics({ processMetrics: true }),
};
const loadScript = () => readFile(resolve('dist/embed/convene.js'), 'utf8').catch(() => undefined);

interface Built {
  app: Hono<ProxyEnv>;
  mode: string;
  store?: Store;
  shutdownTimeoutMs?: number | undefined;
}

function build(): Built {
  if (!configPath)
    return { app: createSandboxProxy({ ...runtime, demo: { loadScript } }).app, mode: 'sandbox' };
  const config = loadConfig(JSON.parse(readFileSync(configPath, 'utf8')), process.env);
  // One store for every mode, so `redisUrl` is honoured in a sandbox with some real vendors too.
  const store = createStore({ redisUrl: config.redisUrl });
  const shutdownTimeoutMs = config.limits.shutdownTimeoutMs;
  if (config.mode === 'sandbox') {
    const { app } = createSandboxProxy({ ...runtime, config, store, demo: { loadScript } });
    return { app, mode: 'sandbox', store, shutdownTimeoutMs };
  }
  return {
    app: createApp({ config, store, ...runtime, fetch: nodeTransport }),
    mode: 'live',
    store,
    shutdownTimeoutMs,
  };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let built: Built;
try {
  built = build();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}

const server = await startNodeServer({
  fetch: built.app.fetch,
  port,
  hostname,
  shutdownTimeoutMs: built.shutdownTimeoutMs,
  onDrainStart: () => {
    draining = true;
  },
  onClosed: async () => {
    await built.store?.close();
  },
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE')
    fail(`Port ${port} on ${hostname} is already in use: set PORT to another port.`);
  if (error.code === 'EACCES') fail(`Port ${port} needs privileges here: set PORT to a port above 1023.`);
  throw error;
});

const base = `http://localhost:${new URL(server.url).port}`;
const lines = [`Convene proxy (${built.mode} mode) listening on ${base}`, `  health:  ${base}/healthz`];
if (built.mode === 'sandbox') {
  lines.push(`  demo:    ${base}/demo`, `  sandbox: ${base}/__sandbox/seed  (site key pk_sandbox)`);
}
process.stdout.write(`${lines.join('\n')}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    process.stdout.write(`${signal}: draining ${server.inFlight()} request(s) in flight\n`);
    const { finished } = await server.shutdown();
    process.stdout.write(finished ? 'stopped\n' : 'stopped at the shutdown deadline\n');
    process.exit(0);
  });
}
