import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runProxy } from './runProxy';

/**
 * The repository's entry (`npm start`, the tests, through tsx). With no config file the proxy runs the
 * sandbox (all five simulators, the demo with the script build from dist/); with `CONVENE_CONFIG` (or
 * ./convene.config.json) it runs that config. Deployments use the package's `convene-proxy` bin instead.
 */
await runProxy({
  configPath:
    process.env.CONVENE_CONFIG ?? (existsSync('convene.config.json') ? 'convene.config.json' : undefined),
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
  loadScript: () => readFile(resolve('dist/embed/convene.js'), 'utf8').catch(() => undefined),
});
