import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, expectError } from './harness';

/** Every directory operation through the whole proxy: token, pins, signing, projection. */
describe('directory operations through the proxy', () => {
  const harness = createHarness();
  let seed: Record<string, Record<string, unknown>>;
  beforeEach(async () => {
    harness.proxy.reset();
    seed = (await harness.call('/__sandbox/seed')).json as typeof seed;
  });
  const post = async (path: string, scope: string, json: unknown) =>
    harness.call(path, { json, token: await harness.token([scope]), idempotencyKey: crypto.randomUUID() });
  const get = async (path: string, scope: string) =>
    harness.call(path, { token: await harness.token([scope]) });
  const lastCall = () => harness.vendorCalls().at(-1);
  const memberEmail = () =>
    (seed.meltingspot as { members: { email: string }[] }).members[0]?.email as string;

  it('meltingspot.bulkInvite: new addresses are created, members and bad ones fail, signed with the bearer key', async () => {
    const member = memberEmail();
    const answer = await post('/meltingspot/v1/spotMembers~bulkInvite', 'invite:meltingspot', {
      emails: ['new.one@example.com', member],
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      created: [expect.objectContaining({ email: 'new.one@example.com' })],
      failed: [{ email: member }],
    });
    expect(lastCall()).toMatchObject({ vendor: 'meltingspot', method: 'POST', signed: true });
    // Only id, email and status of a member reach the browser.
    expect(Object.keys((answer.json as { created: object[] }).created[0] as object).sort()).toEqual([
      'email',
      'id',
      'status',
    ]);
  });

  it('meltingspot.invite: one address; an existing member is 409 conflict', async () => {
    const created = await post('/meltingspot/v1/spotMembers', 'invite:meltingspot', {
      email: 'solo@example.com',
    });
    expect(created.status).toBe(201);
    const again = await post('/meltingspot/v1/spotMembers', 'invite:meltingspot', {
      email: 'solo@example.com',
    });
    expectError(again, 409, 'conflict');
  });

  it('meltingspot.findMembers: only the asked addresses, projected', async () => {
    const member = memberEmail();
    const answer = await get(
      `/meltingspot/v1/spotMembers?email%5Bin%5D=${encodeURIComponent(member)}`,
      'invite:meltingspot',
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ items: [{ email: member }], total: 1 });
  });

  it('workspace.createUser: temporary token fetched from /authorize, pins filled in', async () => {
    const groups = (seed.workspace as { sitePins: { accessGroups: string[] } }).sitePins.accessGroups;
    const answer = await post('/workspace/v1/users', 'invite:workspace', {
      email: 'ws.new@example.com',
      inviteMessage: 'Welcome aboard',
      accessGroups: groups.slice(0, 1),
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ email: 'ws.new@example.com' });
    const calls = harness.vendorCalls().filter((call) => call.vendor === 'workspace');
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /authorize', 'POST /v1/users']);
    expect(calls[1]?.signed).toBe(true);
  });

  it('workspace: 100 parallel invites make one /authorize', async () => {
    const token = await harness.token(['invite:workspace']);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        harness.call('/workspace/v1/users', {
          json: { email: `p${i}@example.com`, inviteMessage: 'Hi' },
          token,
          idempotencyKey: crypto.randomUUID(),
        }),
      ),
    );
    const authorizes = harness.vendorCalls().filter((call) => call.path === '/authorize');
    expect(authorizes).toHaveLength(1);
  });

  it('volunteers.createUser and findUsers: role profile pinned; search returns only exact matches', async () => {
    const created = await post('/volunteers/users', 'invite:volunteers', {
      first_name: 'Vera',
      last_name: 'Volunteer',
      emailAddresses: [{ email: 'vera@example.com' }],
    });
    expect(created.status).toBe(201);
    const found = await get('/volunteers/users?q=vera%40example.com', 'invite:volunteers');
    expect(found.status).toBe(200);
    expect(found.json).toEqual({ items: [expect.objectContaining({ email: 'vera@example.com' })] });
    const again = await post('/volunteers/users', 'invite:volunteers', {
      first_name: 'Vera',
      last_name: 'Volunteer',
      emailAddresses: [{ email: 'vera@example.com' }],
    });
    expectError(again, 409, 'conflict');
  });

  it('calcom.createManagedUser and findManagedUsers: tokens of the managed user never leave the proxy', async () => {
    const clientId = (seed.calcom as { clientId: string }).clientId;
    const created = await post(`/calcom/v2/oauth-clients/${clientId}/users`, 'invite:calcom', {
      email: 'cal.new@example.com',
      name: 'Cal New',
      timeZone: 'Europe/Paris',
    });
    expect(created.status).toBe(201);
    expect(created.text).not.toMatch(/accessToken|refreshToken/);
    const found = await get(
      `/calcom/v2/oauth-clients/${clientId}/users?emails=cal.new%40example.com`,
      'invite:calcom',
    );
    expect(found.json).toEqual({ items: [expect.objectContaining({ email: 'cal.new@example.com' })] });
  });

  it('a token with several scopes works for each, and max uses are counted', async () => {
    const token = await harness.token(['invite:meltingspot'], { maxUses: 2 });
    const use = () => harness.call('/meltingspot/v1/spotMembers?email%5Bin%5D=a%40example.com', { token });
    expect((await use()).status).toBe(200);
    expect((await use()).status).toBe(200);
    expectError(await use(), 401, 'invalid_token');
  });
});
