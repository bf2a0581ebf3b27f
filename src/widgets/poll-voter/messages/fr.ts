import type { Catalog } from '../../../core/i18n/catalog';
import type { PollVoterMessageKey } from './en';

export const fr: Catalog<PollVoterMessageKey> = {
  'poll.host': 'Organisé par {name}',
  'poll.duration': '{minutes, plural, one {# minute} other {# minutes}}',
  'poll.voters':
    '{count, plural, =0 {Aucun vote pour l’instant} one {# personne a voté} other {# personnes ont voté}}',
  'poll.instructions': 'Indiquez pour chaque créneau s’il vous convient.',
  'poll.option': '{day}, {start}–{end}',
  'poll.yes': 'Me convient',
  'poll.no': 'Ne me convient pas',
  'poll.unanswered': 'Sans réponse pour l’instant',
  'poll.movedDay': 'Date de l’organisateur : {date}',
  'poll.votes': '{count, plural, =0 {aucun vote} one {# vote} other {# votes}}',
  'poll.best': 'Le plus choisi',
  'poll.whoVoted': 'Qui a voté pour chaque créneau',
  'poll.noneWork': 'Aucun de ces créneaux ne me convient',
  'poll.noneWorkNote':
    'Ce sondage n’enregistre que les créneaux qui conviennent : il n’y a donc encore rien à envoyer. Si l’un d’eux peut finalement convenir, choisissez « Me convient » ; sinon, prévenez directement l’organisateur.',
  'poll.undoNoneWork': 'Annuler',
  'poll.answered': 'Réponses : {answered} sur {total}',
  'poll.email': 'E-mail',
  'poll.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'poll.emailRequired': 'Saisissez votre adresse e-mail.',
  'poll.comment': 'Commentaire',
  'poll.optional': '(facultatif)',
  'poll.commentCount': '{count} sur {max} caractères',
  'poll.pickOne': 'Indiquez au moins un créneau qui vous convient.',
  'poll.submit': 'Envoyer mon vote',
  'poll.sending': 'Envoi en cours…',
  'poll.thanks': 'Merci, votre vote est enregistré',
  'poll.summary': 'Vous avez indiqué que ces créneaux vous conviennent :',
  'poll.closed': 'Ce sondage est clos : tous ses créneaux sont passés.',
  'poll.missing': 'Ce sondage n’existe plus ou n’est pas proposé sur ce site.',
  'poll.alreadyVoted':
    'Cette adresse e-mail a déjà voté dans ce sondage. Chaque adresse ne peut voter qu’une fois.',
  'poll.comments': 'Commentaires',
  'poll.heatmap': 'Votes par créneau (plus c’est foncé, plus il y a de votes)',
  'poll.nextUnanswered': 'Aller au prochain créneau sans réponse',
  'poll.sentAs': 'Envoyé en tant que {email}.',
  'poll.sentComment': 'Votre commentaire : « {comment} »',
  'poll.loading': 'Chargement du sondage…',
};
