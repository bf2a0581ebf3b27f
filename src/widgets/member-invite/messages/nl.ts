import type { Catalog } from '../../../core/i18n/catalog';
import type { MemberInviteMessageKey } from './en';

export const nl: Catalog<MemberInviteMessageKey> = {
  'invalid.missing_at': 'Geen e-mailadres: het @-teken ontbreekt.',
  'invalid.invalid_local_part': 'Het deel vóór de @ is niet geldig.',
  'invalid.invalid_domain': 'Het domein na de @ is niet geldig.',
  'invalid.too_long': 'Dit adres is te lang.',
  'invalid.unclosed_bracket': 'Er ontbreekt een sluitende >.',
  'parse.duplicatesMerged':
    '{count, plural, one {# dubbel adres is samengevoegd.} other {# dubbele adressen zijn samengevoegd.}}',
  'send.progress': '{done} van {total} verstuurd',
  'result.invited': 'Uitgenodigd',
  'result.already_member': 'Al lid',
  'result.failed': 'Mislukt',
  'result.failedWithReason': 'Mislukt: {reason}',
  'result.rate_limited':
    'Te veel uitnodigingen tegelijk. Probeer het over {seconds, plural, one {# seconde} other {# seconden}} opnieuw.',
  'result.rate_limited_plain': 'Te veel uitnodigingen tegelijk. Probeer het zo opnieuw.',
};
