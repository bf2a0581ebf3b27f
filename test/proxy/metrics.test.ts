import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../proxy/src/config/load';
import { createPrometheusMetrics } from '../../proxy/src/metrics/prometheus';
import { allOperations } from '../../proxy/src/operations';
import type { SandboxProxyOptions } from '../../proxy/src/sandbox';
import { VENDOR_IDS } from '../../proxy/src/vendors';
import { bookingBody, firstFreeSlot } from './bookingFixtures';
import { createHarness, expectError, ORIGIN } from './harness';
import { parseSamples, sampleValue } from './prometheusText';

const month =
  '/simplymeet/panel/api/event-type/availability/1?startDate=2026-12-01&endDate=2026-12-31&timezone=Europe%2FAmsterdam';
const ALLOWED_LABELS = new Set(['vendor', 'operation', 'status', 'result', 'bucket', 'scope', 'state', 'le']);
const availability = { vendor: 'simplymeet', operation: 'simplymeet.availability' };
const createEvent = { vendor: 'simplymeet', operation: 'simplymeet.createEvent' };

/** A sandbox proxy recording Prometheus metrics; each visitor's address comes from `x-test-ip`. */
function metered(options: SandboxProxyOptions = {}) {
  const harness = createHarness({
    metrics: createPrometheusMetrics(),
    connectionIp: (c) => c.req.header('x-test-ip'),
    ...options,
  });
  const scrape = async () => {
    const answer = await harness.call('/metrics', { site: null, origin: null });
    expect(answer.status).toBe(200);
    return { text: answer.text, samples: parseSamples(answer.text) };
  };
  return { harness, scrape };
}

