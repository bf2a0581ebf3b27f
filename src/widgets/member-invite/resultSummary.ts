import type { Translate } from '../../core/i18n/catalog';
import type { InviteResult } from './inviteResult';
import type { MemberInviteMessageKey } from './messages/en';

export interface ResultCounts {
  invited: number;
  already: number;
  failed: number;
  /** Addresses never sent because they are not valid: the person still has to act on them. */
  invalid: number;
}

export function countResults(results: ReadonlyMap<string, InviteResult>, invalid: number): ResultCounts {
  const counts = { invited: 0, already: 0, failed: 0, invalid };
  for (const result of results.values()) {
    if (result.status === 'invited') counts.invited += 1;
    else if (result.status === 'already_member') counts.already += 1;
    else counts.failed += 1;
  }
  return counts;
}

/**
 * "3 invited · 1 already a member · 1 invalid address not sent": each part pluralised in its own
 * language; parts that are zero are left out, except how many were invited.
 */
export function summarizeResults(counts: ResultCounts, t: Translate<MemberInviteMessageKey>): string {
  const parts = [t('summary.invited', { count: counts.invited })];
  if (counts.already > 0) parts.push(t('summary.already', { count: counts.already }));
  if (counts.failed > 0) parts.push(t('summary.failed', { count: counts.failed }));
  if (counts.invalid > 0) parts.push(t('summary.invalid', { count: counts.invalid }));
  return parts.join(' · ');
}
