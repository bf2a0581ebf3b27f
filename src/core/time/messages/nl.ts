import type { Catalog } from '../../i18n/catalog';
import type { TimeZoneMessageKey } from './en';

export const nl: Catalog<TimeZoneMessageKey> = {
  'timeZone.label': 'Tijdzone',
  'timeZone.current': '{city}-tijd ({offset})',
  'timeZone.currentBeforeVowel': '{city}-tijd ({offset})',
  'timeZone.utc': 'Gecoördineerde wereldtijd (UTC)',
  'timeZone.search': 'Tijdzones zoeken',
  'timeZone.searchHint': 'Stad, land of verschil met UTC',
  'timeZone.noMatch': 'Geen tijdzone gevonden voor “{query}”',
  'timeZone.matches': '{count, plural, one {# tijdzone} other {# tijdzones}}',
  'timeZone.yours': 'Jouw tijdzone',
  'timeZone.event': 'Tijdzone van de afspraak',
};
