/**
 * The vendor's availability text, served as is when it holds exactly what `projectAvailability` would
 * give, and nothing else: every day exactly `date` ("YYYY-MM-DD"), `available` (bool) and `hours`, every
 * hour exactly `start` ("HH:MM") and `available` (bool), and not one byte more than the compact JSON of
 * those values. The length check is what makes this safe: a duplicate key hiding other data, an escape
 * or any whitespace makes the text longer than its parsed content, and then it is re-serialised as usual.
 * Re-serialising 17 KB per uncached read was the largest cost left in the profile.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
/** The bytes of one day and one hour apart from their values. */
const DAY_FRAME = '{"date":"","available":,"hours":[]}'.length;
const HOUR_FRAME = '{"start":"","available":}'.length;

type Json = Record<string, unknown>;

function hasExactly(value: unknown, count: number): value is Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  let keys = 0;
  for (const _ in value) keys += 1;
  return keys === count;
}

const separators = (items: number) => Math.max(0, items - 1);

export function availabilityTextAsIs(body: unknown, text: string): string | undefined {
  if (!Array.isArray(body)) return undefined;
  let length = 2 + separators(body.length);
  for (const day of body) {
    if (!hasExactly(day, 3)) return undefined;
    const { date, available, hours } = day;
    if (typeof date !== 'string' || !DATE.test(date) || typeof available !== 'boolean') return undefined;
    if (!Array.isArray(hours)) return undefined;
    length += DAY_FRAME + date.length + String(available).length + separators(hours.length);
    for (const hour of hours) {
      if (!hasExactly(hour, 2)) return undefined;
      const { start, available: free } = hour;
      if (typeof start !== 'string' || !TIME.test(start) || typeof free !== 'boolean') return undefined;
      length += HOUR_FRAME + start.length + String(free).length;
    }
  }
  return length === text.length ? text : undefined;
}
