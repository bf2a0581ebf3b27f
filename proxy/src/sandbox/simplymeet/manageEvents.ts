import { Hono } from 'hono';
import type { AvailabilityDay, AvailabilityRequest } from './availability';
import { instantOf } from './availability';
import type { Booked } from './events';
import type { SeedEventType } from './seed';
import { invalid } from './vendorHttp';

interface Deps {
  state: { bookings: Booked[] };
  now: () => number;
  eventTypeById: (id: string) => SeedEventType | undefined;
  availabilityOf: (request: AvailabilityRequest) => AvailabilityDay[];
}

const SCHEDULED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `PUT /panel/api/event/reschedule/{id}` and `PUT /panel/api/event/cancel/{id}` as the text says: empty
 * answers on success, the event's `state`, `cancellation` and `rescheduling` kept, and the old time
 * freed. Assumed where the text is silent (docs/sandbox-simplymeet.md): `start`/`end` are wall-clock
 * times in the invitee's zone, a cancelled event answers 409, a taken new time answers 409.
 */
export function manageEventRoutes(deps: Deps): Hono {
  const app = new Hono();
  const find = (id: string) => deps.state.bookings.find((b) => String(b.id) === id && b.dto);

  app.put('/reschedule/:id{[0-9]+}', async (c) => {
    const booking = find(c.req.param('id'));
    if (!booking?.dto) return c.json({ message: 'Event not found' }, 404);
    if (booking.cancelled) return c.json({ message: 'This event has been cancelled' }, 409);
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const dto = booking.dto;
    const zone = String((dto.invitee as { timezone: string }).timezone);
    const start = str(body?.start);
    const end = str(body?.end);
    const errors: Record<string, string[]> = {};
    if (!SCHEDULED_AT.test(start)) errors.start = ['Expected format Y-m-d H:i:s.'];
    if (!SCHEDULED_AT.test(end)) errors.end = ['Expected format Y-m-d H:i:s.'];
    if (String(body?.eventTypeId ?? '') !== String(booking.eventTypeId)) {
      errors.eventTypeId = ['This is not the event type of the event.'];
    }
    if (Object.keys(errors).length > 0) return c.json(invalid(errors), 422);
    const duration = Number(dto.duration);
    const startMs = instantOf(start, zone);
    if (instantOf(end, zone) - startMs !== duration * 60_000) {
      return c.json(invalid({ end: ['The event keeps its duration.'] }), 422);
    }
    const eventType = deps.eventTypeById(String(booking.eventTypeId)) as SeedEventType;
    // The event's own time does not block its new one (moving by a quarter of an hour is fine).
    const others = deps.state.bookings.filter((b) => b !== booking);
    const day = deps.availabilityOf({
      eventZone: eventType.timezone,
      durationMinutes: duration,
      startDate: start.slice(0, 10),
      endDate: start.slice(0, 10),
      zone,
      bookings: others,
      now: deps.now(),
    })[0];
    const hour = day?.hours.find((h) => h.start === start.slice(11, 16));
    if (!hour) return c.json(invalid({ start: ['This is not a bookable time of this event type.'] }), 422);
    if (!hour.available) return c.json({ message: 'The selected time is no longer available' }, 409);
    const rescheduling = Array.isArray(dto.rescheduling) ? dto.rescheduling : [];
    rescheduling.push({
      id: rescheduling.length + 1,
      rescheduler: 'invitee',
      reason: '',
      previouslyScheduledAt: dto.scheduledAt,
      previousUser: dto.user,
    });
    booking.start = startMs;
    booking.end = startMs + duration * 60_000;
    Object.assign(dto, {
      rescheduling,
      scheduledAt: iso(booking.start),
      endDate: iso(booking.end),
      updatedAt: iso(deps.now()),
    });
    return c.body(null, 204);
  });

  app.put('/cancel/:id{[0-9]+}', async (c) => {
    const booking = find(c.req.param('id'));
    if (!booking?.dto) return c.json({ message: 'Event not found' }, 404);
    if (booking.cancelled) return c.json({ message: 'This event has already been cancelled' }, 409);
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    booking.cancelled = true;
    Object.assign(booking.dto, {
      state: 'canceled',
      canceledAt: iso(deps.now()),
      updatedAt: iso(deps.now()),
      cancellation: { id: booking.id, canceler: 'invitee', reason: str(body?.reason) },
    });
    return c.body(null, 204);
  });
  return app;
}
