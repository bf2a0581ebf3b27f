import type { Catalog } from '../../../core/i18n/catalog';
import type { BookerMessageKey } from './en';

export const nl: Catalog<BookerMessageKey> = {
  'booker.host': 'met {name}',
  /** A fact's name before its value; French puts a non-breaking space before the colon. */
  'booker.fact': '{label}:',
  'booker.duration': 'Duur',
  'booker.location': 'Locatie',
  'booker.locationChosen': 'Kies je bij het boeken',
  'booker.continue': 'Verder met {time}',
  'booker.stepCount': 'Stap {step} van {total}',
  'booker.stepPick': 'Stap 1 van 2: kies een tijd',
  'booker.stepDetails': 'Stap 2 van 2: je gegevens',
};
