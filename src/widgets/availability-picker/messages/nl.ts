import type { Catalog } from '../../../core/i18n/catalog';
import type { PickerMessageKey } from './en';

export const nl: Catalog<PickerMessageKey> = {
  'picker.title': 'Kies een tijd',
  'picker.previousMonth': 'Vorige maand',
  'picker.nextMonth': 'Volgende maand',
  'picker.dayAvailable': '{date}, {count, plural, one {# tijd vrij} other {# tijden vrij}}',
  'picker.dayUnavailable': '{date}, geen tijden',
  'picker.slotsFor': 'Tijden op {date}',
  'picker.dayAnnouncement':
    '{count, plural, =0 {Geen vrije tijden op {date}} one {# vrije tijd op {date}} other {# vrije tijden op {date}}}',
  'picker.pickDay': 'Kies een dag om de tijden te zien.',
  'picker.noSlotsDay': 'Geen vrije tijden op deze dag.',
  'picker.noSlotsMonth': 'Geen vrije tijden deze maand.',
  'picker.jumpToNext': 'Naar de eerstvolgende vrije dag',
  'picker.noSlotsAhead': 'Geen vrije tijden in de komende maanden.',
  'picker.duration': 'Duur',
  'picker.slotZone': '({zone}-tijd)',
  'picker.today': 'vandaag',
};
