import { queryOptions } from '@tanstack/react-query';
import { type IsoMonth, monthRange } from '../../core/time/zoned';
import {
  type AvailableDay,
  type SimplyMeetAvailabilityDay,
  type Slot,
  toAvailableDays,
} from '../../vendors/simplymeet/availability';
import { type BookingInput, toCreateEventRequest } from '../../vendors/simplymeet/booking';
import {
  applicableCancellationPolicy,
  type CancellationPolicy,
  type SimplyMeetCancellationPolicyDto,
} from '../../vendors/simplymeet/cancellationPolicy';
import { type EventType, type SimplyMeetEventTypeDto, toEventType } from '../../vendors/simplymeet/eventType';
import type { ConveneClient } from '../createClient';

/** Query keys go general -> specific so `['simplymeet']` or `['simplymeet','availability', id]` invalidate groups. */
export const schedulingKeys = {
  all: ['simplymeet'] as const,
  eventType: (eventTypeId: number) => ['simplymeet', 'event-type', eventTypeId] as const,
  cancellationPolicy: () => ['simplymeet', 'cancellation-policy'] as const,
  availabilityOf: (eventTypeId: number) => ['simplymeet', 'availability', eventTypeId] as const,
  availability: (
    eventTypeId: number,
    params: { month: IsoMonth; timeZone: string; durationId?: number | undefined },
  ) => ['simplymeet', 'availability', eventTypeId, params] as const,
};

export function eventTypeQuery(client: ConveneClient, eventTypeId: number) {
  return queryOptions({
    queryKey: schedulingKeys.eventType(eventTypeId),
    queryFn: async ({ signal }): Promise<EventType> =>
      toEventType(
        await client.request<SimplyMeetEventTypeDto>(
          'GET',
          `/simplymeet/panel/api/event-type/${eventTypeId}`,
          { signal },
        ),
      ),
    staleTime: 5 * 60_000,
  });
}

export function availabilityQuery(
  client: ConveneClient,
  eventTypeId: number,
  params: { month: IsoMonth; timeZone: string; durationId?: number | undefined; durationMinutes: number },
) {
  const { month, timeZone, durationId, durationMinutes } = params;
  const { start, end } = monthRange(month);
  return queryOptions({
    queryKey: schedulingKeys.availability(eventTypeId, { month, timeZone, durationId }),
    queryFn: async ({ signal }): Promise<AvailableDay[]> => {
      const days = await client.request<SimplyMeetAvailabilityDay[]>(
        'GET',
        `/simplymeet/panel/api/event-type/availability/${eventTypeId}`,
        { query: { startDate: start, endDate: end, timezone: timeZone, durationId }, signal },
      );
      return toAvailableDays(days, timeZone, durationMinutes);
    },
    // Slots get taken by others: keep them fresh-ish, the booking 409 path covers the rest.
    staleTime: 30_000,
  });
}

/**
 * The cancellation policy the visitor must accept, or null. Both the host's and the organization's are read
 * because which one applies depends on the organization's `overwrite_personal`.
 */
export function cancellationPolicyQuery(client: ConveneClient) {
  return queryOptions({
    queryKey: schedulingKeys.cancellationPolicy(),
    queryFn: async ({ signal }): Promise<CancellationPolicy | null> => {
      const [user, organization] = await Promise.all([
        client.request<SimplyMeetCancellationPolicyDto>(
          'GET',
          '/simplymeet/panel/api/user-cancellation-policy',
          {
            signal,
          },
        ),
        client.request<SimplyMeetCancellationPolicyDto>(
          'GET',
          '/simplymeet/panel/api/organization-cancellation-policy',
          { signal },
        ),
      ]);
      return applicableCancellationPolicy(user, organization);
    },
    staleTime: 5 * 60_000,
  });
}

/** The proxy's projection of the created EventDTO: what the success screen needs. */
export interface BookedEvent {
  id: number;
  uuid: string;
  scheduledAt: string;
  endDate: string;
  duration: number;
  location: string | null;
  locationType: string | null;
  eventType: { id: number; name: string };
  invitee: { fullName: string; email: string; timezone: string };
  /** A `booking:manage` token for this event, ending when it starts (absent when the proxy cannot sign). */
  manage?: { token: string; expiresAt: string } | undefined;
}

export interface BookingVariables {
  eventTypeId: number;
  slot: Slot;
  input: BookingInput;
  locale?: string | undefined;
  durationId?: number | undefined;
  /** One key per submit attempt of a form: a double click or a network retry replays, never books twice. */
  idempotencyKey: string;
}

/** Mutation options for `useMutation`; after a booking (or a 409) the event type's availability is refetched. */
export function bookingMutation(client: ConveneClient) {
  return {
    mutationKey: ['simplymeet', 'book'] as const,
    mutationFn: ({ idempotencyKey, ...request }: BookingVariables) =>
      client.request<BookedEvent>('POST', '/simplymeet/panel/api/event', {
        body: toCreateEventRequest(request),
        idempotencyKey,
      }),
  };
}
