import type { Catalog } from '../../i18n/catalog';
import type { TimeZoneMessageKey } from './en';

export const fr: Catalog<TimeZoneMessageKey> = {
  'timeZone.label': 'Fuseau horaire',
  'timeZone.current': 'Heure de {city} ({offset})',
  'timeZone.currentBeforeVowel': 'Heure d’{city} ({offset})',
  'timeZone.utc': 'Temps universel coordonné (UTC)',
  'timeZone.search': 'Rechercher un fuseau horaire',
  'timeZone.searchHint': 'Ville, pays ou décalage',
  'timeZone.noMatch': 'Aucun fuseau horaire ne correspond à « {query} »',
  'timeZone.matches': '{count, plural, one {# fuseau horaire} other {# fuseaux horaires}}',
  'timeZone.yours': 'Votre fuseau horaire',
  'timeZone.event': 'Fuseau horaire de l’évènement',
};
