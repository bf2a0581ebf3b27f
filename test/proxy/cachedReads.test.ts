import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, expectError } from './harness';

/**
 * A cached read is answered from stored bytes before validation: these prove that the checks a browser
 * must pass still run in front of it, and that only answers of the vendor text's shape are served.
 */
const month =
  '/simplymeet/panel/api/event-type/availability/1?startDate=2026-12-01&endDate=2026-12-31&timezone=Europe%2FAmsterdam';

describe('cached reads', () => {
  const harness = createHarness();
  const vendorReads = (h = harness) =>
    h.vendorCalls().filter((call) => call.path.startsWith('/panel/api/event-type/availability/1'));
  beforeEach(() => harness.proxy.reset());

  it('the next visitor gets the same month without a vendor call, with its own request id and CORS', async () => {
    const first = await harness.call(month);
    const second = await harness.call(month);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.text).toBe(first.text);
    expect(vendorReads()).toHaveLength(1);
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(second.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('is still refused to an origin the site does not list, and without a site key', async () => {
    expect((await harness.call(month)).status).toBe(200);
    const foreign = await harness.call(month, { origin: 'https://evil.example' });
    expectError(foreign, 403, 'forbidden_origin');
    expect(foreign.text).not.toContain('available');
    expectError(await harness.call(month, { site: null }), 401, 'missing_site');
    expectError(await harness.call(month, { site: 'pk_unknown_site' }), 401, 'missing_site');
  });

  it('counts against the read budget like any read: the sixth in a minute is 429', async () => {
    // Its own proxy: rate-limit counters outlive a sandbox reset.
    const strict = createHarness({ rateLimits: { read: { visitor: { points: 5, durationSeconds: 60 } } } });
    for (let i = 0; i < 5; i += 1) expect((await strict.call(month)).status).toBe(200);
    const refused = await strict.call(month);
    expectError(refused, 429, 'rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(vendorReads(strict)).toHaveLength(1);
  });

  it('a month in another shape than the vendor text’s is 502 vendor_error, and is not kept', async () => {
    const wrongShapes = [
      { days: [] },
      [{ date: '2026-12-01', available: 'yes', hours: [] }],
      [{ date: '2026-12-01', available: true, hours: [{ start: 9, available: true }] }],
    ];
    for (const body of wrongShapes) {
      await harness.call('/__sandbox/faults', {
        json: { vendor: 'simplymeet', status: 200, body: JSON.stringify(body), times: 1 },
      });
      expectError(await harness.call(month), 502, 'vendor_error');
    }
    const healthy = await harness.call(month);
    expect(healthy.status).toBe(200);
    expect(Array.isArray(healthy.json)).toBe(true);
  });

  it('a request the first one does not match byte for byte is validated on its own', async () => {
    expect((await harness.call(month)).status).toBe(200);
    const tooLong = month.replace('endDate=2026-12-31', 'endDate=2027-12-31');
    expectError(await harness.call(tooLong), 400, 'invalid_request');
    const secret = month.replace('availability/1?', 'availability/3?');
    expect((await harness.call(secret)).status).toBe(422);
  });
});
