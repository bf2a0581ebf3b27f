/**
 * Test-only: bookings with their manage tokens, and sandbox-minted tokens, for the manage stories and
 * browser tests. Runs against the sandbox proxy like src/widgets/booker/sandboxTesting.ts.
 */
import { QueryClient } from '@tanstack/react-query';
import type { BookedEvent } from '../src/client/simplymeet/scheduling';
import { newIdempotencyKey } from '../src/core/ids';
import { monthRange } from '../src/core/time/zoned';
import {
  type SimplyMeetAvailabilityDay,
  type Slot,
  toAvailableDays,
} from '../src/vendors/simplymeet/availability';
import { toCreateEventRequest } from '../src/vendors/simplymeet/booking';
import { firstFreeSlot, sandboxClient, sandboxFault } from '../src/widgets/booker/sandboxTesting';

const PROXY = '/__convene';

export type ManagedFixture = { booking: BookedEvent & { manage: { token: string } }; slot: Slot };

/** Books the `skip`-th free slot of the fixed event type (Amsterdam) and returns it with its manage token. */
export async function bookWithManageToken(skip = 0, eventTypeId = 1): Promise<ManagedFixture> {
  const slot = await firstFreeSlot(eventTypeId, { timeZone: 'Europe/Amsterdam', durationMinutes: 30, skip });
  const booking = await sandboxClient().request<BookedEvent>('POST', '/simplymeet/panel/api/event', {
    idempotencyKey: newIdempotencyKey(),
    body: toCreateEventRequest({
      eventTypeId,
      slot,
      input: { fullName: 'Ada Lovelace', email: 'ada@example.com', answers: {} },
    }),
  });
  if (!booking.manage) throw new Error('the booking answer carried no manage token');
  return { booking: booking as ManagedFixture['booking'], slot };
}

/** Cancels a booking through the proxy with its own token, as the visitor did in another tab. */
export async function cancelBehindTheBack(fixture: ManagedFixture): Promise<void> {
  const client = sandboxClient().withToken?.(fixture.booking.manage.token);
  await client?.request('PUT', `/simplymeet/panel/api/event/cancel/${fixture.booking.id}`, {
    body: { reason: 'changed my mind' },
    idempotencyKey: newIdempotencyKey(),
  });
}

/** `POST /__sandbox/token`, e.g. `{ scopes: ['booking:manage'], bind: { event: 1 }, issuedAt }`. */
export async function sandboxToken(request: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${PROXY}/__sandbox/token`, {
    method: 'POST',
    headers: { 'X-Convene-Site': 'pk_sandbox', 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`sandbox token failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A manage token for `event` that expired an hour ago (minted as of two hours back). */
export function expiredManageToken(event: number): Promise<string> {
  return sandboxToken({
    scopes: ['booking:manage'],
    bind: { event },
    ttlSeconds: 3600,
    issuedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  });
}

/** The first free slot on a given day (Amsterdam), as the picker lists it first. */
export async function firstFreeSlotOn(date: string, eventTypeId = 1): Promise<Slot> {
  const { start, end } = monthRange(date.slice(0, 7));
  const days = await sandboxClient().request<SimplyMeetAvailabilityDay[]>(
    'GET',
    `/simplymeet/panel/api/event-type/availability/${eventTypeId}`,
    { query: { startDate: start, endDate: end, timezone: 'Europe/Amsterdam' } },
  );
  const slot = toAvailableDays(days, 'Europe/Amsterdam', 30).find((day) => day.date === date)?.slots[0];
  if (!slot) throw new Error(`no free slot on ${date}`);
  return slot;
}

/**
 * Makes the SimplyMeet simulator fail the next read (the proxy retries a GET once: two failures) and
 * gives the story a query client that does not retry, so the error shows at once.
 */
export async function vendorDownForOneRead() {
  await sandboxFault({ status: 503, times: 2 });
  return { convene: { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) } };
}
