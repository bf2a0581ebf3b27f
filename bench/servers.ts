/**
 * One server per process, so the load generator, the proxies and the vendor never share an event loop:
 *   tsx bench/servers.ts stand-in <availabilityPath> <apiKey>
 *   tsx bench/servers.ts naive <vendorUrl> <apiKey>
 *   tsx bench/servers.ts convene <vendorUrl> <apiKey> <cache:on|off>
 * Each sends `{ url }` to its parent over IPC once listening (stdout is the proxy's log stream).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../proxy/src/app';
import { defaultCacheTtls } from '../proxy/src/config/cacheTtls';
import { defaultLimits } from '../proxy/src/config/types';
import { nodeTransport } from '../proxy/src/forward/nodeTransport';
import { createPrometheusMetrics } from '../proxy/src/metrics/prometheus';
import { nodeConnectionIp, nodeRawTarget } from '../proxy/src/nodeRuntime';
import { BENCH_ORIGIN, BENCH_SITE } from './benchSite';
import { naiveForwarder } from './naiveForwarder';
import { availabilityAnswer, standInVendor } from './standInVendor';

const [role, first = '', apiKey = '', cache] = process.argv.slice(2);
const ready = (port: number) => process.send?.({ url: `http://127.0.0.1:${port}` });
// A clean exit on SIGTERM, so `node --cpu-prof` writes its profile.
process.on('SIGTERM', () => process.exit(0));

if (role === 'stand-in') {
  const server = standInVendor(await availabilityAnswer(first), apiKey);
  server.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
} else if (role === 'naive') {
  const server = naiveForwarder(first, apiKey);
  server.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
} else if (role === 'convene') {
  // As a deployment runs it: live mode, the Node runtime hooks, vendor transport and metrics of proxy/src/node.ts,
  // the default logger writing one JSON line per request to stdout (which the bench points at /dev/null).
  // Only the read budget is raised: all requests come from one IP and one site, and 429s would be measured.
  const app = createApp({
    config: {
      mode: 'live',
      sites: [{ key: BENCH_SITE, origins: [BENCH_ORIGIN], simplymeet: { eventTypes: [1, 2], polls: [] } }],
      tokenKeys: [{ kid: 'bench', alg: 'HS256', secret: 'bench-secret-of-at-least-32-bytes!!' }],
      vendors: { simplymeet: { baseUrl: first, apiKey } },
      limits: {
        ...defaultLimits,
        rateLimits: {
          read: {
            visitor: { points: 10_000_000, durationSeconds: 60 },
            site: { points: 10_000_000, durationSeconds: 60 },
          },
        },
      },
      cache: { enabled: cache === 'on', ttlSeconds: defaultCacheTtls },
    },
    connectionIp: nodeConnectionIp,
    rawTarget: nodeRawTarget,
    fetch: nodeTransport,
    metrics: createPrometheusMetrics(),
  });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => ready(info.port));
} else {
  process.stderr.write(`unknown bench server role ${role}\n`);
  process.exit(2);
}
