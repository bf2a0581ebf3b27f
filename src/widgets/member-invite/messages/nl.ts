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
  'invite.title.meltingspot': 'Nodig mensen uit voor je Spot',
  'invite.title.workspace': 'Nodig mensen uit voor de werkruimte',
  'invite.title.volunteers': 'Vrijwilligers registreren',
  'invite.title.calcom': 'Mensen toevoegen aan het planningsplatform',
  'invite.addresses': 'E-mailadressen',
  'invite.addressesHint':
    'Plak of typ adressen, gescheiden door komma’s, spaties of nieuwe regels, en druk op Enter. ‘Naam <e-mail>’ kan ook.',
  'invite.add': 'Toevoegen',
  'invite.count': '{count, plural, =0 {Nog geen adressen} one {# adres} other {# adressen}}',
  'invite.invalidCount':
    '{count, plural, one {# adres moet worden verbeterd} other {# adressen moeten worden verbeterd}}',
  'invite.remove': '{email} verwijderen',
  'invite.removed': '{email} verwijderd',
  'invite.added':
    '{count, plural, =0 {Geen nieuw adres toegevoegd} one {# adres toegevoegd} other {# adressen toegevoegd}}',
  'invite.more': 'Alle {count} tonen',
  'invite.clear': 'Alles wissen',
  'invite.message': 'Uitnodigingsbericht',
  'invite.messageDefault': 'Je bent uitgenodigd om je bij ons aan te sluiten.',
  'invite.messageRequired': 'Schrijf een kort uitnodigingsbericht.',
  'invite.accessGroups': 'Toegangsgroepen',
  'invite.notify': 'De uitnodiging per e-mail versturen',
  'invite.send': '{count, plural, =0 {Uitnodigen} one {# persoon uitnodigen} other {# mensen uitnodigen}}',
  'invite.sending': 'Bezig met uitnodigen…',
  'summary.invited': '{count, plural, one {# uitgenodigd} other {# uitgenodigd}}',
  'summary.already': '{count, plural, one {# was al lid} other {# waren al lid}}',
  'summary.failed': '{count, plural, one {# niet uitgenodigd} other {# niet uitgenodigd}}',
  'summary.invalid':
    '{count, plural, one {# ongeldig adres niet verstuurd} other {# ongeldige adressen niet verstuurd}}',
  'invite.edit': 'Adres {raw} verbeteren',
  'invite.fixed': '{email} is nu geldig',
  'invite.stillInvalid': '{raw}: {reason}',
  'invite.retryFailed': 'Mislukte adressen opnieuw proberen',
  'invite.copyFailed': 'Mislukte adressen kopiëren',
  'invite.copied': 'Mislukte adressen gekopieerd',
  'invite.nothingToSend': 'Voeg minstens één geldig adres toe.',
  'invite.results': 'Resultaten',
  'invite.needsToken': 'Je moet ingelogd zijn om mensen uit te nodigen.',
};
