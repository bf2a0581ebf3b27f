import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, expectError } from './harness';

const eventType = '/simplymeet/panel/api/event-type/1';

describe('when the vendor misbehaves', () => {
  const harness = createHarness({ vendorTimeoutMs: 300 });
  const fault = (body: Record<string, unknown>) =>
    harness.call('/__sandbox/faults', { json: { vendor: 'simplymeet', ...body } });
  beforeEach(() => harness.proxy.reset());

  it('a vendor 500 is 502 vendor_error, after one retry of the GET', async () => {
    await fault({ status: 500, times: 2 });
    expectError(await harness.call(eventType), 502, 'vendor_error');
    expect(harness.vendorCalls().filter((call) => call.path === '/panel/api/event-type/1')).toHaveLength(2);
  });

  it('a vendor 500 once is retried and the second answer is served', async () => {
    await fault({ status: 503, times: 1 });
    const answer = await harness.call(eventType);
    expect(answer.status).toBe(200);
  });

  it('a vendor slower than the timeout is 504 vendor_timeout', async () => {
    await fault({ latencyMs: 2_000, times: 2 });
    expectError(await harness.call(eventType), 504, 'vendor_timeout');
  });

  it('garbage instead of JSON is 502 vendor_error', async () => {
    await fault({ status: 200, body: '<html>oops</html>', times: 1 });
    expectError(await harness.call(eventType), 502, 'vendor_error');
  });

  it('a redirect to another host is not followed: the key goes nowhere', async () => {
    await fault({
      status: 302,
      headers: { location: 'http://attacker.sandbox.invalid/steal' },
      body: '',
      times: 1,
    });
    expectError(await harness.call(eventType), 502, 'vendor_error');
    const hosts = harness.vendorCalls().map((call) => call.vendor);
    expect(hosts).toEqual(['simplymeet']);
  });

  it('a vendor 401 (bad proxy credentials) is 502, not an auth error for the browser', async () => {
    await fault({ status: 401, body: JSON.stringify({ message: 'Unauthorized' }), times: 1 });
    expectError(await harness.call(eventType), 502, 'vendor_error');
  });

  it('a vendor 429 is 429 rate_limited with its Retry-After', async () => {
    await fault({ status: 429, headers: { 'retry-after': '7' }, times: 1 });
    const answer = await harness.call(eventType);
    expectError(answer, 429, 'rate_limited');
    expect(answer.headers.get('retry-after')).toBe('7');
  });

  it('a vendor error that echoes the API key never shows it to the browser', async () => {
    const key = harness.proxy.simulators.simplymeet.credentials.apiKey as string;
    await fault({
      status: 422,
      body: JSON.stringify({ message: `Invalid key ${key}`, errors: { 'invitee.email': [`bad ${key}`] } }),
      times: 1,
    });
    const answer = await harness.call(eventType);
    expectError(answer, 422, 'invalid_request');
    expect(answer.text).not.toContain(key);
  });

  it('a vendor that keeps failing trips the circuit breaker: later calls fail fast without reaching it', async () => {
    await fault({ status: 500, times: 100 });
    for (let i = 0; i < 3; i += 1) await harness.call(eventType); // 3 GETs with one retry each = 6 failures
    const before = harness.vendorCalls().length;
    const answer = await harness.call(eventType);
    expectError(answer, 502, 'vendor_error');
    expect(answer.headers.get('retry-after')).toBe('15');
    expect(harness.vendorCalls().length).toBe(before);
  });
});
