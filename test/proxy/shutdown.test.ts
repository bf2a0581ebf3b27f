import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimplymeetSimulator } from '../../proxy/src/sandbox/simplymeet';
import { createHarness } from './harness';

/**
 * A rolling restart as an orchestrator does it: SIGTERM to the real Node entry (`proxy/src/node.ts`) in
 * live mode, from a config file, while bookings are on their way to a slow vendor.
 */
const root = path.resolve(import.meta.dirname, '../..');
const SITE = 'pk_live_shutdown';
const ORIGIN = 'https://shop.example';
const IN_FLIGHT = 50;
const VENDOR_DELAY_MS = 1500;

interface StandIn {
  url: string;
  apiKey: string;
  bookingsReceived: () => number;
  close(): void;
}

/** The SimplyMeet simulator over real HTTP, answering bookings slowly so that they are in flight at SIGTERM. */
async function startStandInVendor(): Promise<StandIn> {
  const simulator = createSimplymeetSimulator();
  let bookings = 0;
  const server = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: async (request) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/panel/api/event') {
        bookings += 1;
        await new Promise((resolve) => setTimeout(resolve, VENDOR_DELAY_MS));
      }
      return simulator.app.fetch(request);
    },
  });
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey: simulator.credentials.apiKey as string,
    bookingsReceived: () => bookings,
    close: () => server.close(),
  };
}

async function freeSlots(vendor: StandIn): Promise<string[]> {
  const start = new Date();
  const end = new Date(start.getTime() + 40 * 24 * 3600 * 1000);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const answer = await fetch(
    `${vendor.url}/panel/api/event-type/availability/1?startDate=${iso(start)}&endDate=${iso(end)}&timezone=Europe%2FAmsterdam`,
    { headers: { 'x-api-key': vendor.apiKey } },
  );
  const days = (await answer.json()) as { date: string; hours: { start: string; available: boolean }[] }[];
  return days.flatMap((day) =>
    day.hours.filter((hour) => hour.available).map((hour) => `${day.date} ${hour.start}:00`),
  );
}

function startProxy(vendor: StandIn): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'convene-shutdown-'));
  const config = path.join(dir, 'convene.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      mode: 'live',
      sites: [{ key: SITE, origins: [ORIGIN], simplymeet: { eventTypes: [1], polls: [] } }],
      tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-more-than-32-bytes' }],
      vendors: { simplymeet: { baseUrl: vendor.url, apiKey: 'env:SIMPLYMEET_API_KEY' } },
      limits: {
        shutdownTimeoutMs: 10_000,
        rateLimits: { write: { visitor: { points: 1000, durationSeconds: 60 } } },
      },
    }),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, CONVENE_CONFIG: config, PORT: '0', SIMPLYMEET_API_KEY: vendor.apiKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`proxy did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    });
    child.once('exit', (code) => reject(new Error(`proxy exited with ${code}:\n${output}`)));
  });
}

function book(url: string, scheduledAt: string) {
  return fetch(`${url}/simplymeet/panel/api/event`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-convene-site': SITE,
      origin: ORIGIN,
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      eventType: 1,
      scheduledAt,
      invitee: { fullName: 'Rolling Restart', email: 'visitor@example.com', timezone: 'Europe/Amsterdam' },
      answers: [],
      participants: [],
    }),
  });
}

describe('graceful shutdown', () => {
  let vendor: StandIn;
  beforeAll(async () => {
    vendor = await startStandInVendor();
  });
  afterAll(() => vendor.close());

  it(`answers all ${IN_FLIGHT} bookings in flight at SIGTERM, once each, then exits 0`, async () => {
    const proxy = await startProxy(vendor);
    const slots = (await freeSlots(vendor)).slice(0, IN_FLIGHT);
    expect(slots).toHaveLength(IN_FLIGHT);
    const answers = slots.map((slot) => book(proxy.url, slot));
    // Every booking has reached the vendor (and waits there) before the signal.
    const waitStarted = Date.now();
    while (vendor.bookingsReceived() < IN_FLIGHT && Date.now() - waitStarted < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(vendor.bookingsReceived()).toBe(IN_FLIGHT);
    const exited = once(proxy.child, 'exit');
    proxy.child.kill('SIGTERM');

    // New connections are refused at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${proxy.url}/healthz`)).rejects.toThrow();

    const statuses = await Promise.all(answers.map(async (answer) => (await answer).status));
    expect(statuses).toEqual(slots.map(() => 201));
    const [code] = await exited;
    expect(code).toBe(0);
    expect(proxy.output()).toContain(`SIGTERM: draining ${IN_FLIGHT} request(s) in flight`);
    // The vendor got each booking exactly once and holds them all: none of the slots is free any more.
    expect(vendor.bookingsReceived()).toBe(IN_FLIGHT);
    const stillFree = new Set(await freeSlots(vendor));
    expect(slots.filter((slot) => stillFree.has(slot))).toEqual([]);
  });

  it('tells the load balancer to stop sending: /readyz is 503 from the moment draining starts', async () => {
    let draining = false;
    const harness = createHarness({ isDraining: () => draining });
    expect((await harness.call('/readyz')).status).toBe(200);
    draining = true;
    const answer = await harness.call('/readyz');
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ status: 'draining' });
  });

  it('names PORT in one line when the port is taken', async () => {
    const blocker = serve({ fetch: () => new Response('busy'), port: 0, hostname: '127.0.0.1' });
    await once(blocker, 'listening');
    const port = (blocker.address() as AddressInfo).port;
    const child = spawn(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), CONVENE_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const [code] = await once(child, 'exit');
    blocker.close();
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use: set PORT to another port.`,
    ]);
  });
});
