import { queryOptions } from '@tanstack/react-query';
import type { Slot } from '../../vendors/simplymeet/availability';
import {
  type EventTypeSummary,
  type SimplyMeetListedEventTypeDto,
  toEventTypeSummaries,
} from '../../vendors/simplymeet/eventTypeList';
import {
  type ManagedBooking,
  type SimplyMeetManagedEventDto,
  toCancelRequest,
  toManagedBooking,
  toRescheduleRequest,
} from '../../vendors/simplymeet/managedBooking';
import type { ConveneClient } from '../createClient';

/** Keys under `['simplymeet']` like the scheduling ones, so one invalidation reaches both. */
export const manageKeys = {
  managedBooking: (eventId: number) => ['simplymeet', 'managed-booking', eventId] as const,
  eventTypeList: () => ['simplymeet', 'event-type-list'] as const,
};

/** The booking a manage token is bound to, as the invitee may see it. */
export function managedBookingQuery(client: ConveneClient, eventId: number) {
  return queryOptions({
    queryKey: manageKeys.managedBooking(eventId),
    queryFn: async ({ signal }): Promise<ManagedBooking> =>
      toManagedBooking(
        await client.request<SimplyMeetManagedEventDto>('GET', `/simplymeet/panel/api/event/${eventId}`, {
          signal,
        }),
      ),
    staleTime: 30_000,
  });
}

/** The site's event types (the proxy keeps to the served ones), narrowed to `only` when given. */
export function eventTypeListQuery(client: ConveneClient, only?: readonly number[]) {
  return queryOptions({
    queryKey: manageKeys.eventTypeList(),
    queryFn: async ({ signal }) =>
      client.request<SimplyMeetListedEventTypeDto[]>('GET', '/simplymeet/panel/api/event-type', { signal }),
    select: (dtos): EventTypeSummary[] => toEventTypeSummaries(dtos, only),
    staleTime: 5 * 60_000,
  });
}

export interface RescheduleVariables {
  booking: ManagedBooking;
  slot: Slot;
  /** One key per confirm: a double click or a retry replays, never moves twice. */
  idempotencyKey: string;
}

export interface CancelVariables {
  booking: ManagedBooking;
  reason: string;
  idempotencyKey: string;
}

export function rescheduleMutation(client: ConveneClient) {
  return {
    mutationKey: ['simplymeet', 'reschedule'] as const,
    mutationFn: async ({ booking, slot, idempotencyKey }: RescheduleVariables): Promise<ManagedBooking> => {
      await client.request<void>('PUT', `/simplymeet/panel/api/event/reschedule/${booking.id}`, {
        body: toRescheduleRequest(booking, slot),
        idempotencyKey,
      });
      const end = new Date(Date.parse(slot.start) + booking.durationMinutes * 60_000).toISOString();
      return { ...booking, start: slot.start, end, revision: booking.revision + 1 };
    },
  };
}

export function cancelMutation(client: ConveneClient) {
  return {
    mutationKey: ['simplymeet', 'cancel'] as const,
    mutationFn: async ({ booking, reason, idempotencyKey }: CancelVariables): Promise<ManagedBooking> => {
      await client.request<void>('PUT', `/simplymeet/panel/api/event/cancel/${booking.id}`, {
        body: toCancelRequest(reason),
        idempotencyKey,
      });
      return { ...booking, status: 'cancelled', revision: booking.revision + 1 };
    },
  };
}
