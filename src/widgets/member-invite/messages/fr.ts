import type { Catalog } from '../../../core/i18n/catalog';
import type { MemberInviteMessageKey } from './en';

export const fr: Catalog<MemberInviteMessageKey> = {
  'invalid.missing_at': 'Ce n’est pas une adresse e-mail : le @ manque.',
  'invalid.invalid_local_part': 'La partie avant le @ n’est pas valide.',
  'invalid.invalid_domain': 'Le domaine après le @ n’est pas valide.',
  'invalid.too_long': 'Cette adresse est trop longue.',
  'invalid.unclosed_bracket': 'Il manque un > fermant.',
  'parse.duplicatesMerged':
    '{count, plural, one {# adresse en double a été fusionnée.} other {# adresses en double ont été fusionnées.}}',
  'send.progress': '{done} sur {total} envoyées',
  'result.invited': 'Invitation envoyée',
  'result.already_member': 'Déjà membre',
  'result.failed': 'Échec',
  'result.failedWithReason': 'Échec : {reason}',
  'result.rate_limited':
    'Trop d’invitations à la fois. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'result.rate_limited_plain': 'Trop d’invitations à la fois. Réessayez dans un instant.',
};
