/** MemberInvite's strings. Other languages are typed against these keys, so a missing one fails the typecheck. */
export const en = {
  'invalid.missing_at': 'Not an email address: the @ is missing.',
  'invalid.invalid_local_part': 'The part before the @ is not valid.',
  'invalid.invalid_domain': 'The domain after the @ is not valid.',
  'invalid.too_long': 'This address is too long.',
  'invalid.unclosed_bracket': 'A closing > is missing.',
  'parse.duplicatesMerged':
    '{count, plural, one {# duplicate address was merged.} other {# duplicate addresses were merged.}}',
  'send.progress': '{done} of {total} sent',
  'result.invited': 'Invited',
  'result.already_member': 'Already a member',
  'result.failed': 'Failed',
  'result.failedWithReason': 'Failed: {reason}',
  'result.rate_limited':
    'Too many invitations at once. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'result.rate_limited_plain': 'Too many invitations at once. Try again in a moment.',
} as const;

export type MemberInviteMessageKey = keyof typeof en;
