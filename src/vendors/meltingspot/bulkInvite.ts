import type { InviteResult } from '../../widgets/member-invite/inviteResult';

/** MeltingSpot's documented maximum for `spotMembers~bulkInvite` (`emails`: min 1, max 200). */
export const MELTINGSPOT_BULK_LIMIT = 200;

export const BULK_INVITE_PATH = '/meltingspot/v1/spotMembers~bulkInvite';

export interface BulkInviteBody {
  emails: string[];
  withEmailNotification?: boolean;
}

export function bulkInviteBody(
  emails: readonly string[],
  withEmailNotification: boolean | undefined,
): BulkInviteBody {
  return withEmailNotification === undefined
    ? { emails: [...emails] }
    : { emails: [...emails], withEmailNotification };
}

/**
 * Maps a `{created, failed}` answer to one result per address sent.
 * Assumptions (the vendor text is silent): a `failed` entry carries no reason, so the result has
 * none; an address the answer mentions in neither list is reported failed rather than guessed invited.
 * Only the `email` field of each entry is read, so whatever else the proxy lets through never matters.
 */
export function resultsFromBulkInvite(emails: readonly string[], answer: unknown): InviteResult[] {
  const created = emailSet(answer, 'created');
  const failed = emailSet(answer, 'failed');
  return emails.map((email): InviteResult => {
    const key = email.toLowerCase();
    if (created.has(key)) return { email, status: 'invited' };
    if (failed.has(key)) return { email, status: 'failed' };
    return { email, status: 'failed', code: 'missing_from_answer' };
  });
}

function emailSet(answer: unknown, field: 'created' | 'failed'): Set<string> {
  const list =
    typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[field] : undefined;
  const emails = new Set<string>();
  if (!Array.isArray(list)) return emails;
  for (const entry of list) {
    const email =
      typeof entry === 'object' && entry !== null ? (entry as { email?: unknown }).email : undefined;
    if (typeof email === 'string') emails.add(email.toLowerCase());
  }
  return emails;
}
