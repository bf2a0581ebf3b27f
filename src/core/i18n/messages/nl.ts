import type { Catalog } from '../catalog';
import type { CoreMessageKey } from './en';

export const nl: Catalog<CoreMessageKey> = {
  'error.network':
    'We konden de boekingsdienst niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  'error.vendor_timeout': 'De dienst deed er te lang over. Probeer het opnieuw.',
  'error.vendor_error': 'De dienst had een probleem. Probeer het zo opnieuw.',
  'error.rate_limited':
    'Te veel verzoeken. Wacht {seconds, plural, one {# seconde} other {# seconden}} en probeer het opnieuw.',
  'error.rate_limited_plain': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'error.invalid_token': 'Je sessie is verlopen. Meld je opnieuw aan om verder te gaan.',
  'error.scope_denied': 'Je mag dit hier niet doen.',
  'error.forbidden_origin': 'Deze widget is niet ingesteld voor deze website.',
  'error.missing_site': 'Deze widget is niet goed ingesteld (geen sitesleutel).',
  'error.unknown_operation': 'Deze widget vroeg iets wat de dienst niet aanbiedt.',
  'error.invalid_request': 'Sommige gegevens zijn ongeldig. Controleer de gemarkeerde velden.',
  'error.payload_too_large': 'Dat is te veel tegelijk. Stuur minder items.',
  'error.conflict': 'Iemand anders was sneller: dit is niet meer beschikbaar.',
  'error.not_found': 'Dit is niet gevonden. Misschien is het verwijderd.',
  'error.service_unavailable': 'De dienst is even niet beschikbaar. Probeer het zo opnieuw.',
  'error.unknown': 'Er ging iets mis. Probeer het opnieuw.',
  'action.retry': 'Opnieuw proberen',
  'action.dismiss': 'Sluiten',
  'status.loading': 'Laden…',
};
