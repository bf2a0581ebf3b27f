import type { Translate } from '../../core/i18n/catalog';
import type { InviteResult } from './inviteResult';
import type { MemberInviteMessageKey } from './messages/en';

/** The words shown beside an address once it was sent. */
export function describeResult(result: InviteResult, t: Translate<MemberInviteMessageKey>): string {
  switch (result.status) {
    case 'invited':
      return t('result.invited');
    case 'already_member':
      return t('result.already_member');
    case 'failed':
      return result.reason ? t('result.failedWithReason', { reason: result.reason }) : t('result.failed');
    case 'rate_limited':
      return result.retryAfter === undefined
        ? t('result.rate_limited_plain')
        : t('result.rate_limited', { seconds: result.retryAfter });
  }
}
