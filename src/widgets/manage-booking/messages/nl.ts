import type { Catalog } from '../../../core/i18n/catalog';
import type { ManageMessageKey } from './en';

export const nl: Catalog<ManageMessageKey> = {
  'manage.title': 'Je afspraak',
  'manage.what': 'Wat',
  'manage.when': 'Wanneer',
  'manage.where': 'Waar',
  'manage.who': 'Geboekt door',
  'manage.status': 'Status',
  'manage.statusActive': 'Bevestigd',
  'manage.statusCancelled': 'Geannuleerd',
  'manage.reschedule': 'Verzetten',
  'manage.cancel': 'Afspraak annuleren',
  'manage.back': 'Terug naar de afspraak',
  'manage.actionsLabel': 'Deze afspraak wijzigen',
  'manage.invalidLink':
    'Deze link is niet geldig of verlopen. Gebruik de laatste link die je kreeg, of boek opnieuw.',
  'manage.alreadyCancelled': 'Deze afspraak is geannuleerd. Er valt niets meer te wijzigen.',
  'manage.rescheduleTitle': 'Kies een nieuw tijdstip',
  'manage.currentTime': 'Nu geboekt: {time}',
  'manage.confirmReschedule': 'Verzetten naar {time}',
  'manage.rescheduling': 'Je afspraak wordt verzet…',
  'manage.rescheduled': 'Je afspraak is verzet',
  'manage.cancelTitle': 'Deze afspraak annuleren?',
  'manage.reason': 'Reden (optioneel)',
  'manage.reasonHint': 'De organisator ziet dit.',
  'manage.policyTitle': 'Annuleringsvoorwaarden',
  'manage.insidePolicy':
    'Deze afspraak begint over minder dan {hours, plural, one {# uur} other {# uur}}: de annuleringsvoorwaarden gelden voor een annulering nu.',
  'manage.confirmCancel': 'Ja, annuleer de afspraak',
  'manage.keep': 'Afspraak behouden',
  'manage.cancelling': 'Bezig met annuleren…',
  'manage.cancelled': 'Je afspraak is geannuleerd',
  'manage.icsUpdate': 'Werk je agenda bij (.ics)',
  'manage.icsCancel': 'Verwijder uit je agenda (.ics)',
};
