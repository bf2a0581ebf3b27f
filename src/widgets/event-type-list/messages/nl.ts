import type { Catalog } from '../../../core/i18n/catalog';
import type { SchedulerMessageKey } from './en';

export const nl: Catalog<SchedulerMessageKey> = {
  'scheduler.title': 'Kies een afspraak',
  'scheduler.empty': 'Er valt hier op dit moment niets te boeken.',
  'scheduler.back': 'Alle afspraken',
};
