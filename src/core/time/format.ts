import { currentZoneId } from './renamedZones';
import { isUtcZone } from './utcOffset';

/** 12- or 24-hour clock; 'auto' follows the locale's habit. */
export type HourCycle = 'auto' | 'h12' | 'h23';

function hourOptions(hourCycle: HourCycle): Intl.DateTimeFormatOptions {
  if (hourCycle === 'h12') return { hour12: true };
  // A 24-hour clock reads "09:30", not "9:30", in every supported language.
  if (hourCycle === 'h23') return { hourCycle: 'h23', hour: '2-digit' };
  return {};
}

/** "09:30" or "9:30 AM": an instant's time on a zone's wall clock. */
export function formatTime(
  instant: string | Date,
  timeZone: string,
  locale: string,
  hourCycle: HourCycle = 'auto',
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...hourOptions(hourCycle),
  }).format(new Date(instant));
}

/** "Tuesday 1 December 2026": an instant's date on a zone's wall clock. */
export function formatLongDate(instant: string | Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** Formats a calendar date ("YYYY-MM-DD") without any zone shift: noon UTC is that date everywhere we format it. */
export function formatCalendarDate(
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "December 2026" for a month ("YYYY-MM"). */
export function formatMonth(month: string, locale: string): string {
  return formatCalendarDate(`${month}-01`, locale, { month: 'long', year: 'numeric' });
}

/**
 * A zone's readable name: the city of the IANA id ("Amsterdam", "New York"), which visitors recognise
 * better than "Central European Standard Time" and which Intl does not localise reliably across engines.
 * Renamed cities read as they are called today ("Asia/Calcutta" → "Kolkata").
 */
export function zoneCityName(timeZone: string): string {
  if (isUtcZone(timeZone)) return 'UTC';
  const city = currentZoneId(timeZone).split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}

/** "GMT+1" / "GMT+5:30" offset label of a zone at an instant, localised by Intl. */
export function zoneOffsetName(timeZone: string, locale: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
