/** A calendar date as "YYYY-MM-DD" and a wall-clock time as "HH:mm", both as vendors send them. */
export type IsoDate = string;
export type WallTime = string;

/**
 * The UTC instant (ISO 8601, "Z") of a wall-clock time on a date in a zone.
 * DST gaps/overlaps resolve with 'compatible' (the same rule as Temporal and most vendors):
 * a time inside a spring-forward gap moves forward, an ambiguous autumn time takes the earlier instant.
 */
export function wallTimeToInstant(date: IsoDate, time: WallTime, timeZone: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  // The wall clock read as if it were UTC; an instant is that minus the zone's offset at that instant.
  const [year, month, day] = dateParts(date);
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  const aDay = 86_400_000;
  const candidates = [offsetAt(wall - aDay, timeZone), offsetAt(wall + aDay, timeZone)].map(
    (offset) => wall - offset,
  );
  // Both offsets around the moment give the same wall clock: an overlap, the earlier wins. Neither does: a gap,
  // and the offset from before it carries the time forward by the gap's length.
  const exact = candidates.filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  const instant = exact.length > 0 ? Math.min(...exact) : (candidates[0] as number);
  return new Date(instant).toISOString();
}

/** The zone's offset from UTC at an instant, in milliseconds (what the wall clock reads minus UTC). */
function offsetAt(instant: number, timeZone: string): number {
  const { date, time, seconds } = instantToZonedParts(new Date(instant), timeZone);
  const [year, month, day] = dateParts(date);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

function dateParts(date: IsoDate): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** "YYYY-MM-DD" of a UTC midnight timestamp. */
function isoDateOf(utcMidnight: number): IsoDate {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** A date moved by whole days; dates carry no zone, so this is calendar arithmetic on UTC midnights. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = dateParts(date);
  return isoDateOf(Date.UTC(year, month - 1, day + days));
}

/** A date moved by whole months, kept inside the target month (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = dateParts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return isoDateOf(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
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
  const start = `${month}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** The month ("YYYY-MM") holding an instant on a zone's wall clock. */
export function monthOfInstant(instant: string | Date, timeZone: string): IsoMonth {
  return instantToZonedParts(instant, timeZone).date.slice(0, 7);
}

/** Moves a month by a number of months ("2026-12" + 1 -> "2027-01"). */
export function shiftMonth(month: IsoMonth, months: number): IsoMonth {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) of a date; the calendar grid's columns. */
export function isoWeekday(date: IsoDate): number {
  const [year, month, day] = dateParts(date);
  const utcDay = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}
