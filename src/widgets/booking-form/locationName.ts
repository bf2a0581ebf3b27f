import type { Translate } from '../../core/i18n/catalog';
import type { BookingFormMessageKey } from './messages';

const KNOWN = new Set(['google_meet', 'zoom', 'microsoft_teams', 'phone', 'in_person', 'custom']);

/** A SimplyMeet location type in the visitor's language; unknown types are named as sent (vendor list is open). */
export function locationTypeName(type: string, t: Translate<BookingFormMessageKey>): string {
  if (KNOWN.has(type)) return t(`location.${type}` as BookingFormMessageKey);
  return t('location.other', { type: type.replace(/_/g, ' ') });
}
