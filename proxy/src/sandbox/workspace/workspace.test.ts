import { describe, expect, it } from 'vitest';
import { createWorkspaceSimulator } from './index';

function setup() {
  let clock = new Date('2026-03-02T10:00:00Z').getTime();
  const sim = createWorkspaceSimulator({ now: () => new Date(clock) });
  const advance = (seconds: number) => {
    clock += seconds * 1000;
  };
  const authorize = async (credentials: unknown = sim.credentials) => {
    const res = await sim.app.request('/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    return { status: res.status, body: (await res.json()) as { accessToken: string; expiresIn: number } };
  };
  const createUser = (token: string, body: unknown) =>
    sim.app.request('/v1/users', {
      method: 'POST',
      headers: { authorization: token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { sim, advance, authorize, createUser };
}

const invite = { email: 'new@example.com', inviteMessage: 'Welcome!', accessGroups: ['Members', 'Staff'] };

describe('Workspace simulator', () => {
  it('authorizes only the right client and hands out a 60-second token', async () => {
    const { authorize } = setup();
    expect((await authorize({ clientId: 'sandbox-workspace-client', clientSecret: 'wrong' })).status).toBe(
      401,
    );
    const ok = await authorize();
    expect(ok.status).toBe(200);
    expect(ok.body.expiresIn).toBe(60);
    expect(ok.body.accessToken).toBeTruthy();
  });

  it('refuses calls without a token, with a Bearer-prefixed one, and after expiry', async () => {
    const { sim, authorize, createUser, advance } = setup();
    expect((await sim.app.request('/v1/users')).status).toBe(401);
    const { accessToken } = (await authorize()).body;
    expect((await createUser(`Bearer ${accessToken}`, invite)).status).toBe(401);
    advance(59);
    expect((await sim.app.request('/v1/users', { headers: { authorization: accessToken } })).status).toBe(
      200,
    );
    advance(2);
    expect((await sim.app.request('/v1/users', { headers: { authorization: accessToken } })).status).toBe(
      401,
    );
    expect(sim.isSigned(new Request('http://x/v1/users', { headers: { authorization: accessToken } }))).toBe(
      false,
    );
  });

  it('creates a user (201, User shape) and stores access groups and the invite message', async () => {
    const { sim, authorize, createUser } = setup();
    const { accessToken } = (await authorize()).body;
    const res = await createUser(accessToken, {
      ...invite,
      profileData: { firstName: 'New', lastName: 'Person' },
    });
    expect(res.status).toBe(201);
    const user = (await res.json()) as Record<string, unknown>;
    expect(user).toMatchObject({
      email: 'new@example.com',
      firstname: 'New',
      lastName: 'Person',
      initials: 'NP',
    });
    expect(user).not.toHaveProperty('accessGroups');
    const stored = sim.users().find((u) => u.email === 'new@example.com');
    expect(stored).toMatchObject({ accessGroups: ['Members', 'Staff'], inviteMessage: 'Welcome!' });
    const list = await sim.app.request('/v1/users', { headers: { authorization: accessToken } });
    expect(((await list.json()) as { itemsTotal: number }).itemsTotal).toBe(3);
  });

  it('refuses a taken e-mail (409), missing fields and unknown access groups (400)', async () => {
    const { authorize, createUser } = setup();
    const { accessToken } = (await authorize()).body;
    expect((await createUser(accessToken, { ...invite, email: 'ADA@example.com' })).status).toBe(409);
    expect((await createUser(accessToken, { email: 'x@example.com' })).status).toBe(400);
    expect((await createUser(accessToken, { ...invite, accessGroups: ['Owners'] })).status).toBe(400);
  });

  it('reset restores the seed and drops tokens; the seed names the sandbox pins', async () => {
    const { sim, authorize, createUser } = setup();
    const { accessToken } = (await authorize()).body;
    await createUser(accessToken, invite);
    sim.reset();
    expect(sim.users()).toHaveLength(2);
    expect((await sim.app.request('/v1/users', { headers: { authorization: accessToken } })).status).toBe(
      401,
    );
    expect(sim.seed()).toMatchObject({
      sitePins: { accessGroups: ['Members', 'Volunteers', 'Staff'], idpType: 'database' },
    });
  });
});
