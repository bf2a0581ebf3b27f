import type { Catalog } from '../../i18n/catalog';
import type { TimeZoneMessageKey } from './en';

export const nl: Catalog<TimeZoneMessageKey> = {
  'timeZone.label': 'Tijdzone',
  'timeZone.current': 'Tijden in {city}-tijd',
  'timeZone.search': 'Tijdzones zoeken',
  'timeZone.noMatch': 'Geen tijdzone gevonden voor “{query}”',
  'timeZone.matches': '{count, plural, one {# tijdzone} other {# tijdzones}}',
};
