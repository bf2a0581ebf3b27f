import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { availabilityQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { type IsoDate, type IsoMonth, shiftMonth } from '../../core/time/zoned';

/** How far ahead we look for a free day: a year of months, each one request, stopping at the first hit. */
export const MONTHS_AHEAD = 12;

/**
 * Finds the first day with a free slot from `from` onwards, month by month through the query cache (so the
 * months it reads are then shown instantly). Resolves to null when nothing is free within `months`.
 */
export function useNextFreeDay(params: {
  eventTypeId: number;
  timeZone: string;
  durationId: number | undefined;
  durationMinutes: number | undefined;
}) {
  const { client } = useConvene();
  const queryClient = useQueryClient();
  const { eventTypeId, timeZone, durationId, durationMinutes } = params;
  return useCallback(
    async (from: IsoMonth, months = MONTHS_AHEAD): Promise<IsoDate | null> => {
      if (durationMinutes === undefined) return null;
      for (let offset = 0; offset < months; offset++) {
        const month = shiftMonth(from, offset);
        const days = await queryClient.fetchQuery(
          availabilityQuery(client, eventTypeId, { month, timeZone, durationId, durationMinutes }),
        );
        const free = days.find((day) => day.slots.length > 0);
        if (free) return free.date;
      }
      return null;
    },
    [client, queryClient, eventTypeId, timeZone, durationId, durationMinutes],
  );
}
