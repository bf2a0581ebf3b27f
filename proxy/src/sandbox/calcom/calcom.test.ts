import { describe, expect, it } from 'vitest';
import { createCalcomSimulator } from './index';

function setup() {
  const sim = createCalcomSimulator({ now: () => new Date('2026-03-02T10:00:00Z') });
  const { clientId, secretKey } = sim.credentials as { clientId: string; secretKey: string };
  const headers = {
    'x-cal-client-id': clientId,
    'x-cal-secret-key': secretKey,
    'content-type': 'application/json',
  };
  const base = `/v2/oauth-clients/${clientId}/users`;
  const create = (body: unknown) =>
    sim.app.request(base, { method: 'POST', headers, body: JSON.stringify(body) });
  const list = async (qs = '') =>
    ((await (await sim.app.request(`${base}${qs}`, { headers })).json()) as { data: { email: string }[] })
      .data;
  return { sim, headers, base, create, list, clientId };
}

describe('Cal.com platform simulator', () => {
  it('refuses calls without both client headers matching', async () => {
    const { sim, base, clientId } = setup();
    expect((await sim.app.request(base)).status).toBe(401);
    const wrong = await sim.app.request(base, {
      headers: { 'x-cal-client-id': clientId, 'x-cal-secret-key': 'x' },
    });
    expect(wrong.status).toBe(401);
  });

  it('answers 404 for another OAuth client', async () => {
    const { sim, headers } = setup();
    expect((await sim.app.request('/v2/oauth-clients/other/users', { headers })).status).toBe(404);
  });

  it('creates a managed user with tokens, default time zone, and lists it by email', async () => {
    const { create, list } = setup();
    const res = await create({ email: 'new@example.com', name: 'New Person' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { data: { user: { timeZone: string }; accessToken: string } };
    expect(body.data.user.timeZone).toBe('Europe/London');
    expect(body.data.accessToken).toBeTruthy();
    expect((await list('?emails=new@example.com,ada@example.com')).map((u) => u.email).sort()).toEqual([
      'ada@example.com',
      'new@example.com',
    ]);
    expect(await list('?limit=1&offset=1')).toHaveLength(1);
  });

  it('refuses a taken e-mail with 409 and invalid fields with 400', async () => {
    const { create } = setup();
    expect((await create({ email: 'ADA@example.com', name: 'Ada' })).status).toBe(409);
    expect((await create({ email: 'x@example.com' })).status).toBe(400);
    expect((await create({ email: 'x@example.com', name: 'X', timeZone: 'Mars/Base' })).status).toBe(400);
    expect((await create({ email: 'x@example.com', name: 'X', timeFormat: 13 })).status).toBe(400);
  });

  it('reset restores the seed', async () => {
    const { sim, create, list } = setup();
    await create({ email: 'new@example.com', name: 'New Person' });
    sim.reset();
    expect(await list()).toHaveLength(2);
    expect(JSON.stringify(sim.seed())).not.toContain(sim.credentials.secretKey);
  });
});
