import { beforeAll, describe, expect, it } from 'vitest';
import { ConveneError } from '../../core/errors';
import { createTranslator } from '../../core/i18n/catalog';
import { loadCatalogs } from '../../core/i18n/catalogStore';
import { describeResult } from './describeResult';
import { memberInviteMessages } from './messages';
import { resultsFromError } from './resultsFromError';

// Dutch and French load on first use; these tests translate outside any widget, so they load them first.
beforeAll(() => loadCatalogs(['nl', 'fr']));

const english = createTranslator(memberInviteMessages, { catalog: 'en', intl: 'en' });

describe('resultsFromError', () => {
  it('marks every address of a rate-limited call with the wait from Retry-After', () => {
    const error = new ConveneError('rate_limited', 'slow down', { status: 429, retryAfter: 30 });
    const results = resultsFromError(['a@x.com', 'b@x.com'], error);
    expect(results).toEqual([
      { email: 'a@x.com', status: 'rate_limited', retryAfter: 30 },
      { email: 'b@x.com', status: 'rate_limited', retryAfter: 30 },
    ]);
    expect(describeResult(results[0] as (typeof results)[number], english)).toBe(
      'Too many invitations at once. Try again in 30 seconds.',
    );
  });

  it('marks addresses failed with the error code but never copies the raw message', () => {
    const error = new ConveneError('vendor_error', 'upstream said: secret-ish detail', { status: 502 });
    const [result] = resultsFromError(['a@x.com'], error);
    expect(result).toEqual({ email: 'a@x.com', status: 'failed', code: 'vendor_error' });
    expect(JSON.stringify(result)).not.toContain('secret-ish');
  });

  it('treats an unexpected throw as an unknown failure', () => {
    expect(resultsFromError(['a@x.com'], new TypeError('x'))).toEqual([
      { email: 'a@x.com', status: 'failed', code: 'unknown' },
    ]);
  });
});

describe('describeResult', () => {
  it.each([
    ['en', 'Failed: Email already used'],
    ['nl', 'Mislukt: Email already used'],
    ['fr', 'Échec\u00a0: Email already used'],
  ] as const)('shows the vendor reason for a failure in %s', (locale, expected) => {
    const t = createTranslator(memberInviteMessages, { catalog: locale, intl: locale });
    expect(describeResult({ email: 'a@x.com', status: 'failed', reason: 'Email already used' }, t)).toBe(
      expected,
    );
  });

  it('says "already a member" rather than failed', () => {
    expect(describeResult({ email: 'a@x.com', status: 'already_member' }, english)).toBe('Already a member');
  });

  it('falls back to a wait-a-moment message when no Retry-After was given', () => {
    const t = createTranslator(memberInviteMessages, { catalog: 'nl', intl: 'nl' });
    expect(describeResult({ email: 'a@x.com', status: 'rate_limited' }, t)).toBe(
      'Te veel uitnodigingen tegelijk. Probeer het zo opnieuw.',
    );
  });

  it('pluralises the progress and duplicate wording per language', () => {
    const fr = createTranslator(memberInviteMessages, { catalog: 'fr', intl: 'fr' });
    expect(english('parse.duplicatesMerged', { count: 1 })).toBe('1 duplicate address was merged.');
    expect(english('parse.duplicatesMerged', { count: 3 })).toBe('3 duplicate addresses were merged.');
    expect(fr('parse.duplicatesMerged', { count: 2 })).toBe('2 adresses en double ont été fusionnées.');
    expect(english('send.progress', { done: 120, total: 450 })).toBe('120 of 450 sent');
  });
});
