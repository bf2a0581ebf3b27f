/** Strings of the time-zone switcher. */
export const en = {
  'timeZone.label': 'Time zone',
  'timeZone.current': '{city} time ({offset})',
  // French elides "de" before a vowel ("Heure d’Amsterdam"); other languages repeat the plain form.
  'timeZone.currentBeforeVowel': '{city} time ({offset})',
  'timeZone.utc': 'Coordinated Universal Time (UTC)',
  'timeZone.search': 'Search time zones',
  'timeZone.searchHint': 'City, country or offset',
  'timeZone.noMatch': 'No time zone matches “{query}”',
  'timeZone.matches': '{count, plural, one {# time zone} other {# time zones}}',
  'timeZone.yours': 'Your time zone',
  'timeZone.event': 'Event’s time zone',
} as const;

export type TimeZoneMessageKey = keyof typeof en;
