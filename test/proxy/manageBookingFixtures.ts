import { expect } from 'vitest';
import { bookingBody, firstFreeSlot } from './bookingFixtures';
import type { Harness } from './harness';

export interface Booked {
  id: number;
  scheduledAt: string;
  manage: { token: string; expiresAt: string };
}

interface Day {
  date: string;
  hours: { start: string; available: boolean }[];
}

let keys = 0;
export const nextKey = () => `manage-test-key-${++keys}-${Date.now()}`;

/** Books the first free slot of an event type through the proxy; the answer carries its manage token. */
export async function book(harness: Harness, eventType: number): Promise<Booked & { slot: string }> {
  const slot = await firstFreeSlot(harness, eventType);
  const answer = await harness.call('/simplymeet/panel/api/event', {
    json: bookingBody(eventType, slot.scheduledAt),
    idempotencyKey: nextKey(),
  });
  expect(answer.status).toBe(201);
  return { ...(answer.json as Booked), slot: slot.scheduledAt };
}

/** The vendor's hours of one day for an event type, wall clock in Amsterdam. */
export async function hoursOn(harness: Harness, eventType: number, date: string) {
  const answer = await harness.call(
    `/simplymeet/panel/api/event-type/availability/${eventType}?startDate=${date}&endDate=${date}&timezone=Europe%2FAmsterdam`,
  );
  expect(answer.status).toBe(200);
  return (answer.json as Day[])[0]?.hours ?? [];
}

/** "Y-m-d H:i:s" plus minutes, on the same day (the sandbox's slots never cross midnight). */
export function plusMinutes(wallClock: string, minutes: number): string {
  const [h, m] = wallClock.slice(11, 16).split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wallClock.slice(0, 10)} ${pad(Math.floor(total / 60))}:${pad(total % 60)}:00`;
}

export const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as Record<string, unknown>;
