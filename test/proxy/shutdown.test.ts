import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from './harness';
import { freeSlots, type StandIn, startProxyProcess, startStandInVendor } from './proxyProcess';

/**
 * A rolling restart as an orchestrator does it: SIGTERM to the real Node entry (`proxy/src/node.ts`) in
 * live mode, from a config file, while bookings are on their way to a slow vendor.
 */
const root = path.resolve(import.meta.dirname, '../..');
const SITE = 'pk_live_shutdown';
const ORIGIN = 'https://shop.example';
const IN_FLIGHT = 50;
const VENDOR_DELAY_MS = 1500;

function startProxy(vendor: StandIn) {
  return startProxyProcess(
    {
      mode: 'live',
      sites: [{ key: SITE, origins: [ORIGIN], simplymeet: { eventTypes: [1], polls: [] } }],
      tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-more-than-32-bytes' }],
      vendors: { simplymeet: { baseUrl: vendor.url, apiKey: 'env:SIMPLYMEET_API_KEY' } },
      limits: {
        shutdownTimeoutMs: 10_000,
        rateLimits: { write: { visitor: { points: 1000, durationSeconds: 60 } } },
      },
    },
    { SIMPLYMEET_API_KEY: vendor.apiKey },
  );
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
    vendor = await startStandInVendor(VENDOR_DELAY_MS);
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
