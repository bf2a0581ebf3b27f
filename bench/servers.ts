/**
 * `tsx bench/servers.ts simulator` | `tsx bench/servers.ts proxy <vendorUrl> <apiKey> <cache:on|off>`:
 * one server per process, so the load generator, the proxy and the simulator do not share an event loop.
 * Prints `READY <url>` once listening.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../proxy/src/app';
import { defaultLimits } from '../proxy/src/config/types';
import { createSimplymeetSimulator } from '../proxy/src/sandbox/simplymeet';
import { BENCH_ORIGIN, BENCH_SITE } from './benchSite';

const [role, vendorUrl, apiKey, cache] = process.argv.slice(2);

function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => {
    process.stdout.write(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
}

if (role === 'simulator') {
  const simulator = createSimplymeetSimulator();
  listen(simulator.app.fetch);
} else if (role === 'proxy' && vendorUrl && apiKey) {
  const app = createApp({
    config: {
      mode: 'live',
      sites: [{ key: BENCH_SITE, origins: [BENCH_ORIGIN], simplymeet: { eventTypes: [1, 2], polls: [] } }],
      tokenKeys: [{ kid: 'bench', alg: 'HS256', secret: 'bench-secret-of-at-least-32-bytes!!' }],
      vendors: { simplymeet: { baseUrl: vendorUrl, apiKey } },
      limits: { ...defaultLimits, rateLimits: { read: { points: 10_000_000, durationSeconds: 60 } } },
      responseCache: cache === 'on',
    },
    // Logs go nowhere: the terminal must not be the bottleneck being measured.
    logWrite: () => {},
  });
  listen(app.fetch);
}
