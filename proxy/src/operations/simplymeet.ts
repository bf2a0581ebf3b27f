import { z } from 'zod';
import { availabilityTextAsIs } from './simplymeetAvailabilityText';
import { cancelEvent, eventTypeList, managedEvent, rescheduleEvent } from './simplymeetManage';
import { bookedEvent } from './simplymeetManageProjections';
import {
  projectAvailability,
  projectEvent,
  projectEventType,
  projectPolicy,
  projectPoll,
} from './simplymeetProjections';
import { availabilityQuery, createEventBody, idSegment, pollResultBody } from './simplymeetSchemas';
import type { MappedError, Operation, OperationContext, OperationInput, PinResult } from './types';

type IdParams = { id: number };
type Availability = z.output<typeof availabilityQuery>;
type CreateEvent = z.output<typeof createEventBody>;
type PollResult = z.output<typeof pollResultBody>;

const idParams = z.strictObject({ id: idSegment });
const noParams = z.strictObject({});

/** Only the event types the site serves; a secret one stays secret even when its id is guessed. */
function servesEventType(eventType: number, field: string, { site }: OperationContext) {
  if (site.simplymeet?.eventTypes.includes(eventType)) return undefined;
  return { ok: false as const, field, message: 'This site does not offer this event type.' };
}

function pinEventTypeParam<I extends OperationInput<IdParams>>(
  input: I,
  context: OperationContext,
): PinResult<I> {
  return servesEventType(input.params.id, 'id', context) ?? { ok: true, input };
}

/** The vendor's own words for the states a widget explains in the visitor's language. */
const reasonOf = (body: unknown) => String((body as { message?: unknown } | undefined)?.message ?? '');

const eventType: Operation<IdParams> = {
  id: 'simplymeet.eventType',
  vendor: 'simplymeet',
  method: 'GET',
  path: '/panel/api/event-type/{id}',
  params: idParams,
  access: 'public',
  pin: pinEventTypeParam,
  cache: { ttl: 'eventTypes', tag: ({ params }) => `simplymeet:eventType:${params.id}` },
  rateLimit: 'read',
  project: projectEventType,
};

const availability: Operation<IdParams, Availability> = {
  id: 'simplymeet.availability',
  vendor: 'simplymeet',
  method: 'GET',
  path: '/panel/api/event-type/availability/{id}',
  params: idParams,
  query: availabilityQuery,
  access: 'public',
  pin: pinEventTypeParam,
  vendorQuery: ({ query }) => {
    const out = new URLSearchParams({
      startDate: query.startDate,
      endDate: query.endDate,
      timezone: query.timezone,
    });
    if (query.durationId !== undefined) out.set('durationId', String(query.durationId));
    if (query.userId !== undefined) out.set('userId', String(query.userId));
    return out;
  },
  // Short: a slot taken elsewhere shows as free for at most this long, and the vendor refuses it anyway.
  cache: { ttl: 'availability', tag: ({ params }) => `simplymeet:availability:${params.id}` },
  rateLimit: 'read',
  project: projectAvailability,
  projectedText: availabilityTextAsIs,
};

const createEvent: Operation<Record<string, never>, Record<string, never>, CreateEvent> = {
  id: 'simplymeet.createEvent',
  vendor: 'simplymeet',
  method: 'POST',
  path: '/panel/api/event',
  params: noParams,
  body: createEventBody,
  access: 'public',
  pin: (input, context) => servesEventType(input.body.eventType, 'eventType', context) ?? { ok: true, input },
  idempotent: true,
  invalidates: ({ body }) => [`simplymeet:availability:${body.eventType}`],
  rateLimit: 'write',
  project: projectEvent,
  grantsManage: bookedEvent,
  mapError: (status): MappedError | undefined =>
    status === 409
      ? {
          status: 409,
          code: 'conflict',
          message: 'This time is no longer available.',
          details: { reason: 'slot_taken' },
        }
      : undefined,
};

const policy = (which: 'user' | 'organization'): Operation => ({
  id: `simplymeet.${which}CancellationPolicy`,
  vendor: 'simplymeet',
  method: 'GET',
  path: `/panel/api/${which}-cancellation-policy`,
  params: noParams,
  access: 'public',
  cache: { ttl: 'cancellationPolicies', tag: () => 'simplymeet:cancellationPolicy' },
  rateLimit: 'read',
  project: projectPolicy,
});

const poll: Operation<IdParams> = {
  id: 'simplymeet.poll',
  vendor: 'simplymeet',
  method: 'GET',
  path: '/panel/api/poll/{id}',
  params: idParams,
  access: 'public',
  pin: (input, { site }) =>
    site.simplymeet?.polls.some((p) => p.id === input.params.id)
      ? { ok: true, input }
      : { ok: false, field: 'id', message: 'This site does not offer this poll.' },
  rateLimit: 'read',
  project: projectPoll,
};

const pollResult: Operation<Record<string, never>, Record<string, never>, PollResult> = {
  id: 'simplymeet.pollResult',
  vendor: 'simplymeet',
  method: 'POST',
  path: '/panel/api/poll/poll-result',
  params: noParams,
  body: pollResultBody,
  access: 'public',
  // A vote names its poll only by uuid: the site lists its polls' uuids, so no extra vendor call.
  pin: (input, { site }) =>
    site.simplymeet?.polls.some((p) => p.uuid === input.body.uuid)
      ? { ok: true, input }
      : { ok: false, field: 'uuid', message: 'This site does not offer this poll.' },
  idempotent: true,
  rateLimit: 'vote',
  project: () => ({ voted: true }),
  mapError: (status, body): MappedError | undefined => {
    if (status === 409) {
      return {
        status: 409,
        code: 'conflict',
        message: 'This e-mail address has already voted.',
        details: { reason: 'already_voted' },
      };
    }
    if (status === 422 && /closed/i.test(reasonOf(body))) {
      return {
        status: 422,
        code: 'invalid_request',
        message: 'This poll is closed.',
        details: { reason: 'poll_closed' },
      };
    }
    return undefined;
  },
};

export const simplymeetOperations: Operation[] = [
  eventType,
  availability,
  createEvent,
  policy('user'),
  policy('organization'),
  poll,
  pollResult,
  managedEvent,
  rescheduleEvent,
  cancelEvent,
  eventTypeList,
];
