import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { manageKeys } from '../../client/simplymeet/manage';
import { schedulingKeys } from '../../client/simplymeet/scheduling';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { refusalOf } from './refusal';

/**
 * A reschedule or a cancel: on success the booking's cache holds the new state and the event type's
 * free times are fetched again (the old slot is free); a booking cancelled meanwhile hands back to the
 * view, which then says so.
 */
export function useManageChange<V>(
  options: UseMutationOptions<ManagedBooking, Error, V>,
  booking: ManagedBooking,
  handlers: { onDone: (booking: ManagedBooking) => void; onCancelledMeanwhile: () => void },
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...options,
    onSuccess: (updated) => {
      queryClient.setQueryData(manageKeys.managedBooking(booking.id), updated);
      handlers.onDone(updated);
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: schedulingKeys.availabilityOf(booking.eventType.id) }),
  });
  const refusal = mutation.error ? refusalOf(mutation.error) : undefined;
  const { onCancelledMeanwhile } = handlers;
  useEffect(() => {
    if (refusal === 'already_cancelled') onCancelledMeanwhile();
  }, [refusal, onCancelledMeanwhile]);
  return { mutation, refusal };
}
