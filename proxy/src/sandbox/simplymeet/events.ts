import { Hono } from 'hono';
import type { AvailabilityDay, AvailabilityRequest } from './availability';
import { instantOf } from './availability';
import { eventTypeDto, owner, type SeedEventType } from './seed';
import { invalid, page, validTimeZone } from './vendorHttp';

export interface Booked {
  id: number;
  uuid: string;
  eventTypeId: number;
  start: number;
  end: number;
  /** The vendor's EventDTO; seed bookings have none (they only block time). */
  dto: Record<string, unknown> | undefined;
  /** Cancelled through the API: the event stays readable, its time is free again. */
  cancelled?: boolean | undefined;
}

interface Deps {
  state: { bookings: Booked[]; nextEventId: number };
  now: () => number;
  eventTypeById: (id: string) => SeedEventType | undefined;
  durationOf: (eventType: SeedEventType, durationId: string | undefined) => number | undefined;
  availabilityOf: (request: AvailabilityRequest) => AvailabilityDay[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCHEDULED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** `/panel/api/event`: create (refusing a taken slot with 409), get one, list with pagination. */
export function bookingRoutes(deps: Deps): Hono {
  const app = new Hono();

  app.post('/', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    if (!body) return c.json(invalid({ body: ['A JSON body is required.'] }), 422);
    const eventType = deps.eventTypeById(String(body.eventType ?? ''));
    if (!eventType) return c.json(invalid({ eventType: ['This event type does not exist.'] }), 422);
    const invitee = (body.invitee ?? {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    if (!str(invitee.fullName)) errors['invitee.fullName'] = ['This value should not be blank.'];
    if (!EMAIL.test(str(invitee.email)))
      errors['invitee.email'] = ['This value is not a valid email address.'];
    const zone = str(invitee.timezone);
    if (!validTimeZone(zone)) errors['invitee.timezone'] = ['This value is not a valid timezone.'];
    if (eventType.isPhoneFieldRequired && !str(invitee.phoneNumber)) {
      errors['invitee.phoneNumber'] = ['This value should not be blank.'];
    }
    const answers = Array.isArray(body.answers)
      ? (body.answers as { question?: unknown; value?: unknown }[])
      : [];
    for (const question of eventType.questions.filter((q) => q.required)) {
      if (!answers.some((answer) => answer.question === question.uuid && str(answer.value))) {
        errors[`answers.${question.uuid}`] = ['This question is required.'];
      }
    }
    const durationId = body.durationId === undefined ? undefined : String(body.durationId);
    const duration = deps.durationOf(eventType, durationId);
    if (duration === undefined) errors.durationId = ['This duration does not belong to the event type.'];
    if (eventType.locationType === 'request') {
      const offered = eventType.eventTypeRequestLocationTypes.map((t) => t.locationType);
      if (!offered.includes(str(body.locationType)))
        errors.locationType = ['Choose one of the offered locations.'];
    }
    const scheduledAt = str(body.scheduledAt);
    if (!SCHEDULED_AT.test(scheduledAt)) errors.scheduledAt = ['Expected format Y-m-d H:i:s.'];
    if (Object.keys(errors).length > 0) return c.json(invalid(errors), 422);

    // The requested wall-clock time must be a slot start of that day in the invitee's zone.
    const day = deps.availabilityOf({
      eventZone: eventType.timezone,
      durationMinutes: duration as number,
      startDate: scheduledAt.slice(0, 10),
      endDate: scheduledAt.slice(0, 10),
      zone,
      bookings: deps.state.bookings,
      now: deps.now(),
    })[0];
    const hour = day?.hours.find((h) => h.start === scheduledAt.slice(11, 16));
    if (!hour)
      return c.json(invalid({ scheduledAt: ['This is not a bookable time of this event type.'] }), 422);
    if (!hour.available) return c.json({ message: 'The selected time is no longer available' }, 409);

    const start = instantOf(scheduledAt, zone);
    const end = start + (duration as number) * 60_000;
    deps.state.nextEventId += 1;
    const id = deps.state.nextEventId;
    const uuid = `ev-${id}-${start.toString(36)}`;
    const participants = Array.isArray(body.participants) ? (body.participants as { email?: unknown }[]) : [];
    const dto = {
      id,
      uuid,
      user: owner,
      eventType: eventTypeDto(eventType),
      invitee: {
        id,
        email: str(invitee.email),
        fullName: str(invitee.fullName),
        timezone: zone,
        phoneNumber: str(invitee.phoneNumber) || null,
        locale: str(invitee.locale) || null,
        cancellationPolicy: str(invitee.cancellationPolicy) || null,
      },
      cancellation: null,
      participants: participants.map((p, i) => ({
        id: i + 1,
        email: str(p.email),
        createdAt: new Date(deps.now()).toISOString(),
      })),
      answers: answers.map((answer, i) => {
        const question = eventType.questions.find((q) => q.uuid === answer.question);
        return {
          id: i + 1,
          questionLabel: question?.label ?? '',
          questionType: question?.type ?? 'text',
          value: str(answer.value),
          plainValue: str(answer.value),
          questionUuid: answer.question,
        };
      }),
      rescheduling: [],
      payment: null,
      createdAt: new Date(deps.now()).toISOString(),
      updatedAt: new Date(deps.now()).toISOString(),
      scheduledAt: new Date(start).toISOString(),
      endDate: new Date(end).toISOString(),
      canceledAt: null,
      state: 'active',
      notes: null,
      details: null,
      location: str(body.location) || eventType.location,
      locationType: str(body.locationType) || eventType.locationType,
      onlineEventId: null,
      duration,
      users: [owner],
    };
    deps.state.bookings.push({ id, uuid, eventTypeId: eventType.id, start, end, dto });
    return c.json(dto, 201);
  });

  app.get('/', (c) =>
    c.json(
      page(
        deps.state.bookings.flatMap((b) => (b.dto ? [b.dto] : [])),
        c.req.query(),
      ),
    ),
  );
  app.get('/:id{[0-9]+}', (c) => {
    const booking = deps.state.bookings.find((b) => String(b.id) === c.req.param('id') && b.dto);
    return booking ? c.json(booking.dto) : c.json({ message: 'Event not found' }, 404);
  });
  return app;
}
