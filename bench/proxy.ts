import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { createSandboxProxy } from '../proxy/src/sandbox';
import { createSimplymeetSimulator } from '../proxy/src/sandbox/simplymeet';
import { BENCH_ORIGIN, BENCH_SITE } from './benchSite';

type Figures = Record<string, number | string | null>;

function load(url: string, headers: Record<string, string>, seconds: number, connections = 16) {
  return autocannon({ url, headers, connections, duration: seconds, pipelining: 1 });
}

/** A month of availability: the widget's heaviest read. */
function availabilityPath(): string {
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 30 * 24 * 3600 * 1000);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `/panel/api/event-type/availability/1?startDate=${day(start)}&endDate=${day(end)}&timezone=Europe%2FAmsterdam`;
}

/** Starts one of bench/servers.ts in its own process and resolves its URL. */
function spawnServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'servers.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /READY (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

/**
 * The proxy's cost: the same availability requests straight to the SimplyMeet simulator and through the
 * proxy (which calls that simulator over real HTTP, as it would a vendor), same load generator, same
 * connections, same run. Simulator, proxies and load generator each run in their own process.
 */
export async function proxyFigures(quick: boolean): Promise<Figures> {
  const seconds = quick ? 2 : 8;
  const apiKey = createSimplymeetSimulator().credentials.apiKey as string;
  const vendor = await spawnServer(['simulator']);
  const forward = await spawnServer(['proxy', vendor.url, apiKey, 'off']);
  const cached = await spawnServer(['proxy', vendor.url, apiKey, 'on']);
  const path = availabilityPath();
  const browserHeaders = { 'x-convene-site': BENCH_SITE, origin: BENCH_ORIGIN };
  try {
    await load(`${vendor.url}${path}`, { 'x-api-key': apiKey }, 1); // warm up
    const direct = await load(`${vendor.url}${path}`, { 'x-api-key': apiKey }, seconds);
    const proxied = await load(`${forward.url}/simplymeet${path}`, browserHeaders, seconds);
    const fromCache = await load(`${cached.url}/simplymeet${path}`, browserHeaders, seconds);
    // One connection: no queue anywhere, so the difference is what the proxy adds to a single request.
    const directAlone = await load(
      `${vendor.url}${path}`,
      { 'x-api-key': apiKey },
      Math.ceil(seconds / 2),
      1,
    );
    const proxiedAlone = await load(
      `${forward.url}/simplymeet${path}`,
      browserHeaders,
      Math.ceil(seconds / 2),
      1,
    );
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      'proxy.direct_rps': Math.round(direct.requests.average),
      'proxy.forward_rps': Math.round(proxied.requests.average),
      'proxy.cached_rps': Math.round(fromCache.requests.average),
      'proxy.forward_ratio': ratio(proxied.requests.average, direct.requests.average),
      'proxy.cached_ratio': ratio(fromCache.requests.average, direct.requests.average),
      // Under load (16 connections, all processes on the same cores): queueing included.
      'proxy.overhead_p50_ms': Math.round((proxied.latency.p50 - direct.latency.p50) * 100) / 100,
      'proxy.overhead_p99_ms': Math.round((proxied.latency.p99 - direct.latency.p99) * 100) / 100,
      'proxy.overhead_single_p50_ms':
        Math.round((proxiedAlone.latency.p50 - directAlone.latency.p50) * 100) / 100,
      'proxy.errors_count': proxied.errors + proxied.non2xx + fromCache.errors + fromCache.non2xx,
      'proxy.coalesce_vendor_calls': await coalescedVendorCalls(path),
    };
  } finally {
    for (const server of [vendor, forward, cached]) server.child.kill();
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
