import { describe, expect, it } from 'vitest';
import { createMeltingspotSimulator } from './index';

function setup() {
  const sim = createMeltingspotSimulator();
  const auth = { authorization: `Bearer ${sim.credentials.apiKey}`, 'content-type': 'application/json' };
  const post = (path: string, body: unknown) =>
    sim.app.request(path, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  const get = (path: string) => sim.app.request(path, { headers: auth });
  return { sim, post, get };
}

describe('MeltingSpot simulator', () => {
  it('refuses calls without the API key', async () => {
    const { sim } = setup();
    expect((await sim.app.request('/v1/spotMembers')).status).toBe(401);
    const wrong = await sim.app.request('/v1/spotMembers', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(sim.isSigned(new Request('http://x/v1/spotMembers'))).toBe(false);
  });

  it('lists seed members, filtered by repeated email[in]', async () => {
    const { get } = setup();
    const all = (await (await get('/v1/spotMembers')).json()) as { items: unknown[]; total: number };
    expect(all.total).toBe(2);
    const res = await get('/v1/spotMembers?email[in]=ADA@example.com&email[in]=nobody@example.com');
    const body = (await res.json()) as { items: { email: string }[]; total: number };
    expect(body.items.map((m) => m.email)).toEqual(['ada@example.com']);
    expect(body.total).toBe(1);
  });

  it('bulk invite creates new members and fails already-members and invalid addresses', async () => {
    const { post, get } = setup();
    const res = await post('/v1/spotMembers~bulkInvite', {
      emails: ['new@example.com', 'grace@example.com', 'not-an-email'],
      withEmailNotification: true,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      created: { email: string; status: string }[];
      failed: { email: string }[];
    };
    expect(body.created.map((m) => [m.email, m.status])).toEqual([['new@example.com', 'Invited']]);
    expect(body.failed.map((f) => f.email)).toEqual(['grace@example.com', 'not-an-email']);
    const stored = (await (await get('/v1/spotMembers?email[in]=new@example.com')).json()) as {
      total: number;
    };
    expect(stored.total).toBe(1);
  });

  it('refuses a bulk invite of more than 200 addresses or none', async () => {
    const { post, get } = setup();
    const emails = Array.from({ length: 201 }, (_, i) => `p${i}@example.com`);
    expect((await post('/v1/spotMembers~bulkInvite', { emails })).status).toBe(422);
    expect((await post('/v1/spotMembers~bulkInvite', { emails: [] })).status).toBe(422);
    expect(((await (await get('/v1/spotMembers')).json()) as { total: number }).total).toBe(2);
  });

  it('single invite answers 201, then 409 for the same address', async () => {
    const { post } = setup();
    expect((await post('/v1/spotMembers', { email: 'solo@example.com' })).status).toBe(201);
    expect((await post('/v1/spotMembers', { email: 'Solo@example.com' })).status).toBe(409);
    expect((await post('/v1/spotMembers', { email: 'bad' })).status).toBe(422);
  });

  it('reset restores the seed', async () => {
    const { sim, post, get } = setup();
    await post('/v1/spotMembers', { email: 'solo@example.com' });
    sim.reset();
    expect(((await (await get('/v1/spotMembers')).json()) as { total: number }).total).toBe(2);
    expect(sim.seed()).toMatchObject({ sitePins: { emailNotification: 'choice' } });
  });
});
