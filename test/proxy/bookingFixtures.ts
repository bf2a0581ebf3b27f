import { expect } from 'vitest';
import type { Harness } from './harness';

interface Day {
  date: string;
  available: boolean;
  hours: { start: string; available: boolean }[];
}

/** The first free slot of an event type in the next two months, as the vendor shows it (wall clock in `zone`). */
export async function firstFreeSlot(harness: Harness, eventTypeId: number, zone = 'Europe/Amsterdam') {
  const start = new Date();
  const end = new Date(start.getTime() + 55 * 24 * 3600 * 1000);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const answer = await harness.call(
    `/simplymeet/panel/api/event-type/availability/${eventTypeId}?startDate=${iso(start)}&endDate=${iso(end)}&timezone=${encodeURIComponent(zone)}`,
  );
  expect(answer.status).toBe(200);
  for (const day of answer.json as Day[]) {
    const hour = day.hours.find((h) => h.available);
    if (hour) return { date: day.date, start: hour.start, scheduledAt: `${day.date} ${hour.start}:00` };
  }
  throw new Error('no free slot in the sandbox');
}

/** A booking request for the fixed event type, valid as the vendor text describes it. */
export function bookingBody(eventTypeId: number, scheduledAt: string, email = 'visitor@example.com') {
  return {
    eventType: eventTypeId,
    scheduledAt,
    invitee: { fullName: 'Visiting Person', email, timezone: 'Europe/Amsterdam' },
    answers: [],
    participants: [],
  };
}
