import { type IsoDate, wallTimeToInstant } from '../../core/time/zoned';

/** One day of `GET /panel/api/event-type/availability/{id}` (team-fixed shape, see docs/booker.md). */
export interface SimplyMeetAvailabilityDay {
  date: IsoDate;
  available: boolean;
  hours: { start: string; available: boolean }[];
}

/**
 * A bookable moment. `start` is the UTC instant (ISO 8601) so it means the same thing in every zone;
 * `timeZone` is the zone it was listed in (the visitor's choice) so it can be shown and sent back
 * the way the visitor saw it.
 */
export interface Slot {
  start: string;
  timeZone: string;
  durationMinutes: number;
}

/** A day of the calendar grid: which dates have at least one free slot. */
export interface AvailableDay {
  date: IsoDate;
  slots: Slot[];
}

/**
 * Vendor days -> free slots per day. The vendor writes each hour as "HH:mm" on the wall clock of the zone
 * we asked for and files it under that zone's date, so the instant is (day.date + start) in `timeZone`.
 * Taken or past hours (`available:false`) are dropped: the picker only offers what can be booked.
 */
export function toAvailableDays(
  days: readonly SimplyMeetAvailabilityDay[],
  timeZone: string,
  durationMinutes: number,
): AvailableDay[] {
  return days.map((day) => ({
    date: day.date,
    slots: day.available
      ? day.hours
          .filter((hour) => hour.available)
          .map((hour) => ({
            start: wallTimeToInstant(day.date, hour.start, timeZone),
            timeZone,
            durationMinutes,
          }))
          .sort((a, b) => a.start.localeCompare(b.start))
      : [],
  }));
}
