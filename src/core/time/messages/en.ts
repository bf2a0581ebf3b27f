/** Strings of the time-zone switcher. */
export const en = {
  'timeZone.label': 'Time zone',
  'timeZone.current': 'Times in {city} time',
  'timeZone.search': 'Search time zones',
  'timeZone.noMatch': 'No time zone matches “{query}”',
  'timeZone.matches': '{count, plural, one {# time zone} other {# time zones}}',
} as const;

export type TimeZoneMessageKey = keyof typeof en;
