import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installPackedProxy, type RunningProxy, startProxy } from './installedProxy';
import { type StandInSimplymeet, startStandInSimplymeet } from './standInSimplymeet';

/**
 * The production smoke test (.ci/run): `@convene/proxy` packed, installed with `--omit=dev`, started with
 * its bin exactly as proxy/Dockerfile's CMD does, in live mode against a stand-in SimplyMeet on loopback.
 * Every step runs and reports; the script fails if any step failed.
 *
 *   npx tsx test/production/smoke.ts [--no-build]
 *
 * SMOKE_SKIP_METRICS=1 leaves out the /metrics step (for a branch without the route; CI never sets it).
 */
const SITE = 'pk_live_smoke';
const ORIGIN = 'https://shop.example';
const TOKEN_SECRET = 'a-smoke-test-secret-of-more-than-32-bytes';
const IN_FLIGHT = 20;
const DAY_MS = 24 * 3600 * 1000;

const fromSite = { 'x-convene-site': SITE, origin: ORIGIN };
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const availabilityPath = (offsetDays: number) =>
  `/simplymeet/panel/api/event-type/availability/1?startDate=${isoDay(offsetDays)}&endDate=${isoDay(offsetDays + 13)}&timezone=Europe%2FAmsterdam`;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface Context {
  proxy: RunningProxy;
  vendor: StandInSimplymeet;
  freeSlot?: string;
}

/** Reads two weeks of slots as the picker does, and keeps a free one for the booking. */
async function readAvailability(context: Context) {
  const { proxy, vendor } = context;
  const answer = await fetch(proxy.url + availabilityPath(1), { headers: fromSite });
  const text = await answer.text();
  check(answer.status === 200, `availability answered ${answer.status}: ${text}`);
  const days = JSON.parse(text) as { date: string; hours: { start: string; available: boolean }[] }[];
  const free = days.flatMap((day) =>
    day.hours.filter((h) => h.available).map((h) => `${day.date} ${h.start}:00`),
  );
  check(free.length > 0, 'no free slot in two weeks');
  context.freeSlot = free[0];
  const reads = vendor.calls.filter((call) => call.path.startsWith('/panel/api/event-type/availability/1?'));
  check(reads.length === 1 && reads[0]?.signed, `the vendor saw ${JSON.stringify(reads)}`);
}

async function book({ proxy, vendor, freeSlot }: Context) {
  check(freeSlot, 'no slot to book');
  const answer = await fetch(`${proxy.url}/simplymeet/panel/api/event`, {
    method: 'POST',
    headers: { ...fromSite, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      eventType: 1,
      scheduledAt: freeSlot,
      invitee: { fullName: 'Smoke Test', email: 'smoke@example.com', timezone: 'Europe/Amsterdam' },
      answers: [],
      participants: [],
    }),
  });
  const text = await answer.text();
  check(answer.status === 201, `booking answered ${answer.status}: ${text}`);
  const bookings = vendor.calls.filter((call) => call.method === 'POST' && call.path === '/panel/api/event');
  check(bookings.length === 1, `the vendor received ${bookings.length} booking calls, not 1`);
  check(bookings[0]?.signed, 'the booking reached the vendor without its API key');
  const headers = JSON.stringify([...answer.headers]);
  check(!`${text}${headers}`.includes(vendor.apiKey), 'the vendor API key reached the browser');
}

/** `/metrics` in Prometheus text format, with the proxy's own `convene_` series. */
async function checkMetrics({ proxy }: Context) {
  const answer = await fetch(`${proxy.url}/metrics`);
  const body = await answer.text();
  check(answer.status === 200, `/metrics answered ${answer.status}`);
  check(answer.headers.get('content-type')?.startsWith('text/plain'), 'metrics are not text/plain');
  check(body.includes('convene_'), 'no convene_ series in /metrics');
}

