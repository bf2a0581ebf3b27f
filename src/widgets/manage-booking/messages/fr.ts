import type { Catalog } from '../../../core/i18n/catalog';
import type { ManageMessageKey } from './en';

export const fr: Catalog<ManageMessageKey> = {
  'manage.title': 'Votre rendez-vous',
  'manage.what': 'Quoi',
  'manage.when': 'Quand',
  'manage.where': 'Où',
  'manage.who': 'Réservé par',
  'manage.status': 'Statut',
  'manage.statusActive': 'Confirmé',
  'manage.statusCancelled': 'Annulé',
  'manage.reschedule': 'Déplacer',
  'manage.cancel': 'Annuler le rendez-vous',
  'manage.back': 'Retour au rendez-vous',
  'manage.actionsLabel': 'Modifier ce rendez-vous',
  'manage.invalidLink':
    'Ce lien n’est pas valide ou a expiré. Utilisez le dernier lien reçu, ou réservez à nouveau.',
  'manage.alreadyCancelled': 'Ce rendez-vous a été annulé. Il n’y a plus rien à modifier.',
  'manage.rescheduleTitle': 'Choisissez un nouvel horaire',
  'manage.currentTime': 'Réservé actuellement : {time}',
  'manage.confirmReschedule': 'Déplacer à {time}',
  'manage.rescheduling': 'Déplacement de votre rendez-vous…',
  'manage.rescheduled': 'Votre rendez-vous a été déplacé',
  'manage.cancelTitle': 'Annuler ce rendez-vous ?',
  'manage.reason': 'Motif (facultatif)',
  'manage.reasonHint': 'L’organisateur le verra.',
  'manage.policyTitle': 'Conditions d’annulation',
  'manage.insidePolicy':
    'Ce rendez-vous commence dans moins de {hours, plural, one {# heure} other {# heures}} : les conditions d’annulation s’appliquent à une annulation maintenant.',
  'manage.confirmCancel': 'Oui, annuler le rendez-vous',
  'manage.keep': 'Garder le rendez-vous',
  'manage.cancelling': 'Annulation…',
  'manage.cancelled': 'Votre rendez-vous a été annulé',
  'manage.icsUpdate': 'Mettre à jour votre agenda (.ics)',
  'manage.icsCancel': 'Retirer de votre agenda (.ics)',
};
