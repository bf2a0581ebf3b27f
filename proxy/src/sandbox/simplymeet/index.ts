import { Hono } from 'hono';
import type { Simulator, SimulatorOptions } from '../types';
import { computeAvailability, instantOf } from './availability';
import { type Booked, bookingRoutes } from './events';
import { manageEventRoutes } from './manageEvents';
import { isClosed, pollDto, seedPolls } from './polls';
import {
  cancellationPolicies,
  eventTypeDto,
  SIMPLYMEET_API_KEY,
  SIMPLYMEET_SEED,
  seedEventTypes,
} from './seed';
import { invalid, page, validTimeZone } from './vendorHttp';

export { SIMPLYMEET_SEED } from './seed';

const DAY = 24 * 3600 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * SimplyMeet (vendors/simplymeet.txt) for the sandbox: event types, availability computed from weekly
 * hours in the event type's zone (DST-correct), existing bookings and the duration; bookings that refuse
 * a taken slot; polls that keep results; cancellation policies. Assumed shapes where the text is silent:
 * docs/sandbox-simplymeet.md.
 */
export interface SimplymeetSimulator extends Simulator {
  /** When a booked event starts, so the sandbox mints its manage token like the proxy does. */
  eventStart(id: number): Date | undefined;
}

export function createSimplymeetSimulator(options: SimulatorOptions = {}): SimplymeetSimulator {
  const now = () => (options.now?.() ?? new Date()).getTime();
  const state = { bookings: [] as Booked[], polls: seedPolls(now()), nextEventId: 1000 };
  const reset = () => {
    state.bookings = seedBookings(now());
    state.polls = seedPolls(now());
    state.nextEventId = 1000;
  };
  reset();

  const isSigned = (request: Request) => request.headers.get('x-api-key') === SIMPLYMEET_API_KEY;
  const eventTypeById = (id: string) => seedEventTypes.find((eventType) => String(eventType.id) === id);
  // The text writes the event list as `/panel/api/event/`: a trailing slash is accepted like the vendor's router.
  const app = new Hono({ strict: false });

  app.use('*', async (c, next) => {
    if (!isSigned(c.req.raw)) return c.json({ message: 'Unauthorized' }, 401);
    await next();
  });

  app.get('/panel/api/event-type/:id{[0-9]+}', (c) => {
    const eventType = eventTypeById(c.req.param('id'));
    return eventType ? c.json(eventTypeDto(eventType)) : c.json({ message: 'Event type not found' }, 404);
  });

  app.get('/panel/api/event-type/availability/:id{[0-9]+}', (c) => {
    const eventType = eventTypeById(c.req.param('id'));
    if (!eventType) return c.json({ message: 'Event type not found' }, 404);
    const { startDate = '', endDate = '', timezone = '', durationId } = c.req.query();
    const errors: Record<string, string[]> = {};
    if (!ISO_DATE.test(startDate)) errors.startDate = ['This value is not a valid date.'];
    if (!ISO_DATE.test(endDate)) errors.endDate = ['This value is not a valid date.'];
    if (!validTimeZone(timezone)) errors.timezone = ['This value is not a valid timezone.'];
    const span = (Date.parse(endDate) - Date.parse(startDate)) / DAY;
    if (!errors.startDate && !errors.endDate && !(span >= 0 && span < 62)) {
      errors.endDate = ['The period must be between 1 and 62 days.'];
    }
    const duration = durationOf(eventType, durationId);
    if (duration === undefined) errors.durationId = ['This duration does not belong to the event type.'];
    if (Object.keys(errors).length > 0) return c.json(invalid(errors), 422);
    return c.json(
      computeAvailability({
        eventZone: eventType.timezone,
        durationMinutes: duration as number,
        startDate,
        endDate,
        zone: timezone,
        bookings: state.bookings,
        now: now(),
      }),
    );
  });

  // The list has no filter the widgets need; the text's `page` / `onPage` apply.
  app.get('/panel/api/event-type', (c) => c.json(page(seedEventTypes.map(eventTypeDto), c.req.query())));

  app.route(
    '/panel/api/event',
    manageEventRoutes({ state, now, eventTypeById, availabilityOf: computeAvailability }),
  );
  app.route(
    '/panel/api/event',
    bookingRoutes({ state, now, eventTypeById, durationOf, availabilityOf: computeAvailability }),
  );

  app.get('/panel/api/user-cancellation-policy', (c) => c.json(cancellationPolicies.user));
  app.get('/panel/api/organization-cancellation-policy', (c) => c.json(cancellationPolicies.organization));

  app.get('/panel/api/poll', (c) => c.json(page(state.polls.map(pollDto), c.req.query())));
  app.get('/panel/api/poll/:id{[0-9]+}', (c) => {
    const poll = state.polls.find((p) => String(p.id) === c.req.param('id'));
    return poll ? c.json(pollDto(poll)) : c.json({ message: 'Poll not found' }, 404);
  });
  app.post('/panel/api/poll/poll-result', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const poll = state.polls.find((p) => p.uuid === body?.uuid);
    if (!body || !poll) return c.json({ message: 'Poll not found' }, 404);
    if (isClosed(poll, now())) return c.json({ message: 'This poll is closed' }, 422);
    const errors: Record<string, string[]> = {};
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      errors.email = ['This value is not a valid email address.'];
    const chosen = Array.isArray(body.availability) ? body.availability : [];
    const options = chosen.map((id) => poll.availability.find((option) => option.id === id));
    if (chosen.length === 0 || options.some((option) => !option)) {
      errors.availability = ['Choose one or more of the poll’s options.'];
    }
    if (Object.keys(errors).length > 0) return c.json(invalid(errors), 422);
    const voted = poll.availability.some((option) =>
      option.results.some((result) => result.email.toLowerCase() === email.toLowerCase()),
    );
    if (voted) return c.json({ message: 'This email has already voted' }, 409);
    const comment = typeof body.comment === 'string' ? body.comment : '';
    for (const option of options) option?.results.push({ email, comment });
    return c.body(null, 204);
  });

  app.notFound((c) => c.json({ message: 'Not Found' }, 404));

  return {
    vendor: 'simplymeet',
    app,
    credentials: { apiKey: SIMPLYMEET_API_KEY },
    isSigned,
    seed: () => ({
      eventTypes: SIMPLYMEET_SEED.eventTypes,
      poll: SIMPLYMEET_SEED.polls.visible,
      polls: Object.fromEntries(Object.entries(SIMPLYMEET_SEED.polls).map(([name, poll]) => [name, poll.id])),
      sitePins: {
        eventTypes: [SIMPLYMEET_SEED.eventTypes.fixed, SIMPLYMEET_SEED.eventTypes.flexible],
        polls: Object.values(SIMPLYMEET_SEED.polls).map(({ id, uuid }) => ({ id, uuid })),
      },
    }),
    reset,
    eventStart: (id: number) => {
      const booking = state.bookings.find((b) => b.id === id && b.dto);
      return booking ? new Date(booking.start) : undefined;
    },
  };
}

function durationOf(
  eventType: (typeof seedEventTypes)[number],
  durationId: string | undefined,
): number | undefined {
  if (eventType.durationType === 'fixed') return durationId ? undefined : eventType.duration;
  if (!durationId) return eventType.eventTypeDurations[0]?.duration;
  return eventType.eventTypeDurations.find((d) => String(d.id) === durationId)?.duration;
}

/** A few bookings on the next weekdays at 10:00 and 14:00 Amsterdam time, so some slots are taken. */
function seedBookings(now: number): Booked[] {
  const bookings: Booked[] = [];
  for (let offset = 1, made = 0; made < 3 && offset < 10; offset += 1) {
    const date = new Date(now + offset * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    made += 1;
    const day = date.toISOString().slice(0, 10);
    for (const time of ['10:00:00', '14:00:00']) {
      const start = instantOf(`${day} ${time}`, 'Europe/Amsterdam');
      bookings.push({
        id: 900 + bookings.length,
        uuid: `seed-${bookings.length}`,
        eventTypeId: 1,
        start,
        end: start + 30 * 60_000,
        dto: undefined,
      });
    }
  }
  return bookings;
}
