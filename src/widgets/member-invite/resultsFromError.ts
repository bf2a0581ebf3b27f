import { isConveneError } from '../../core/errors';
import type { InviteResult } from './inviteResult';

/**
 * When a whole call fails, every address in it gets the same outcome: rate-limited with the wait
 * from `Retry-After`, or failed with the error code. The error's message is not copied: it is for
 * developers and could quote a vendor answer we have not vetted for the browser.
 */
export function resultsFromError(emails: readonly string[], error: unknown): InviteResult[] {
  if (isConveneError(error) && error.code === 'rate_limited') {
    return emails.map((email) =>
      error.retryAfter === undefined
        ? { email, status: 'rate_limited' }
        : { email, status: 'rate_limited', retryAfter: error.retryAfter },
    );
  }
  const code = isConveneError(error) ? error.code : 'unknown';
  return emails.map((email) => ({ email, status: 'failed', code }));
}
