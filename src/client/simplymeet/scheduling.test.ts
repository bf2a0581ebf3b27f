import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ConveneClient } from '../createClient';
import { availabilityQuery, bookingMutation, schedulingKeys } from './scheduling';

function fakeClient(response: unknown) {
  const request = vi.fn(async () => response);
  const client: ConveneClient = {
    proxyUrl: 'http://proxy.test',
    siteKey: 'pk_test',
    request: request as ConveneClient['request'],
  };
  return { client, request };
}

describe('availabilityQuery', () => {
  it('asks the vendor for one whole month in the visitor zone and returns slot instants', async () => {
    const { client, request } = fakeClient([
      { date: '2026-12-01', available: true, hours: [{ start: '03:00', available: true }] },
    ]);
    const options = availabilityQuery(client, 2, {
      month: '2026-12',
      timeZone: 'America/New_York',
      durationId: 22,
      durationMinutes: 60,
    });
    expect(options.queryKey).toEqual([
      'simplymeet',
      'availability',
      2,
      { month: '2026-12', timeZone: 'America/New_York', durationId: 22 },
    ]);
    expect(options.queryKey.slice(0, 3)).toEqual([...schedulingKeys.availabilityOf(2)]);

    const days = await new QueryClient().fetchQuery(options);
    expect(request).toHaveBeenCalledWith('GET', '/simplymeet/panel/api/event-type/availability/2', {
      query: { startDate: '2026-12-01', endDate: '2026-12-31', timezone: 'America/New_York', durationId: 22 },
      signal: expect.any(AbortSignal),
    });
    expect(days[0]?.slots).toEqual([
      { start: '2026-12-01T08:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 60 },
    ]);
  });
});

describe('bookingMutation', () => {
  it('posts the vendor request with the attempt idempotency key', async () => {
    const { client, request } = fakeClient({ id: 7 });
    await bookingMutation(client).mutationFn({
      eventTypeId: 1,
      idempotencyKey: 'attempt-1',
      slot: { start: '2026-12-01T08:00:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 30 },
      input: { fullName: 'Ada', email: 'ada@example.com', answers: {} },
    });
    expect(request).toHaveBeenCalledWith('POST', '/simplymeet/panel/api/event', {
      idempotencyKey: 'attempt-1',
      body: expect.objectContaining({ scheduledAt: '2026-12-01 09:00:00', eventType: 1 }),
    });
  });
});
