import type { Catalog } from '../catalog';
import type { CoreMessageKey } from './en';

export const fr: Catalog<CoreMessageKey> = {
  'error.network': 'Impossible de joindre le service de réservation. Vérifiez votre connexion et réessayez.',
  'error.vendor_timeout': 'Le service a mis trop de temps à répondre. Veuillez réessayer.',
  'error.vendor_error': 'Le service a rencontré un problème. Réessayez dans un instant.',
  'error.rate_limited':
    'Trop de demandes. Patientez {seconds, plural, one {# seconde} other {# secondes}} puis réessayez.',
  'error.rate_limited_plain': 'Trop de demandes. Patientez un instant puis réessayez.',
  'error.invalid_token': 'Votre session a expiré. Reconnectez-vous pour continuer.',
  'error.scope_denied': 'Vous n’avez pas l’autorisation de faire cela ici.',
  'error.forbidden_origin': 'Ce widget n’est pas configuré pour ce site.',
  'error.missing_site': 'Ce widget est mal configuré (clé de site absente).',
  'error.unknown_operation': 'Ce widget a demandé une opération que le service ne propose pas.',
  'error.invalid_request': 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
  'error.payload_too_large': 'Trop d’éléments à la fois. Envoyez-en moins.',
  'error.conflict': 'Quelqu’un a été plus rapide : ce n’est plus disponible.',
  'error.not_found': 'Élément introuvable : il a peut-être été supprimé.',
  'error.service_unavailable':
    'Le service est momentanément indisponible. Veuillez réessayer dans un instant.',
  'error.unknown': 'Une erreur s’est produite. Veuillez réessayer.',
  'action.retry': 'Réessayer',
  'action.dismiss': 'Fermer',
  'status.loading': 'Chargement…',
};
