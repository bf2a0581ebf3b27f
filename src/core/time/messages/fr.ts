import type { Catalog } from '../../i18n/catalog';
import type { TimeZoneMessageKey } from './en';

export const fr: Catalog<TimeZoneMessageKey> = {
  'timeZone.label': 'Fuseau horaire',
  'timeZone.current': 'Heures de {city}',
  'timeZone.search': 'Rechercher un fuseau horaire',
  'timeZone.noMatch': 'Aucun fuseau horaire ne correspond à « {query} »',
  'timeZone.matches': '{count, plural, one {# fuseau horaire} other {# fuseaux horaires}}',
};
