import type { Catalog } from '../../../core/i18n/catalog';
import type { BookerMessageKey } from './en';

export const nl: Catalog<BookerMessageKey> = {
  'booker.host': 'met {name}',
  'booker.duration': 'Duur',
  'booker.location': 'Locatie',
  'booker.locationChosen': 'Kies je bij het boeken',
  'booker.continue': 'Verder met {time}',
  'booker.stepCount': 'Stap {step} van {total}',
  'booker.stepPick': 'Stap 1 van 2: kies een tijd',
  'booker.stepDetails': 'Stap 2 van 2: je gegevens',
};
