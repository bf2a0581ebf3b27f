import { describe, expect, it } from 'vitest';
import { createHarness } from './harness';

interface Day {
  date: string;
  hours: { start: string; available: boolean }[];
}

/** Free days of the fixed event type in one month, as the vendor shows them in Amsterdam. */
async function freeDays(harness: ReturnType<typeof createHarness>, month: string): Promise<string[]> {
  const answer = await harness.call(
    `/simplymeet/panel/api/event-type/availability/1?startDate=${month}-01&endDate=${month}-28&timezone=Europe%2FAmsterdam`,
  );
  expect(answer.status).toBe(200);
  return (answer.json as Day[])
    .filter((day) => day.hours.some((hour) => hour.available))
    .map((day) => day.date);
}

describe('the sandbox clock', () => {
  it('puts the whole vendor world at the instant a reset names, and back on a plain reset', async () => {
    const harness = createHarness();
    const set = await harness.call('/__sandbox/reset', {
      method: 'POST',
      json: { now: '2031-06-16T08:00:00Z' },
    });
    expect(set.status).toBe(200);
    const { now } = set.json as { now: string };
    // The clock runs on from the instant it was set to, like a vendor's.
    expect(Date.parse(now) - Date.parse('2031-06-16T08:00:00Z')).toBeGreaterThanOrEqual(0);
    expect(Date.parse(now) - Date.parse('2031-06-16T08:00:00Z')).toBeLessThan(5_000);

    // Monday 16 June 2031, 10:00 in Amsterdam: the days before are past, so the first free day is the 16th or later.
    const june = await freeDays(harness, '2031-06');
    expect(june.length).toBeGreaterThan(0);
    expect(june.every((date) => date >= '2031-06-16')).toBe(true);

    // A widget token minted now is valid on the same clock the proxy checks it with.
    const token = await harness.call('/__sandbox/token', {
      method: 'POST',
      json: { scopes: ['invite:meltingspot'] },
    });
    expect(token.status).toBe(200);

    const plain = await harness.call('/__sandbox/reset', { method: 'POST' });
    expect(Math.abs(Date.parse((plain.json as { now: string }).now) - Date.now())).toBeLessThan(5_000);
  });

  it('refuses a reset instant that is not an ISO date-time', async () => {
    const harness = createHarness();
    const answer = await harness.call('/__sandbox/reset', { method: 'POST', json: { now: 'tomorrow' } });
    expect(answer.status).toBe(422);
    expect((answer.json as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});
