import { type CalendarDate, CalendarDateTime, fromDate, parseDate, toZoned } from '@internationalized/date';
import { weeklyHours } from './seed';

export interface Booking {
  start: number;
  end: number;
  /** A cancelled booking frees its time. */
  cancelled?: boolean | undefined;
}

export interface AvailabilityRequest {
  /** Event type's own zone: the weekly hours are wall-clock times there. */
  eventZone: string;
  durationMinutes: number;
  startDate: string;
  endDate: string;
  /** The visitor's zone: dates and `hours[].start` are wall-clock times there. */
  zone: string;
  bookings: readonly Booking[];
  now: number;
}

export interface AvailabilityDay {
  date: string;
  available: boolean;
  hours: { start: string; available: boolean }[];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Slot starts (instants) of one day of the event type's week, stepping by the duration from the
 * opening time while the whole meeting fits before closing. Computed in the event type's zone, so a
 * DST change moves the instants, never the wall-clock hours.
 */
function slotsOn(day: CalendarDate, request: AvailabilityRequest): number[] {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  if (!weeklyHours.days.includes(weekday)) return [];
  const open = minutesOf(weeklyHours.start);
  const close = minutesOf(weeklyHours.end);
  const starts: number[] = [];
  for (let minute = open; minute + request.durationMinutes <= close; minute += request.durationMinutes) {
    const local = new CalendarDateTime(day.year, day.month, day.day, Math.floor(minute / 60), minute % 60);
    starts.push(toZoned(local, request.eventZone).toDate().getTime());
  }
  return starts;
}

/**
 * One entry per date in [startDate, endDate], in the visitor's zone. A slot is free when it starts in
 * the future and overlaps no booking; a day is available when one of its slots is.
 */
export function computeAvailability(request: AvailabilityRequest): AvailabilityDay[] {
  const first = parseDate(request.startDate);
  const last = parseDate(request.endDate);
  const durationMs = request.durationMinutes * 60_000;
  const byDate = new Map<string, { start: string; instant: number; available: boolean }[]>();
  // Offsets reach ±14 h, so a visitor's date can hold slots of the event zone's day before and after.
  for (
    let day = first.subtract({ days: 1 });
    day.compare(last.add({ days: 1 })) <= 0;
    day = day.add({ days: 1 })
  ) {
    for (const instant of slotsOn(day, request)) {
      const seen = fromDate(new Date(instant), request.zone);
      const date = `${seen.year}-${pad(seen.month)}-${pad(seen.day)}`;
      const free =
        instant > request.now &&
        !request.bookings.some(
          (booking) => !booking.cancelled && instant < booking.end && instant + durationMs > booking.start,
        );
      const hours = byDate.get(date) ?? [];
      hours.push({ start: `${pad(seen.hour)}:${pad(seen.minute)}`, instant, available: free });
      byDate.set(date, hours);
    }
  }
  const days: AvailabilityDay[] = [];
  for (let day = first; day.compare(last) <= 0; day = day.add({ days: 1 })) {
    const date = day.toString();
    const hours = (byDate.get(date) ?? [])
      .sort((a, b) => a.instant - b.instant)
      .map(({ start, available }) => ({ start, available }));
    days.push({ date, available: hours.some((hour) => hour.available), hours });
  }
  return days;
}

/** The instant of a wall-clock "Y-m-d H:i:s" in a zone, as `scheduledAt` is read. */
export function instantOf(scheduledAt: string, zone: string): number {
  const [date, time] = scheduledAt.split(' ') as [string, string];
  const day = parseDate(date);
  const local = new CalendarDateTime(
    day.year,
    day.month,
    day.day,
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  return toZoned(local, zone).toDate().getTime();
}
