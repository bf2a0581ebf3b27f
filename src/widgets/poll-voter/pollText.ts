import { formatCalendarDate, formatTime, type HourCycle } from '../../core/time/format';
import { instantToZonedParts } from '../../core/time/zoned';
import type { PollOption } from '../../vendors/simplymeet/polls';

export interface OptionText {
  /** The option's date in the shown zone, "YYYY-MM-DD": options are grouped by it. */
  date: string;
  day: string;
  start: string;
  end: string;
  /** Set when the shown zone puts the option on another day than the organiser's. */
  hostDay: string | undefined;
}

/** How one option reads in a zone and language. */
export function optionText(
  option: PollOption,
  timeZone: string,
  locale: string,
  hourCycle: HourCycle,
): OptionText {
  const date = instantToZonedParts(option.start, timeZone).date;
  const dayFormat: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  return {
    date,
    day: formatCalendarDate(date, locale, dayFormat),
    start: formatTime(option.start, timeZone, locale, hourCycle),
    end: formatTime(option.end, timeZone, locale, hourCycle),
    hostDay: date === option.hostDate ? undefined : formatCalendarDate(option.hostDate, locale, dayFormat),
  };
}

export const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;
export const COMMENT_MAX = 500;
