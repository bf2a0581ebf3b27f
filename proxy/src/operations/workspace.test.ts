import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site';
import type { Operation } from './types';
import { workspaceOperations } from './workspace';

const [createUser] = workspaceOperations as [Operation];
const site: SiteConfig = {
  key: 'pk_test',
  origins: [],
  workspace: { accessGroups: ['Members', 'Staff'], idpType: 'database' },
};
const pin = (body: unknown, s: SiteConfig = site) =>
  createUser.pin?.({ params: {}, query: {}, body }, { site: s });
const valid = { email: 'a@example.com', inviteMessage: 'Hello', accessGroups: ['Members'] };

describe('workspace.createUser', () => {
  it('is an idempotent invite needing invite:workspace', () => {
    expect(createUser).toMatchObject({
      id: 'workspace.createUser',
      method: 'POST',
      path: '/v1/users',
      idempotent: true,
      rateLimit: 'invite',
      access: { scope: 'invite:workspace' },
    });
  });

  it('requires email and inviteMessage; refuses origin, roleName and unknown keys', () => {
    const body = createUser.body;
    expect(body?.safeParse(valid).success).toBe(true);
    expect(body?.safeParse({ email: 'a@example.com' }).success).toBe(false);
    expect(body?.safeParse({ ...valid, inviteMessage: '  ' }).success).toBe(false);
    expect(body?.safeParse({ ...valid, origin: 'x' }).success).toBe(false);
    expect(body?.safeParse({ ...valid, profileData: { roleName: 'Owner' } }).success).toBe(false);
  });

  it('refuses access groups the site does not offer, another idpType, and emailVerified, naming each', () => {
    expect(pin({ ...valid, accessGroups: ['Members', 'Admins'] })).toMatchObject({
      ok: false,
      field: 'accessGroups',
    });
    expect(pin({ ...valid, idpType: 'saml' })).toMatchObject({ ok: false, field: 'idpType' });
    expect(pin({ ...valid, emailVerified: true })).toMatchObject({ ok: false, field: 'emailVerified' });
    expect(pin(valid, { key: 'k', origins: [] })).toMatchObject({ ok: false });
  });

  it('fills the pinned idpType and sends emailVerified false and origin Convene', () => {
    const pinned = pin(valid);
    expect(pinned).toMatchObject({ ok: true, input: { body: { idpType: 'database' } } });
    if (!pinned?.ok) throw new Error('expected the pin to pass');
    expect(createUser.vendorBody?.(pinned.input, { site })).toEqual({
      ...valid,
      idpType: 'database',
      emailVerified: false,
      origin: 'Convene',
    });
  });

  it('projects id, email and names only; 409 is a conflict', () => {
    const projected = createUser.project(
      {
        id: 'wu_9',
        email: 'a@example.com',
        firstname: 'A',
        lastName: 'B',
        initials: 'AB',
        roleName: 'Admin',
        emailVerified: false,
        terminated: false,
      },
      { params: {}, query: {}, body: valid },
      { site },
    );
    expect(projected).toEqual({ id: 'wu_9', email: 'a@example.com', firstName: 'A', lastName: 'B' });
    expect(createUser.mapError?.(409, {})).toMatchObject({ status: 409, code: 'conflict' });
  });
});
