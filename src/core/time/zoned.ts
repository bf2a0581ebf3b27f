import { parseDate, parseTime, toCalendarDateTime, toZoned } from '@internationalized/date';

/** A calendar date as "YYYY-MM-DD" and a wall-clock time as "HH:mm", both as vendors send them. */
export type IsoDate = string;
export type WallTime = string;

/**
 * The UTC instant (ISO 8601, "Z") of a wall-clock time on a date in a zone.
 * DST gaps/overlaps resolve with 'compatible' (the same rule as Temporal and most vendors):
 * a time inside a spring-forward gap moves forward, an ambiguous autumn time takes the earlier instant.
 */
export function wallTimeToInstant(date: IsoDate, time: WallTime, timeZone: string): string {
  const dateTime = toCalendarDateTime(parseDate(date), parseTime(time));
  return toZoned(dateTime, timeZone, 'compatible').toDate().toISOString();
}

/** Date and time parts of an instant as seen on a wall clock in a zone. */
export interface ZonedParts {
  date: IsoDate;
  time: WallTime;
  seconds: number;
}

export function instantToZonedParts(instant: string | Date, timeZone: string): ZonedParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    seconds: Number(get('second')),
  };
}

/** "Y-m-d H:i:s" wall clock in a zone: the format SimplyMeet's scheduledAt expects. */
export function instantToVendorDateTime(instant: string | Date, timeZone: string): string {
  const { date, time, seconds } = instantToZonedParts(instant, timeZone);
  return `${date} ${time}:${String(seconds).padStart(2, '0')}`;
}

/** Adds minutes to an instant; instants are zone-free so this is plain arithmetic. */
export function addMinutes(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}

/** A month as "YYYY-MM". */
export type IsoMonth = string;

/** First and last day of a month, for availability queries that ask one month at a time. */
export function monthRange(month: IsoMonth): { start: IsoDate; end: IsoDate } {
  const first = parseDate(`${month}-01`);
  const last = first.add({ months: 1 }).subtract({ days: 1 });
  return { start: first.toString(), end: last.toString() };
}

/** The month ("YYYY-MM") holding an instant on a zone's wall clock. */
export function monthOfInstant(instant: string | Date, timeZone: string): IsoMonth {
  return instantToZonedParts(instant, timeZone).date.slice(0, 7);
}

/** Moves a month by a number of months ("2026-12" + 1 -> "2027-01"). */
export function shiftMonth(month: IsoMonth, months: number): IsoMonth {
  return parseDate(`${month}-01`).add({ months }).toString().slice(0, 7);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) of a date; the calendar grid's columns. */
export function isoWeekday(date: IsoDate): number {
  const { year, month, day } = parseDate(date);
  const utcDay = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}

/** A real calendar date "YYYY-MM-DD" (not 2027-02-30), as a host page might write it in an attribute. */
export function isIsoDate(value: string | undefined): value is IsoDate {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
