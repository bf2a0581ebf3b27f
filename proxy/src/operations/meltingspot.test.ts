import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site';
import { meltingspotOperations } from './meltingspot';
import type { Operation } from './types';

const op = (id: string): Operation => {
  const found = meltingspotOperations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};
const site = (emailNotification: 'always' | 'never' | 'choice'): SiteConfig => ({
  key: 'pk_test',
  origins: [],
  meltingspot: { emailNotification },
});
const pin = (id: string, body: unknown, s: SiteConfig) =>
  op(id).pin?.({ params: {}, query: {}, body }, { site: s });

describe('meltingspot operations', () => {
  it('all need the invite:meltingspot scope; creates are idempotent invites', () => {
    for (const o of meltingspotOperations) expect(o.access).toEqual({ scope: 'invite:meltingspot' });
    expect(op('meltingspot.bulkInvite')).toMatchObject({ idempotent: true, rateLimit: 'invite' });
    expect(op('meltingspot.findMembers').rateLimit).toBe('read');
  });

  it('bulk body accepts 1..200 valid emails and refuses the rest', () => {
    const body = op('meltingspot.bulkInvite').body;
    expect(body?.safeParse({ emails: ['a@example.com'] }).success).toBe(true);
    expect(body?.safeParse({ emails: [] }).success).toBe(false);
    expect(body?.safeParse({ emails: ['not an email'] }).success).toBe(false);
    const many = Array.from({ length: 201 }, (_, i) => `p${i}@example.com`);
    expect(body?.safeParse({ emails: many }).success).toBe(false);
    expect(body?.safeParse({ emails: ['a@example.com'], role: 'Admin' }).success).toBe(false);
  });

  it('pins the notification when the site fixes it, naming the field on a different value', () => {
    const refused = pin(
      'meltingspot.bulkInvite',
      { emails: ['a@example.com'], withEmailNotification: true },
      site('never'),
    );
    expect(refused).toMatchObject({ ok: false, field: 'withEmailNotification' });
    const filled = pin('meltingspot.invite', { email: 'a@example.com' }, site('always'));
    expect(filled).toMatchObject({ ok: true, input: { body: { withEmailNotification: true } } });
    const chosen = pin(
      'meltingspot.invite',
      { email: 'a@example.com', withEmailNotification: false },
      site('choice'),
    );
    expect(chosen).toMatchObject({ ok: true, input: { body: { withEmailNotification: false } } });
  });

  it('find query keeps repeated email[in] keys and refuses unknown filters', () => {
    const o = op('meltingspot.findMembers');
    const query = o.query?.parse({ 'email[in]': ['a@example.com', 'b@example.com'], limit: '50' });
    const qs = o.vendorQuery?.({ params: {}, query, body: undefined }, { site: site('choice') });
    expect(qs?.getAll('email[in]')).toEqual(['a@example.com', 'b@example.com']);
    expect(qs?.get('limit')).toBe('50');
    expect(o.query?.safeParse({ 'firstname[in]': 'Ada' }).success).toBe(false);
    expect(o.query?.safeParse({ limit: '0' }).success).toBe(false);
  });

  it('projections keep only id, email and status', () => {
    const member = {
      id: 'sm_1',
      spotId: 's',
      userId: 'u',
      email: 'ada@example.com',
      title: 'CTO',
      firstname: 'Ada',
      lastname: 'Lovelace',
      status: 'Accepted',
      embedBaseUrls: { default: 'https://secret' },
    };
    const input = { params: {}, query: {}, body: {} };
    const ctx = { site: site('choice') };
    const listed = op('meltingspot.findMembers').project({ items: [member], total: 1 }, input, ctx);
    expect(listed).toEqual({
      items: [{ id: 'sm_1', email: 'ada@example.com', status: 'Accepted' }],
      total: 1,
    });
    const bulk = op('meltingspot.bulkInvite').project(
      { created: [member], failed: [{ email: 'x@example.com', firstname: 'X', lang: 'en' }] },
      input,
      ctx,
    );
    expect(JSON.stringify(bulk)).not.toMatch(/Ada|Lovelace|CTO|secret|lang/);
    expect(bulk).toEqual({
      created: [{ id: 'sm_1', email: 'ada@example.com', status: 'Accepted' }],
      failed: [{ email: 'x@example.com' }],
    });
  });

  it('maps an already-member 409 to conflict', () => {
    expect(op('meltingspot.invite').mapError?.(409, {})).toMatchObject({ status: 409, code: 'conflict' });
    expect(op('meltingspot.invite').mapError?.(500, {})).toBeUndefined();
  });
});
