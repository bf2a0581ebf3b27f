import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/load';
import type { ProxyEnv } from './env';
import { nodeTransport } from './forward/nodeTransport';
import { nodeConnectionIp, nodeRawTarget } from './nodeRuntime';
import { createSandboxProxy } from './sandbox';

/**
 * Node entry. With no config file the proxy runs the sandbox (all five simulators, the demo);
 * with `CONVENE_CONFIG` (or ./convene.config.json) it runs that config: `live`, or `sandbox` with
 * real vendors wherever credentials are set.
 */
const port = Number(process.env.PORT ?? 8787);
const configPath =
  process.env.CONVENE_CONFIG ?? (existsSync('convene.config.json') ? 'convene.config.json' : undefined);
const runtime = { connectionIp: nodeConnectionIp, rawTarget: nodeRawTarget };
const loadScript = () => readFile(resolve('dist/embed/convene.js'), 'utf8').catch(() => undefined);

function build(): { app: Hono<ProxyEnv>; mode: string } {
  if (!configPath)
    return { app: createSandboxProxy({ ...runtime, demo: { loadScript } }).app, mode: 'sandbox' };
  const config = loadConfig(JSON.parse(readFileSync(configPath, 'utf8')), process.env);
  if (config.mode === 'sandbox') {
    return { app: createSandboxProxy({ ...runtime, config, demo: { loadScript } }).app, mode: 'sandbox' };
  }
  return { app: createApp({ config, ...runtime, fetch: nodeTransport }), mode: 'live' };
}

let built: ReturnType<typeof build>;
try {
  built = build();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
}

serve({ fetch: built.app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  const base = `http://localhost:${info.port}`;
  const lines = [`Convene proxy (${built.mode} mode) listening on ${base}`, `  health:  ${base}/healthz`];
  if (built.mode === 'sandbox') {
    lines.push(`  demo:    ${base}/demo`, `  sandbox: ${base}/__sandbox/seed  (site key pk_sandbox)`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});
