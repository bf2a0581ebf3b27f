import { describe, expect, it } from 'vitest';
import { bulkInviteBody, resultsFromBulkInvite } from './bulkInvite';

describe('MeltingSpot bulk invite', () => {
  it('sends the notification flag only when the site decided it', () => {
    expect(bulkInviteBody(['a@x.com'], undefined)).toEqual({ emails: ['a@x.com'] });
    expect(bulkInviteBody(['a@x.com'], true)).toEqual({ emails: ['a@x.com'], withEmailNotification: true });
  });

  it('gives each address sent its own outcome from created and failed, matching case-insensitively', () => {
    const answer = {
      created: [{ id: 'm1', email: 'ADA@x.com', status: 'Accepted' }],
      failed: [{ email: 'grace@x.com', firstname: 'Grace' }],
    };
    expect(resultsFromBulkInvite(['Ada@x.com', 'grace@x.com', 'lost@x.com'], answer)).toEqual([
      { email: 'Ada@x.com', status: 'invited' },
      { email: 'grace@x.com', status: 'failed' },
      { email: 'lost@x.com', status: 'failed', code: 'missing_from_answer' },
    ]);
  });

  it('never reports success for an answer it cannot read', () => {
    expect(resultsFromBulkInvite(['a@x.com'], 'oops')).toEqual([
      { email: 'a@x.com', status: 'failed', code: 'missing_from_answer' },
    ]);
  });
});
