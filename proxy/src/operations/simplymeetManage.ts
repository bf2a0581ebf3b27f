import type { z } from 'zod';
import { z as zod } from 'zod';
import { isCancelled, projectEventTypeList, projectManagedEvent } from './simplymeetManageProjections';
import { cancelEventBody, idSegment, rescheduleEventBody } from './simplymeetSchemas';
import type { MappedError, Operation, OperationContext, OperationInput } from './types';

/**
 * Managing one booking with its `booking:manage` token (bound to `event`), and the site's event type
 * list. The path parameter is named `event` so the token's binding applies to it.
 */
type EventParams = { event: number; eventType?: number };
type Reschedule = z.output<typeof rescheduleEventBody>;
type Cancel = z.output<typeof cancelEventBody>;
type ManageInput<B> = OperationInput<EventParams, Record<string, never>, B>;

const eventParams = zod.strictObject({ event: idSegment });
const manageAccess = { scope: 'booking:manage' } as const;
const obj = (value: unknown) =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const alreadyCancelled: MappedError = {
  status: 409,
  code: 'conflict',
  message: 'This booking has already been cancelled.',
  details: { reason: 'already_cancelled' },
};

const slotTaken: MappedError = {
  status: 409,
  code: 'conflict',
  message: 'This time is no longer available.',
  details: { reason: 'slot_taken' },
};

/**
 * Read the event first: a cancelled one is refused before any write, and the event type (which a
 * reschedule keeps and the availability cache is tagged with) comes from the event, not the browser.
 */
function settleOnEvent<B>(
  keepType: (input: ManageInput<B>, eventType: number) => ManageInput<B> | MappedError,
) {
  return (found: unknown, input: ManageInput<B>, { site }: OperationContext) => {
    if (isCancelled(found)) return { ok: false as const, error: alreadyCancelled };
    const eventType = Number(obj(obj(found).eventType).id);
    if (!site.simplymeet?.eventTypes.includes(eventType)) {
      return {
        ok: false as const,
        error: {
          status: 403,
          code: 'scope_denied',
          message: 'This site does not offer this event type.',
        } satisfies MappedError,
      };
    }
    const settled = keepType({ ...input, params: { ...input.params, eventType } }, eventType);
    return 'status' in settled
      ? { ok: false as const, error: settled }
      : { ok: true as const, input: settled };
  };
}

const eventLookup = { path: ({ params }: ManageInput<unknown>) => `/panel/api/event/${params.event}` };
const availabilityTag = ({ params }: ManageInput<unknown>) =>
  params.eventType === undefined ? [] : [`simplymeet:availability:${params.eventType}`];

export const managedEvent: Operation<EventParams> = {
  id: 'simplymeet.managedEvent',
  vendor: 'simplymeet',
  method: 'GET',
  path: '/panel/api/event/{event}',
  params: eventParams,
  access: manageAccess,
  requiresBinding: ['event'],
  rateLimit: 'read',
  project: projectManagedEvent,
};

export const rescheduleEvent: Operation<EventParams, Record<string, never>, Reschedule> = {
  id: 'simplymeet.rescheduleEvent',
  vendor: 'simplymeet',
  method: 'PUT',
  path: '/panel/api/event/reschedule/{event}',
  params: eventParams,
  body: rescheduleEventBody,
  access: manageAccess,
  requiresBinding: ['event'],
  lookup: {
    ...eventLookup,
    settle: settleOnEvent<Reschedule>((input, eventType) =>
      input.body.eventTypeId !== undefined && input.body.eventTypeId !== eventType
        ? {
            status: 422,
            code: 'invalid_request',
            message: 'A reschedule keeps the event type.',
            details: {
              field: 'eventTypeId',
              issues: [{ path: 'eventTypeId', message: 'not this event’s type' }],
            },
          }
        : { ...input, body: { ...input.body, eventTypeId: eventType } },
    ),
  },
  // `userId` is never the browser's to choose: the vendor keeps the event's host.
  vendorBody: ({ body }) => ({ start: body.start, end: body.end, eventTypeId: body.eventTypeId }),
  idempotent: true,
  invalidates: availabilityTag,
  rateLimit: 'write',
  project: () => ({ rescheduled: true }),
  mapError: (status, body) =>
    status === 409 ? (isCancelledMessage(body) ? alreadyCancelled : slotTaken) : undefined,
};

export const cancelEvent: Operation<EventParams, Record<string, never>, Cancel> = {
  id: 'simplymeet.cancelEvent',
  vendor: 'simplymeet',
  method: 'PUT',
  path: '/panel/api/event/cancel/{event}',
  params: eventParams,
  body: cancelEventBody,
  access: manageAccess,
  requiresBinding: ['event'],
  lookup: { ...eventLookup, settle: settleOnEvent<Cancel>((input) => input) },
  vendorBody: ({ body }) => ({ reason: body.reason ?? '' }),
  idempotent: true,
  invalidates: availabilityTag,
  rateLimit: 'write',
  project: () => ({ cancelled: true }),
  mapError: (status) => (status === 409 ? alreadyCancelled : undefined),
};

export const eventTypeList: Operation<Record<string, never>> = {
  id: 'simplymeet.eventTypeList',
  vendor: 'simplymeet',
  method: 'GET',
  path: '/panel/api/event-type',
  params: zod.strictObject({}),
  access: 'public',
  // One page of the vendor's largest size; a site serves far fewer event types than that.
  vendorQuery: () => new URLSearchParams({ page: '1', onPage: '100' }),
  cache: { ttl: 'eventTypes', tag: () => 'simplymeet:eventTypeList' },
  rateLimit: 'read',
  project: (body, _input, { site }) => projectEventTypeList(body, site.simplymeet?.eventTypes ?? []),
};

function isCancelledMessage(body: unknown): boolean {
  return /cancel/i.test(String(obj(body).message ?? ''));
}
