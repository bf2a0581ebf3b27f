import type { Catalog } from '../../../core/i18n/catalog';
import type { SchedulerMessageKey } from './en';

export const fr: Catalog<SchedulerMessageKey> = {
  'scheduler.title': 'Choisissez un rendez-vous',
  'scheduler.empty': 'Il n’y a rien à réserver ici pour le moment.',
  'scheduler.back': 'Tous les rendez-vous',
};
