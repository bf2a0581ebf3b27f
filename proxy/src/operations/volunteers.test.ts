import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site';
import type { Operation } from './types';
import { volunteersOperations } from './volunteers';

const op = (id: string): Operation => {
  const found = volunteersOperations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};
const site: SiteConfig = {
  key: 'pk_test',
  origins: [],
  volunteers: { roleProfileId: 501, teamId: 77, sendPasswordResetEmail: true },
};
const valid = { first_name: 'Ada', last_name: 'Lovelace', emailAddresses: [{ email: 'ada@example.com' }] };
const pin = (body: unknown) => op('volunteers.createUser').pin?.({ params: {}, query: {}, body }, { site });

describe('volunteers operations', () => {
  it('need invite:volunteers; create is an idempotent invite', () => {
    for (const o of volunteersOperations) expect(o.access).toEqual({ scope: 'invite:volunteers' });
    expect(op('volunteers.createUser')).toMatchObject({
      path: '/users',
      idempotent: true,
      rateLimit: 'invite',
    });
  });

  it('create requires names and at least one valid e-mail', () => {
    const body = op('volunteers.createUser').body;
    expect(body?.safeParse(valid).success).toBe(true);
    expect(body?.safeParse({ ...valid, first_name: ' ' }).success).toBe(false);
    expect(body?.safeParse({ ...valid, emailAddresses: [] }).success).toBe(false);
    expect(body?.safeParse({ ...valid, emailAddresses: [{ email: 'nope' }] }).success).toBe(false);
    expect(body?.safeParse({ ...valid, password: 'Secret123' }).success).toBe(false);
  });

  it('fills the pinned role profile, team and reset e-mail when absent', () => {
    const pinned = pin(valid);
    expect(pinned).toMatchObject({
      ok: true,
      input: { body: { roleProfiles: [{ id: 501, team: { id: 77 } }], send_password_reset_email: true } },
    });
    if (!pinned?.ok) throw new Error('expected the pin to pass');
    expect(op('volunteers.createUser').vendorBody?.(pinned.input, { site })).toMatchObject({
      confirm_age: true,
    });
  });

  it('refuses another role profile, team or reset choice, naming the field', () => {
    expect(pin({ ...valid, roleProfiles: [{ id: 502 }] })).toMatchObject({
      ok: false,
      field: 'roleProfiles',
    });
    expect(pin({ ...valid, roleProfiles: [{ id: 501, team: { id: 1 } }] })).toMatchObject({
      ok: false,
      field: 'roleProfiles',
    });
    expect(pin({ ...valid, roleProfiles: [{ id: 501 }, { id: 502 }] })).toMatchObject({
      ok: false,
      field: 'roleProfiles',
    });
    expect(pin({ ...valid, send_password_reset_email: false })).toMatchObject({
      ok: false,
      field: 'send_password_reset_email',
    });
    expect(pin({ ...valid, roleProfiles: [{ id: 501 }] })).toMatchObject({ ok: true });
  });

  it('find takes one e-mail as q and asks the vendor for e-mail addresses', () => {
    const o = op('volunteers.findUsers');
    expect(o.query?.safeParse({ q: 'John' }).success).toBe(false);
    expect(o.query?.safeParse({ q: 'a@example.com', roles: '1' }).success).toBe(false);
    const qs = o.vendorQuery?.({ params: {}, query: { q: 'a@example.com' }, body: undefined }, { site });
    expect(qs?.get('q')).toBe('a@example.com');
    expect(qs?.get('include')).toBe('emailAddresses');
  });

  it('find projects only exact e-mail matches, id and e-mail', () => {
    const projected = op('volunteers.findUsers').project(
      {
        data: [
          { id: 1, display_name: 'Ada L', emailAddresses: [{ email: 'Ada@example.com' }], team_name: 'Kent' },
          { id: 2, display_name: 'Adam', emailAddresses: [{ email: 'ada@example.com.au' }] },
        ],
        meta: { pagination: { total: '2' } },
      },
      { params: {}, query: { q: 'ada@example.com' }, body: undefined },
      { site },
    );
    expect(projected).toEqual({ items: [{ id: 1, email: 'Ada@example.com' }] });
  });

  it('create projects id and names; a taken e-mail (422) becomes a conflict', () => {
    const created = op('volunteers.createUser').project(
      { id: 9, first_name: 'A', last_name: 'B', display_name: 'A B', can_manage: true, status: { id: '1' } },
      { params: {}, query: {}, body: valid },
      { site },
    );
    expect(created).toEqual({ id: 9, firstName: 'A', lastName: 'B' });
    const mapError = op('volunteers.createUser').mapError;
    const taken = { errors: { 'emailAddresses.0.email': ['The email has already been taken.'] } };
    expect(mapError?.(422, taken)).toMatchObject({ status: 409, code: 'conflict' });
    expect(mapError?.(422, { errors: { first_name: ['required'] } })).toBeUndefined();
  });
});
