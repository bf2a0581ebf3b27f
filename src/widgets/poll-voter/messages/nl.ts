import type { Catalog } from '../../../core/i18n/catalog';
import type { PollVoterMessageKey } from './en';

export const nl: Catalog<PollVoterMessageKey> = {
  'poll.host': 'Georganiseerd door {name}',
  'poll.duration': '{minutes, plural, one {# minuut} other {# minuten}}',
  'poll.voters':
    '{count, plural, =0 {Nog geen stemmen} one {# persoon heeft gestemd} other {# mensen hebben gestemd}}',
  'poll.instructions': 'Geef per tijdstip aan of het je uitkomt.',
  'poll.option': '{day}, {start}–{end}',
  'poll.yes': 'Komt uit',
  'poll.no': 'Komt niet uit',
  'poll.unanswered': 'Nog niet beantwoord',
  'poll.movedDay': 'Datum van de organisator: {date}',
  'poll.votes': '{count, plural, =0 {geen stemmen} one {# stem} other {# stemmen}}',
  'poll.best': 'Meest gekozen',
  'poll.whoVoted': 'Wie heeft gestemd',
  'poll.noneWork': 'Geen van deze tijden komt mij uit',
  'poll.noneWorkNote':
    'Deze peiling legt alleen tijden vast die uitkomen. Laat het de organisator rechtstreeks weten als geen enkele past.',
  'poll.answered': '{answered} van {total} beantwoord',
  'poll.email': 'E-mail',
  'poll.emailInvalid': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'poll.emailRequired': 'Vul je e-mailadres in.',
  'poll.comment': 'Opmerking',
  'poll.optional': '(optioneel)',
  'poll.commentCount': '{count} van {max} tekens',
  'poll.pickOne': 'Geef minstens één tijd aan die uitkomt.',
  'poll.submit': 'Stem versturen',
  'poll.sending': 'Bezig met versturen…',
  'poll.thanks': 'Bedankt, je stem is binnen',
  'poll.summary': 'Deze tijden komen je uit:',
  'poll.closed': 'Deze peiling is gesloten: alle tijden zijn voorbij.',
  'poll.missing': 'Deze peiling bestaat niet meer, of deze site biedt haar niet aan.',
  'poll.alreadyVoted': 'Met dit e-mailadres is in deze peiling al gestemd. Elk adres kan één keer stemmen.',
  'poll.comments': 'Opmerkingen',
  'poll.heatmap': 'Stemmen per tijd, donkerder is meer',
  'poll.loading': 'Peiling wordt geladen…',
};
