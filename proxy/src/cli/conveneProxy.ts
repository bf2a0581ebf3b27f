#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runProxy } from '../runProxy';

const usage = `Usage: convene-proxy --config <file>

Runs the Convene signing proxy from a config file (docs/config.md).

Options:
  -c, --config <file>  the config file (default: the CONVENE_CONFIG environment variable)
  -h, --help           print this help

Environment:
  CONVENE_CONFIG  the config file, when --config is not given
  PORT            the port to listen on (default 8787)
  HOST            the address to listen on (default 127.0.0.1; 0.0.0.0 in a container)
  REDIS_URL       the shared store, when the config file sets no redisUrl

SIGTERM or SIGINT: /readyz answers 503, requests in flight finish, then the process exits 0.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

let values: { config?: string | undefined; help?: boolean | undefined };
try {
  ({ values } = parseArgs({
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

// The package never falls back to the sandbox: a deployment without its config must not start.
const configPath = values.config ?? process.env.CONVENE_CONFIG;
if (!configPath) fail('No config file: pass --config <file> or set CONVENE_CONFIG.');

await runProxy({
  configPath,
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
});
