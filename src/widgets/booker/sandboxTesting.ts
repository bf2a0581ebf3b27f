/**
 * Test-only helpers for stories and browser tests that run against the sandbox proxy (same origin, under
 * `/__convene`). Not exported from the library.
 */
import { createClient } from '../../client/createClient';
import { newIdempotencyKey } from '../../core/ids';
import { instantToZonedParts, monthRange, shiftMonth } from '../../core/time/zoned';
import {
  type SimplyMeetAvailabilityDay,
  type Slot,
  toAvailableDays,
} from '../../vendors/simplymeet/availability';
import { toCreateEventRequest } from '../../vendors/simplymeet/booking';

const PROXY = '/__convene';
const SITE = { 'X-Convene-Site': 'pk_sandbox' };

export interface SimulatorCall {
  vendor: string;
  method: string;
  path: string;
  signed?: boolean;
  body?: unknown;
}

/**
 * The sandbox proxy as a customer's page reaches it: from another origin (localhost <-> 127.0.0.1, both
 * allowed for `pk_sandbox`), so the browser sends `Origin` and CORS applies as on a real site. A same-origin
 * GET carries no `Origin`, which the proxy refuses.
 */
export function sandboxProxyUrl(): string {
  const url = new URL(window.location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${url.origin}${PROXY}`;
}

export function sandboxClient() {
  return createClient({ proxyUrl: sandboxProxyUrl(), siteKey: 'pk_sandbox' });
}

/**
 * Seed data and call log back to the start, so a story never sees another's bookings, with the vendor
 * world put at the page's own clock: a story or test that fixes its clock gets the same calendar every day.
 */
export async function resetSandbox(): Promise<void> {
  const response = await fetch(`${PROXY}/__sandbox/reset`, {
    method: 'POST',
    headers: { ...SITE, 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: new Date().toISOString() }),
  });
  if (!response.ok) throw new Error(`sandbox reset failed: ${response.status}`);
}

/** Makes the SimplyMeet simulator slow or failing for its next `times` calls. */
export async function sandboxFault(fault: {
  status?: number;
  latencyMs?: number;
  times?: number;
}): Promise<void> {
  await fetch(`${PROXY}/__sandbox/faults`, {
    method: 'POST',
    headers: { ...SITE, 'Content-Type': 'application/json' },
    body: JSON.stringify({ vendor: 'simplymeet', ...fault }),
  });
}

export async function simulatorCalls(): Promise<SimulatorCall[]> {
  const response = await fetch(`${PROXY}/__sandbox/calls`, { headers: SITE });
  const { calls } = (await response.json()) as { calls: SimulatorCall[] };
  return calls.filter((call) => call.vendor === 'simplymeet');
}

export function bookingCalls(calls: readonly SimulatorCall[]): SimulatorCall[] {
  return calls.filter((call) => call.method === 'POST' && call.path.split('?')[0] === '/panel/api/event');
}

/** The first free slot from this month on, as the picker would list it in `timeZone`. */
export async function firstFreeSlot(
  eventTypeId: number,
  options: { timeZone: string; durationMinutes: number; durationId?: number; skip?: number },
): Promise<Slot> {
  const client = sandboxClient();
  let month = instantToZonedParts(new Date(), options.timeZone).date.slice(0, 7);
  for (let tries = 0; tries < 3; tries++, month = shiftMonth(month, 1)) {
    const { start, end } = monthRange(month);
    const days = await client.request<SimplyMeetAvailabilityDay[]>(
      'GET',
      `/simplymeet/panel/api/event-type/availability/${eventTypeId}`,
      {
        query: { startDate: start, endDate: end, timezone: options.timeZone, durationId: options.durationId },
      },
    );
    const slots = toAvailableDays(days, options.timeZone, options.durationMinutes).flatMap(
      (day) => day.slots,
    );
    const slot = slots[options.skip ?? 0];
    if (slot) return slot;
  }
  throw new Error('no free slot in the sandbox');
}

/** Someone else books `slot` through the proxy, as a second visitor would. */
export async function bookBehindTheBack(eventTypeId: number, slot: Slot): Promise<void> {
  await sandboxClient().request('POST', '/simplymeet/panel/api/event', {
    idempotencyKey: newIdempotencyKey(),
    body: toCreateEventRequest({
      eventTypeId,
      slot,
      input: { fullName: 'Someone Else', email: 'someone@example.com', answers: {} },
    }),
  });
}

/**
 * Records the booking bodies the widget sends to the proxy (the sandbox call log has method and path but
 * no bodies). ofetch reads `globalThis.fetch` on every call, so patching it here sees every request.
 */
export function recordBookingRequests(): { bodies: unknown[]; restore: () => void } {
  const original = globalThis.fetch;
  const bodies: unknown[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method === 'POST' && /\/simplymeet\/panel\/api\/event(\?|$)/.test(url) && init.body)
      bodies.push(JSON.parse(String(init.body)));
    return original(input, init);
  };
  return {
    bodies,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}
