import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import {
  type BookedEvent,
  type BookingVariables,
  bookingMutation,
  schedulingKeys,
} from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { useOncePerIntent } from '../../core/useOncePerIntent';

export type BookingRequest = Omit<BookingVariables, 'idempotencyKey'>;

/**
 * Books at most once per intent. A synchronous in-flight guard drops a second click that lands before React
 * re-renders the disabled button, and the Idempotency-Key stays the same for as long as the request is the
 * same, so "Try again" after a network failure replays the first attempt at the proxy instead of booking twice.
 * A changed slot or changed answers is a new intent and gets a new key.
 */
export function useBookingSubmit(onBooked: (booking: BookedEvent, request: BookingRequest) => void) {
  const { client } = useConvene();
  const queryClient = useQueryClient();
  const onBookedRef = useRef(onBooked);
  onBookedRef.current = onBooked;

  const mutation = useMutation({
    ...bookingMutation(client),
    onSuccess: (booking, { idempotencyKey: _key, ...request }) => onBookedRef.current(booking, request),
    onSettled: (_data, error, variables) => {
      settled(!error);
      // Booked or taken: either way that day's free times changed.
      void queryClient.invalidateQueries({ queryKey: schedulingKeys.availabilityOf(variables.eventTypeId) });
    },
  });
  const { mutate } = mutation;
  const { submit, settled } = useOncePerIntent(
    useCallback(
      (request: BookingRequest, idempotencyKey: string) => mutate({ ...request, idempotencyKey }),
      [mutate],
    ),
  );
  return { submit, mutation };
}