async function drainOnSigterm({ proxy, vendor }: Context) {
  check((await fetch(`${proxy.url}/readyz`)).status === 200, '/readyz is not 200 before SIGTERM');
  vendor.holdReadsMs = 1500;
  // Distinct windows, so the response cache cannot answer any of them: each one waits at the vendor.
  const requests = Array.from({ length: IN_FLIGHT }, (_, i) =>
    fetch(proxy.url + availabilityPath(20 + i), { headers: fromSite }).then(
      (answer) => answer.status,
      (error: Error) => `no answer (${error.message})`,
    ),
  );
  const started = Date.now();
  while (vendor.readsInProgress() < IN_FLIGHT && Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  check(
    vendor.readsInProgress() === IN_FLIGHT,
    `only ${vendor.readsInProgress()} requests reached the vendor`,
  );
  proxy.child.kill('SIGTERM');
  const statuses = await Promise.all(requests);
  const unanswered = statuses.filter((status) => status !== 200);
  check(unanswered.length === 0, `answers: ${JSON.stringify(statuses)}`);
  const code = await proxy.exited;
  check(code === 0, `the proxy exited with ${code}`);
  check(proxy.output().includes(`SIGTERM: draining ${IN_FLIGHT} request(s) in flight`), proxy.output());
}

/** The proxy process, for the watchdog below. */
let running: RunningProxy | undefined;

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'convene-smoke-'));
  const results: { step: string; error?: string }[] = [];
  const step = async (name: string, run: () => unknown) => {
    try {
      await run();
      results.push({ step: name });
      console.log(`  ok    ${name}`);
    } catch (error) {
      results.push({ step: name, error: (error as Error).message });
      console.log(`  FAIL  ${name}: ${(error as Error).message}`);
    }
  };
  let vendor: StandInSimplymeet | undefined;
  let proxy: RunningProxy | undefined;
  try {
    const installation = installPackedProxy(work, { build: !process.argv.includes('--no-build') });
    const megabytes = (installation.bytes / 1e6).toFixed(1);
    console.log(`installed @convene/proxy: ${installation.packages.length} packages, ${megabytes} MB`);
    await step('installs production dependencies only', () => {
      const tools = ['typescript', 'esbuild', 'tsx', 'vite', 'vitest', '@types/node'];
      const present = tools.filter((tool) => installation.packages.includes(tool));
      check(present.length === 0, `dev tools installed: ${present.join(', ')}`);
      check(installation.packages.includes('hono'), 'hono is missing');
    });

    vendor = await startStandInSimplymeet();
    writeFileSync(
      path.join(installation.dir, 'convene.config.json'),
      JSON.stringify({
        mode: 'live',
        sites: [{ key: SITE, origins: [ORIGIN], simplymeet: { eventTypes: [1], polls: [] } }],
        tokenKeys: [{ kid: 'smoke', alg: 'HS256', secret: 'env:CONVENE_TOKEN_SECRET' }],
        vendors: { simplymeet: { baseUrl: vendor.url, apiKey: 'env:SIMPLYMEET_API_KEY' } },
      }),
    );
    proxy = await startProxy(installation.dir, {
      PORT: '0',
      HOST: '127.0.0.1',
      SIMPLYMEET_API_KEY: vendor.apiKey,
      CONVENE_TOKEN_SECRET: TOKEN_SECRET,
    });
    running = proxy;
    const context: Context = { proxy, vendor };
    await step('starts in live mode from its config', async () => {
      check(context.proxy.output().includes('(live mode)'), context.proxy.output());
      check((await fetch(`${context.proxy.url}/healthz`)).status === 200, '/healthz is not 200');
    });
    await step('reads availability through the proxy, signed', () => readAvailability(context));
    await step('books once, signed, without leaking the key', () => book(context));
    if (process.env.SMOKE_SKIP_METRICS === '1') console.log('  skip  /metrics (SMOKE_SKIP_METRICS=1)');
    else await step('serves /metrics', () => checkMetrics(context));
    await step(`answers all ${IN_FLIGHT} requests in flight at SIGTERM, then exits 0`, () =>
      drainOnSigterm(context),
    );
  } catch (error) {
    results.push({ step: 'setup', error: (error as Error).stack ?? String(error) });
    console.log(`  FAIL  setup: ${(error as Error).stack}`);
  } finally {
    if (proxy && proxy.child.exitCode === null) proxy.child.kill('SIGKILL');
    vendor?.close();
    rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((result) => result.error).length;
  console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

// A step that hangs must not hold CI: past three minutes the proxy is killed and the smoke test fails.
const watchdog = setTimeout(() => {
  console.log('smoke: 0 passed, 1 failed (timed out after 3 minutes)');
  running?.child.kill('SIGKILL');
  process.exit(1);
}, 180_000);
const code = await main();
clearTimeout(watchdog);
process.exit(code);
