import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site';
import { createCalcomSimulator } from '../sandbox/calcom';
import { calcomOperations } from './calcom';
import type { Operation } from './types';

const op = (id: string): Operation => {
  const found = calcomOperations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};
const site: SiteConfig = { key: 'pk_test', origins: [], calcom: { clientId: 'client-a' } };

describe('calcom operations', () => {
  it('need the invite:calcom scope', () => {
    for (const o of calcomOperations) expect(o.access).toEqual({ scope: 'invite:calcom' });
    expect(op('calcom.createManagedUser')).toMatchObject({ idempotent: true, rateLimit: 'invite' });
  });

  it('refuse another OAuth client than the site’s, naming clientId', () => {
    const pin = op('calcom.createManagedUser').pin;
    const body = { email: 'a@example.com', name: 'A' };
    expect(pin?.({ params: { clientId: 'client-b' }, query: {}, body }, { site })).toMatchObject({
      ok: false,
      field: 'clientId',
    });
    expect(pin?.({ params: { clientId: 'client-a' }, query: {}, body }, { site })).toMatchObject({
      ok: true,
    });
    expect(
      pin?.({ params: { clientId: 'client-a' }, query: {}, body }, { site: { key: 'k', origins: [] } }),
    ).toMatchObject({ ok: false });
  });

  it('create body requires email and name, checks optional fields', () => {
    const body = op('calcom.createManagedUser').body;
    expect(
      body?.safeParse({ email: 'a@example.com', name: 'A', timeZone: 'Europe/Paris', timeFormat: 12 })
        .success,
    ).toBe(true);
    expect(body?.safeParse({ email: 'a@example.com' }).success).toBe(false);
    expect(body?.safeParse({ email: 'a@example.com', name: 'A', timeZone: 'Nowhere/Town' }).success).toBe(
      false,
    );
    expect(body?.safeParse({ email: 'a@example.com', name: 'A', timeFormat: 13 }).success).toBe(false);
    expect(body?.safeParse({ email: 'a@example.com', name: 'A', metadata: {} }).success).toBe(false);
  });

  it('find query takes a comma list of e-mails only', () => {
    const query = op('calcom.findManagedUsers').query;
    expect(
      query?.safeParse({ emails: 'a@example.com,b@example.com', limit: '10', offset: '0' }).success,
    ).toBe(true);
    expect(query?.safeParse({ emails: 'a@example.com,nope' }).success).toBe(false);
    expect(query?.safeParse({ take: '5' }).success).toBe(false);
  });

  it('no managed-user token ever reaches the browser (projection of a real simulator answer)', async () => {
    const sim = createCalcomSimulator();
    const { clientId, secretKey } = sim.credentials as { clientId: string; secretKey: string };
    const res = await sim.app.request(`/v2/oauth-clients/${clientId}/users`, {
      method: 'POST',
      headers: {
        'x-cal-client-id': clientId,
        'x-cal-secret-key': secretKey,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'new@example.com', name: 'New Person', timeZone: 'Europe/Amsterdam' }),
    });
    const raw = (await res.json()) as {
      data: { accessToken: string; refreshToken: string; user: { id: number } };
    };
    const input = { params: { clientId }, query: {}, body: {} };
    const projected = op('calcom.createManagedUser').project(raw, input, { site });
    expect(projected).toEqual({
      id: raw.data.user.id,
      email: 'new@example.com',
      name: 'New Person',
      timeZone: 'Europe/Amsterdam',
    });
    const text = JSON.stringify(projected);
    expect(text).not.toContain(raw.data.accessToken);
    expect(text).not.toContain(raw.data.refreshToken);
    expect(text).not.toMatch(/token/i);
  });

  it('find projection keeps id and e-mail only; 409 maps to conflict', () => {
    const projected = op('calcom.findManagedUsers').project(
      {
        status: 'success',
        data: [{ id: 1, email: 'a@example.com', name: 'Ada', username: 'ada', timeZone: 'UTC' }],
      },
      { params: { clientId: 'client-a' }, query: {}, body: undefined },
      { site },
    );
    expect(projected).toEqual({ items: [{ id: 1, email: 'a@example.com' }] });
    expect(op('calcom.createManagedUser').mapError?.(409, {})).toMatchObject({ code: 'conflict' });
  });
});
