/** Strings shared by every widget: errors, retry, time-zone wording. */
export const en = {
  'error.network': 'We could not reach the booking service. Check your connection and try again.',
  'error.vendor_timeout': 'The service took too long to answer. Please try again.',
  'error.vendor_error': 'The service had a problem. Please try again in a moment.',
  'error.rate_limited':
    'Too many requests. Please wait {seconds, plural, one {# second} other {# seconds}} and try again.',
  'error.rate_limited_plain': 'Too many requests. Please wait a moment and try again.',
  'error.invalid_token': 'Your session has expired. Sign in again to continue.',
  'error.scope_denied': 'You are not allowed to do this here.',
  'error.forbidden_origin': 'This widget is not set up for this website.',
  'error.missing_site': 'This widget is not set up correctly (no site key).',
  'error.unknown_operation': 'This widget asked for something the service does not offer.',
  'error.invalid_request': 'Some details are not valid. Check the highlighted fields.',
  'error.payload_too_large': 'That is too much at once. Send fewer items.',
  'error.conflict': 'Someone else was faster: this is no longer available.',
  'error.not_found': 'This could not be found. It may have been removed.',
  'error.service_unavailable': 'The service is briefly unavailable. Please try again in a moment.',
  'error.unknown': 'Something went wrong. Please try again.',
  'action.retry': 'Try again',
  'action.dismiss': 'Dismiss',
  'status.loading': 'Loading…',
} as const;

export type CoreMessageKey = keyof typeof en;