describe('/metrics', () => {
  it('counts reads by operation and status, and cache hits and misses', async () => {
    const { harness, scrape } = metered();
    expect((await harness.call(month)).status).toBe(200);
    expect((await harness.call(month)).status).toBe(200);
    const { samples } = await scrape();
    expect(sampleValue(samples, 'convene_requests_total', { ...availability, status: '200' })).toBe(2);
    const lookups = (result: string) =>
      sampleValue(samples, 'convene_response_cache_lookups_total', { ...availability, result });
    expect({ hit: lookups('hit'), miss: lookups('miss') }).toEqual({ hit: 1, miss: 1 });
  });

  it('times each vendor call in a histogram with buckets', async () => {
    const { harness, scrape } = metered();
    await harness.call(month);
    await harness.call(month); // from the cache: no second vendor call
    const { samples } = await scrape();
    expect(sampleValue(samples, 'convene_vendor_call_duration_seconds_count', availability)).toBe(1);
    const buckets = samples.filter(
      (s) =>
        s.name === 'convene_vendor_call_duration_seconds_bucket' &&
        s.labels.operation === availability.operation,
    );
    expect(buckets.map((b) => b.labels.le)).toEqual(
      expect.arrayContaining(['0.005', '0.1', '1', '10', '+Inf']),
    );
    expect(buckets.find((b) => b.labels.le === '+Inf')?.value).toBe(1);
    expect(buckets.find((b) => b.labels.le === '10')?.value).toBe(1);
  });

  it('counts a booking, and its retry with the same Idempotency-Key as a replay', async () => {
    const { harness, scrape } = metered();
    const slot = await firstFreeSlot(harness, 1);
    const book = () =>
      harness.call('/simplymeet/panel/api/event', {
        json: bookingBody(1, slot.scheduledAt),
        idempotencyKey: 'booking-once-123',
      });
    expect((await book()).status).toBe(201);
    const retry = await book();
    expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    const { samples } = await scrape();
    expect(sampleValue(samples, 'convene_requests_total', { ...createEvent, status: '201' })).toBe(2);
    expect(sampleValue(samples, 'convene_idempotent_replays_total', createEvent)).toBe(1);
    expect(sampleValue(samples, 'convene_vendor_call_duration_seconds_count', createEvent)).toBe(1);
  });

  it('counts 429s by bucket and by whose budget ran out: one visitor, then the whole site', async () => {
    const { harness, scrape } = metered({
      rateLimits: {
        read: { visitor: { points: 2, durationSeconds: 60 }, site: { points: 3, durationSeconds: 60 } },
      },
    });
    const read = (ip: string) => harness.call(month, { headers: { 'x-test-ip': ip } });
    expect((await read('203.0.113.7')).status).toBe(200);
    expect((await read('203.0.113.7')).status).toBe(200);
    expectError(await read('203.0.113.7'), 429, 'rate_limited'); // this visitor's budget (the site has one left)
    expectError(await read('198.51.100.23'), 429, 'rate_limited'); // a new visitor: only the site's
    const { samples } = await scrape();
    const refused = (scope: string) =>
      sampleValue(samples, 'convene_rate_limited_total', { bucket: 'read', scope });
    expect({ visitor: refused('visitor'), site: refused('site') }).toEqual({ visitor: 1, site: 1 });
    expect(sampleValue(samples, 'convene_requests_total', { ...availability, status: '429' })).toBe(2);
  });

  it('shows a vendor breaker open after repeated failures, the other vendors closed', async () => {
    const { harness, scrape } = metered({ vendorTimeoutMs: 300 });
    await harness.call('/__sandbox/faults', { json: { vendor: 'simplymeet', status: 500, times: 20 } });
    // Each failing GET is tried twice; five failures in a row open the breaker.
    for (let i = 0; i < 3; i += 1)
      expectError(await harness.call('/simplymeet/panel/api/event-type/1'), 502, 'vendor_error');
    const { samples } = await scrape();
    const state = (vendor: string, name: string) =>
      sampleValue(samples, 'convene_vendor_circuit_state', { vendor, state: name });
    expect({ open: state('simplymeet', 'open'), closed: state('simplymeet', 'closed') }).toEqual({
      open: 1,
      closed: 0,
    });
    expect(state('meltingspot', 'closed')).toBe(1);
  });

  it('never carries an address, a token, a site key or an IP in a label', async () => {
    const { harness, scrape } = metered();
    const token = await harness.token(['invite:meltingspot']);
    expect((await harness.call(month, { headers: { 'x-test-ip': '203.0.113.7' } })).status).toBe(200);
    const slot = await firstFreeSlot(harness, 1);
    const booked = await harness.call('/simplymeet/panel/api/event', {
      json: bookingBody(1, slot.scheduledAt, 'private.person@example.com'),
      idempotencyKey: 'booking-key-456789',
      headers: { 'x-test-ip': '203.0.113.7' },
    });
    expect(booked.status).toBe(201);
    const invited = await harness.call('/meltingspot/v1/spotMembers', {
      json: { email: 'invitee@example.org' },
      token,
      idempotencyKey: 'invite-key-456789',
    });
    expect(invited.status).toBe(201);
    expectError(await harness.call('/no-such-vendor/secret@example.net'), 404, 'unknown_operation');
    const { text, samples } = await scrape();
    for (const leak of [
      '203.0.113.7',
      '@',
      token,
      'pk_sandbox',
      'booking-key',
      'invite-key',
      'no-such-vendor',
    ])
      expect(text).not.toContain(leak);
    // Every label value comes from a fixed set: vendor ids, operation ids, statuses, bucket bounds.
    const vendors = new Set([...VENDOR_IDS, 'none']);
    const operations = new Set([
      ...Object.values(allOperations)
        .flat()
        .map((op) => op.id),
      'none',
    ]);
    for (const { name, labels } of samples.filter((s) => s.name.startsWith('convene_'))) {
      expect(
        Object.keys(labels).every((label) => ALLOWED_LABELS.has(label)),
        name,
      ).toBe(true);
      if (labels.vendor) expect(vendors.has(labels.vendor), labels.vendor).toBe(true);
      if (labels.operation) expect(operations.has(labels.operation), labels.operation).toBe(true);
      if (labels.status) expect(labels.status).toMatch(/^\d{3}$/);
    }
    expect(sampleValue(samples, 'convene_requests_total', { vendor: 'meltingspot', status: '201' })).toBe(1);
    expect(sampleValue(samples, 'convene_requests_total', { operation: 'none', status: '404' })).toBe(1);
  });

  it('keeps each app to its own counts: two proxies in one process do not share a metric', async () => {
    const busy = metered();
    const idle = metered();
    expect((await busy.harness.call(month)).status).toBe(200);
    const count = async (proxy: ReturnType<typeof metered>) =>
      sampleValue((await proxy.scrape()).samples, 'convene_requests_total', {
        ...availability,
        status: '200',
      });
    expect({ busy: await count(busy), idle: await count(idle) }).toEqual({ busy: 1, idle: 0 });
  });

  it('is served over a socket as Prometheus text, and to no other origin', async () => {
    const { harness } = metered();
    const server = await harness.listen();
    try {
      const answer = await fetch(`${server.url}/metrics`, { headers: { origin: ORIGIN } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/plain');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(await answer.text()).toContain('# TYPE convene_requests_total counter');
    } finally {
      await server.close();
    }
  });
});

describe('/metrics access', () => {
  const configWith = (metrics: unknown, env: Record<string, string> = {}) =>
    loadConfig(
      {
        mode: 'sandbox',
        sites: [{ key: 'pk_sandbox', origins: ['http://localhost:*'] }],
        tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-at-least-32-chars!!' }],
        metrics,
      },
      env,
    );

  it('with a token configured, refuses a scrape without it or with another one', async () => {
    const config = configWith({ token: 'env:METRICS_TOKEN' }, { METRICS_TOKEN: 'scrape-secret-7f3a9c' });
    const { harness } = metered({ config });
    const scrape = (authorization?: string) =>
      harness.call('/metrics', {
        site: null,
        origin: null,
        ...(authorization ? { headers: { authorization } } : {}),
      });
    expectError(await scrape(), 401, 'invalid_token');
    expectError(await scrape('Bearer scrape-secret-wrong'), 401, 'invalid_token');
    const allowed = await scrape('Bearer scrape-secret-7f3a9c');
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('convene_requests_total');
  });

  it('a token from an unset environment variable is a config error, not an open /metrics', () => {
    expect(() => configWith({ token: 'env:METRICS_TOKEN' })).toThrow(/metrics\.token/);
  });

  it('a token that is too short, or an unknown key, is refused at start', () => {
    expect(() => configWith({ token: 'short' })).toThrow(/metrics\.token/);
    expect(() => configWith({ enabled: true, public: true })).toThrow(/metrics/);
  });

  it('turned off, /metrics does not exist', async () => {
    const { harness } = metered({ config: configWith({ enabled: false }) });
    expectError(await harness.call('/metrics', { site: null, origin: null }), 404, 'unknown_operation');
  });

  it('without a metrics implementation (other runtimes), /metrics does not exist', async () => {
    const harness = createHarness();
    expectError(await harness.call('/metrics', { site: null, origin: null }), 404, 'unknown_operation');
  });
});
