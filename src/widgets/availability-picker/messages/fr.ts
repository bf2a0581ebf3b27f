import type { Catalog } from '../../../core/i18n/catalog';
import type { PickerMessageKey } from './en';

export const fr: Catalog<PickerMessageKey> = {
  'picker.title': 'Choisissez un horaire',
  'picker.previousMonth': 'Mois précédent',
  'picker.nextMonth': 'Mois suivant',
  'picker.dayAvailable': '{date}, {count, plural, one {# horaire libre} other {# horaires libres}}',
  'picker.dayUnavailable': '{date}, aucun horaire',
  'picker.slotsFor': 'Horaires du {date}',
  'picker.dayAnnouncement':
    '{count, plural, =0 {Aucun horaire libre le {date}} one {# horaire libre le {date}} other {# horaires libres le {date}}}',
  'picker.pickDay': 'Choisissez un jour pour voir ses horaires.',
  'picker.noSlotsDay': 'Aucun horaire libre ce jour-là.',
  'picker.noSlotsMonth': 'Aucun horaire libre ce mois-ci.',
  'picker.jumpToNext': 'Aller au prochain jour disponible',
  'picker.noSlotsAhead': 'Aucun horaire libre dans les mois à venir.',
  'picker.duration': 'Durée',
  'picker.slotZone': '(heure de {zone})',
  'picker.today': 'aujourd’hui',
};
