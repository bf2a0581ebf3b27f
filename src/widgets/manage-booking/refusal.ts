import { asConveneError } from '../../core/errors';

/** How a failed manage call reads to the visitor: a dead link, an already cancelled booking, or a retryable error. */
export type ManageRefusal = 'invalid_link' | 'already_cancelled' | 'slot_taken' | 'other';

export function refusalOf(error: unknown): ManageRefusal {
  const { code, details } = asConveneError(error);
  if (code === 'invalid_token' || code === 'scope_denied' || code === 'not_found') return 'invalid_link';
  const reason = (details as { reason?: unknown } | undefined)?.reason;
  if (code === 'conflict' && reason === 'already_cancelled') return 'already_cancelled';
  if (code === 'conflict') return 'slot_taken';
  return 'other';
}
