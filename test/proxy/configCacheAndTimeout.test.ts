import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../clock';
import { loadSandboxConfig } from './configFixtures';
import { createHarness, expectError, type Harness } from './harness';

/** The config file's `cache` and `limits.vendorTimeoutMs`, in sandbox mode, as an operator sets them. */
const withConfig = (extra: Record<string, unknown>) =>
  createHarness({ config: loadSandboxConfig(extra), now: () => new Date(FIXED_NOW) });

const availability =
  '/simplymeet/panel/api/event-type/availability/1?startDate=2026-12-01&endDate=2026-12-31&timezone=Europe%2FAmsterdam';

const vendorReadsOf = (harness: Harness) =>
  harness.vendorCalls().filter((call) => call.path.startsWith('/panel/api/event-type/availability/1')).length;

describe('the cache settings of the config file', () => {
  it('on by default: the same month twice is one vendor call', async () => {
    const harness = withConfig({});
    expect((await harness.call(availability)).status).toBe(200);
    expect((await harness.call(availability)).status).toBe(200);
    expect(vendorReadsOf(harness)).toBe(1);
  });

  it('"enabled": false sends every read to the vendor', async () => {
    const harness = withConfig({ cache: { enabled: false } });
    expect((await harness.call(availability)).status).toBe(200);
    expect((await harness.call(availability)).status).toBe(200);
    expect(vendorReadsOf(harness)).toBe(2);
  });

  it('the availability TTL is the configured one: after 1 s the month is read again', async () => {
    const harness = withConfig({ cache: { ttlSeconds: { availability: 1 } } });
    await harness.call(availability);
    await harness.call(availability);
    expect(vendorReadsOf(harness)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await harness.call(availability);
    expect(vendorReadsOf(harness)).toBe(2);
  });
});

describe('the vendor timeout of the config file', () => {
  it('a vendor slower than limits.vendorTimeoutMs is 504 vendor_timeout', async () => {
    const harness = withConfig({ limits: { vendorTimeoutMs: 300 } });
    await harness.call('/__sandbox/faults', { json: { vendor: 'simplymeet', latencyMs: 1_000, times: 2 } });
    const started = performance.now();
    expectError(await harness.call('/simplymeet/panel/api/event-type/1'), 504, 'vendor_timeout');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
