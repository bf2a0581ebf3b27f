import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../clock';
import { redisForSuite } from '../redis';
import { loadSandboxConfig, sandboxSiteEntry, visitorIp } from './configFixtures';
import { createHarness, type Harness } from './harness';
import {
  freeSlots,
  type StandIn,
  startProxyProcess,
  startStandInVendor,
  stopProxyProcess,
} from './proxyProcess';

/**
 * The config file's `redisUrl` in sandbox mode, as on several instances of a sandbox with some real
 * vendors: the limits are one budget across instances, and an idempotency record outlives a restart.
 */
const { redis } = await redisForSuite('config on Redis');

describe.skipIf(!redis)('a sandbox-mode config file with redisUrl', () => {
  const harnesses: Harness[] = [];
  afterAll(() => Promise.all(harnesses.map((harness) => harness.proxy.store.close())));
  const instance = () => {
    const config = loadSandboxConfig({
      redisUrl: redis?.url,
      limits: { rateLimits: { read: { site: { points: 6, durationSeconds: 60 } } } },
    });
    const harness = createHarness({ config, now: () => new Date(FIXED_NOW) });
    harnesses.push(harness);
    return harness;
  };

  it('keeps its state in that Redis: /readyz says so', async () => {
    const answer = await instance().call('/readyz');
    expect(answer.json).toEqual({ status: 'ready', store: 'redis' });
  });

  it('two instances enforce one site budget, whichever instance each visitor reaches', async () => {
    const [a, b] = [instance(), instance()];
    const statuses: number[] = [];
    for (let visitor = 0; visitor < 8; visitor += 1) {
      const answer = await (visitor % 2 === 0 ? a : b).call('/simplymeet/panel/api/event-type/1', {
        headers: { 'x-forwarded-for': visitorIp(visitor) },
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

describe.skipIf(!redis)('a booking retried across a restart of the proxy process on the same Redis', () => {
  const ORIGIN = 'https://shop.example';
  let vendor: StandIn;
  beforeAll(async () => {
    vendor = await startStandInVendor();
  });
  afterAll(() => vendor.close());

  it('replays the first answer: one event at the vendor', async () => {
    // Sandbox mode with SimplyMeet real (the stand-in, which outlives the proxy) and the others simulated.
    const config = {
      mode: 'sandbox',
      sites: [{ ...sandboxSiteEntry(), origins: [ORIGIN] }],
      tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-more-than-32-bytes' }],
      vendors: { simplymeet: { baseUrl: vendor.url, apiKey: 'env:SIMPLYMEET_API_KEY' } },
      redisUrl: redis?.url,
    };
    const env = { SIMPLYMEET_API_KEY: vendor.apiKey };
    const [slot] = await freeSlots(vendor);
    const key = crypto.randomUUID();
    const book = (url: string) =>
      fetch(`${url}/simplymeet/panel/api/event`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-convene-site': 'pk_sandbox',
          origin: ORIGIN,
          'idempotency-key': key,
        },
        body: JSON.stringify({
          eventType: 1,
          scheduledAt: slot,
          invitee: { fullName: 'Ada Restart', email: 'ada@example.com', timezone: 'Europe/Amsterdam' },
          answers: [],
          participants: [],
        }),
      });

    const first = await startProxyProcess(config, env);
    expect(await (await fetch(`${first.url}/readyz`)).json()).toMatchObject({ store: 'redis' });
    const booked = await book(first.url);
    expect(booked.status).toBe(201);
    const firstAnswer = await booked.text();
    expect(await stopProxyProcess(first)).toBe(0);

    const second = await startProxyProcess(config, env);
    try {
      const retried = await book(second.url);
      expect(retried.status).toBe(201);
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(await retried.text()).toBe(firstAnswer);
      expect(vendor.bookingsReceived()).toBe(1);
    } finally {
      await stopProxyProcess(second);
    }
  }, 60_000);
});
