import type { Catalog } from '../../../core/i18n/catalog';
import type { BookerMessageKey } from './en';

export const fr: Catalog<BookerMessageKey> = {
  'booker.host': 'avec {name}',
  /** A fact's name before its value; French puts a non-breaking space before the colon. */
  'booker.fact': '{label} :',
  'booker.duration': 'Durée',
  'booker.location': 'Lieu',
  'booker.locationChosen': 'À choisir lors de la réservation',
  'booker.continue': 'Continuer avec {time}',
  'booker.stepCount': 'Étape {step} sur {total}',
  'booker.stepPick': 'Étape 1 sur 2 : choisissez un horaire',
  'booker.stepDetails': 'Étape 2 sur 2 : vos coordonnées',
};
