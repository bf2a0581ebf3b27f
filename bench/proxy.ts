import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createApp } from '../proxy/src/app';
import { defaultLimits, type ProxyConfig } from '../proxy/src/config/types';
import { createSandboxProxy } from '../proxy/src/sandbox';
import { createSimplymeetSimulator } from '../proxy/src/sandbox/simplymeet';

type Figures = Record<string, number | string | null>;

const ORIGIN = 'http://bench.localhost';
const SITE = 'pk_bench';

function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function load(url: string, headers: Record<string, string>, seconds: number) {
  return autocannon({ url, headers, connections: 16, duration: seconds, pipelining: 1 });
}

/** A month of availability: the widget's heaviest read. */
function availabilityPath(): string {
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 30 * 24 * 3600 * 1000);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `/panel/api/event-type/availability/1?startDate=${day(start)}&endDate=${day(end)}&timezone=Europe%2FAmsterdam`;
}

/**
 * The proxy's cost: the same availability requests straight to the SimplyMeet simulator and through the
 * proxy (which calls that simulator over real HTTP, as it would a vendor), same load generator, same
 * connections, same run. Logs go nowhere so the terminal is not the bottleneck.
 */
export async function proxyFigures(quick: boolean): Promise<Figures> {
  const seconds = quick ? 2 : 8;
  const simulator = createSimplymeetSimulator();
  const vendor = await listen(simulator.app.fetch);
  const config = (responseCache: boolean): ProxyConfig => ({
    mode: 'live',
    sites: [{ key: SITE, origins: [ORIGIN], simplymeet: { eventTypes: [1, 2], polls: [] } }],
    tokenKeys: [{ kid: 'bench', alg: 'HS256', secret: 'bench-secret-of-at-least-32-bytes!!' }],
    vendors: { simplymeet: { baseUrl: vendor.url, apiKey: simulator.credentials.apiKey as string } },
    limits: { ...defaultLimits, rateLimits: { read: { points: 10_000_000, durationSeconds: 60 } } },
    responseCache,
  });
  const quiet = { logWrite: () => {} };
  const forward = await listen(createApp({ config: config(false), ...quiet }).fetch);
  const cached = await listen(createApp({ config: config(true), ...quiet }).fetch);
  const path = availabilityPath();
  const browserHeaders = { 'x-convene-site': SITE, origin: ORIGIN };
  try {
    await load(`${vendor.url}${path}`, { 'x-api-key': simulator.credentials.apiKey as string }, 1); // warm up
    const direct = await load(
      `${vendor.url}${path}`,
      { 'x-api-key': simulator.credentials.apiKey as string },
      seconds,
    );
    const proxied = await load(`${forward.url}/simplymeet${path}`, browserHeaders, seconds);
    const fromCache = await load(`${cached.url}/simplymeet${path}`, browserHeaders, seconds);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      'proxy.direct_rps': Math.round(direct.requests.average),
      'proxy.forward_rps': Math.round(proxied.requests.average),
      'proxy.cached_rps': Math.round(fromCache.requests.average),
      'proxy.forward_ratio': ratio(proxied.requests.average, direct.requests.average),
      'proxy.cached_ratio': ratio(fromCache.requests.average, direct.requests.average),
      'proxy.overhead_p50_ms': Math.round((proxied.latency.p50 - direct.latency.p50) * 100) / 100,
      'proxy.overhead_p99_ms': Math.round((proxied.latency.p99 - direct.latency.p99) * 100) / 100,
      'proxy.errors_count': proxied.errors + proxied.non2xx + fromCache.errors + fromCache.non2xx,
      'proxy.coalesce_vendor_calls': await coalescedVendorCalls(path),
    };
  } finally {
    await Promise.all([vendor.close(), forward.close(), cached.close()]);
  }
}

/** 100 concurrent identical availability requests on a cold cache: how many reach the vendor. */
async function coalescedVendorCalls(path: string): Promise<number> {
  const sandbox = createSandboxProxy({ logWrite: () => {} });
  await Promise.all(
    Array.from({ length: 100 }, () =>
      sandbox.app.request(`/simplymeet${path}`, {
        headers: { 'x-convene-site': 'pk_sandbox', origin: 'http://localhost:1' },
      }),
    ),
  );
  return sandbox.calls().filter((call) => call.path.startsWith('/panel/api/event-type/availability/')).length;
}
