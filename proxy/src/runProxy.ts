import { readFileSync } from 'node:fs';
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

export interface RunProxyOptions {
  /** The config file; without one the proxy runs the sandbox (root `npm start`, the tests). */
  configPath?: string | undefined;
  port: number;
  hostname: string;
  /** The script build the sandbox demo page embeds, where there is one (the repository, not the package). */
  loadScript?: (() => Promise<string | undefined>) | undefined;
}

interface Built {
  app: Hono<ProxyEnv>;
  mode: string;
  store?: Store;
  shutdownTimeoutMs?: number | undefined;
}

/**
 * The proxy as a Node process: reads and checks the config, listens, and on SIGTERM or SIGINT drains
 * requests in flight, closes the store and exits 0. Shared by the `convene-proxy` bin and the repository's
 * `npm start`. A problem at start is one readable message on stderr and exit code 2, never a stack trace.
 */
export async function runProxy(options: RunProxyOptions): Promise<void> {
  const { port, hostname } = options;
  let draining = false;
  const runtime = {
    connectionIp: nodeConnectionIp,
    rawTarget: nodeRawTarget,
    isDraining: () => draining,
    // Prometheus on Node; `/metrics` follows the config's `metrics` block (docs/metrics.md).
    metrics: createPrometheusMetrics({ processMetrics: true }),
  };
  const demo = { loadScript: options.loadScript };

  const build = (): Built => {
    if (!options.configPath) return { app: createSandboxProxy({ ...runtime, demo }).app, mode: 'sandbox' };
    const config = loadConfig(readConfigFile(options.configPath), process.env);
    // One store for every mode, so `redisUrl` is honoured in a sandbox with some real vendors too.
    const store = createStore({ redisUrl: config.redisUrl });
    const shutdownTimeoutMs = config.limits.shutdownTimeoutMs;
    if (config.mode === 'sandbox') {
      const { app } = createSandboxProxy({ ...runtime, config, store, demo });
      return { app, mode: 'sandbox', store, shutdownTimeoutMs };
    }
    const app = createApp({ config, store, ...runtime, fetch: nodeTransport });
    return { app, mode: 'live', store, shutdownTimeoutMs };
  };

  let built: Built;
  try {
    built = build();
  } catch (error) {
    fail(error instanceof ConfigError || error instanceof ConfigFileError ? error.message : String(error));
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
}

/** A config file that cannot be read or is not JSON: said in one line that names the file. */
class ConfigFileError extends Error {}

function readConfigFile(configPath: string): unknown {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new ConfigFileError(`Cannot read the config file ${configPath}: ${reason}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`The config file ${configPath} is not valid JSON: ${(error as Error).message}`);
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
