import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createSandboxProxy } from '../proxy/src/sandbox';
import { BENCH_ORIGIN, BENCH_SITE } from './benchSite';
import { type LoadResult, runLoad } from './loadGenerator';

type Figures = Record<string, number | string | null>;

/** The key the stand-in vendor expects and the proxies sign with (a bench value, not a credential). */
const VENDOR_KEY = 'bench-vendor-key-0123456789';

/** A month of availability: the widget's heaviest read. */
function availabilityPath(): string {
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 30 * 24 * 3600 * 1000);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `/panel/api/event-type/availability/1?startDate=${day(start)}&endDate=${day(end)}&timezone=Europe%2FAmsterdam`;
}

/**
 * Starts one of bench/servers.ts in its own process and resolves its URL. Its stdout (the proxy's
 * request log) goes to /dev/null. With BENCH_CPU_PROF=<dir> the Convene processes write a CPU profile
 * there when the bench stops them.
 */
function spawnServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const profile = profileDir && args[0] === 'convene' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', path.join(import.meta.dirname, 'servers.ts'), ...args],
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ url: (message as { url: string }).url, child }));
    child.once('exit', (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * What Convene costs next to what a user would otherwise write. The same availability read, same load
 * generator, connections and duration, in one run: straight to a stand-in vendor that answers from
 * memory, through a naive fetch forwarder, and through Convene with its cache off and on. The vendor,
 * each proxy and the load generator (autocannon's CLI) run in their own processes. Rounds interleave
 * the targets, so a neighbour's burst of CPU falls on all of them alike.
 */
export async function proxyFigures(quick: boolean): Promise<Figures> {
  // Short interleaved rounds: on a shared machine a neighbour's burst then lands on every target alike.
  const seconds = quick ? 2 : 4;
  const rounds = quick ? 1 : 4;
  const connections = 16;
  const vendorPath = availabilityPath();
  const vendor = await spawnServer(['stand-in', vendorPath, VENDOR_KEY]);
  const servers = [vendor];
  try {
    const naive = await spawnServer(['naive', vendor.url, VENDOR_KEY]);
    servers.push(naive);
    const uncached = await spawnServer(['convene', vendor.url, VENDOR_KEY, 'off']);
    servers.push(uncached);
    const cached = await spawnServer(['convene', vendor.url, VENDOR_KEY, 'on']);
    servers.push(cached);

    const browser = { 'x-convene-site': BENCH_SITE, origin: BENCH_ORIGIN };
    const targets = {
      direct: { url: `${vendor.url}${vendorPath}`, headers: { 'x-api-key': VENDOR_KEY } },
      naive: { url: `${naive.url}/simplymeet${vendorPath}`, headers: browser },
      uncached: { url: `${uncached.url}/simplymeet${vendorPath}`, headers: browser },
      cached: { url: `${cached.url}/simplymeet${vendorPath}`, headers: browser },
    };
    type Target = keyof typeof targets;
    const names = Object.keys(targets) as Target[];
    // Warm-up: JIT, connection pools and the cache's first fill are not what is measured.
    for (const name of names) await runLoad({ ...targets[name], seconds: 1, connections });
    const results: Record<Target, LoadResult[]> = { direct: [], naive: [], uncached: [], cached: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const name of names) results[name].push(await runLoad({ ...targets[name], seconds, connections }));
    }
    // One connection: no queue anywhere, so the difference is what Convene adds to a single request.
    const alone = (name: Target) =>
      runLoad({ ...targets[name], seconds: Math.ceil(seconds / 2), connections: 1 });
    const directAlone = await alone('direct');
    const uncachedAlone = await alone('uncached');

    const rps = (name: Target) => mean(results[name].map((result) => result.rps));
    return {
      'proxy.direct_rps': Math.round(rps('direct')),
      'proxy.naive_rps': Math.round(rps('naive')),
      'proxy.uncached_rps': Math.round(rps('uncached')),
      'proxy.cached_rps': Math.round(rps('cached')),
      'proxy.vs_naive_ratio': ratio(rps('uncached'), rps('naive')),
      'proxy.cached_vs_naive_ratio': ratio(rps('cached'), rps('naive')),
      'proxy.overhead_single_p50_ms': Math.round((uncachedAlone.p50Ms - directAlone.p50Ms) * 100) / 100,
      'proxy.errors_count': Object.values(results)
        .flat()
        .reduce((sum, result) => sum + result.failures, 0),
      'proxy.coalesce_vendor_calls': await coalescedVendorCalls(vendorPath),
    };
  } finally {
    await Promise.all(servers.map((server) => stop(server.child)));
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
