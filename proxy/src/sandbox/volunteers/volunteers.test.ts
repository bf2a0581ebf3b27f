import { describe, expect, it } from 'vitest';
import { createVolunteersSimulator } from './index';

function setup() {
  const sim = createVolunteersSimulator();
  const headers = { authorization: `Bearer ${sim.credentials.token}`, 'content-type': 'application/json' };
  const create = (body: unknown) =>
    sim.app.request('/users', { method: 'POST', headers, body: JSON.stringify(body) });
  const find = async (qs: string) => {
    const res = await sim.app.request(`/users${qs}`, { headers });
    return (await res.json()) as {
      data: { id: number; emailAddresses?: { email: string }[] }[];
      meta: { pagination: Record<string, unknown> };
    };
  };
  return { sim, create, find };
}

const person = {
  first_name: 'New',
  last_name: 'Person',
  emailAddresses: [{ email: 'new@example.com' }],
  roleProfiles: [{ id: 501, team: { id: 77 } }],
  send_password_reset_email: true,
  confirm_age: true,
};

describe('Volunteers simulator', () => {
  it('refuses calls without the bearer token', async () => {
    const { sim } = setup();
    const res = await sim.app.request('/users');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status_code: '401' });
  });

  it('creates a user (201) and stores role profile, e-mail and the reset flag', async () => {
    const { sim, create } = setup();
    const res = await create(person);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ display_name: 'New Person', role_name: 'Event volunteer' });
    const stored = sim.users().find((u) => u.first_name === 'New');
    expect(stored).toMatchObject({
      roleProfiles: [{ id: 501, team: { id: 77 } }],
      send_password_reset_email: true,
      emailAddresses: [{ email: 'new@example.com', primary: true }],
    });
  });

  it('refuses a taken e-mail and missing fields with 422 per-field errors', async () => {
    const { create } = setup();
    const taken = await create({ ...person, emailAddresses: [{ email: 'GRACE@example.com' }] });
    expect(taken.status).toBe(422);
    expect(await taken.json()).toMatchObject({
      errors: { 'emailAddresses.0.email': ['The email has already been taken.'] },
    });
    const missing = (await (await create({ emailAddresses: [] })).json()) as {
      errors: Record<string, unknown>;
    };
    expect(Object.keys(missing.errors).sort()).toEqual(['dob', 'first_name', 'last_name', 'roleProfiles']);
    expect((await create({ ...person, roleProfiles: [{ id: 999 }] })).status).toBe(422);
  });

  it('searches by q with pagination meta and optional e-mail addresses', async () => {
    const { find } = setup();
    const hit = await find('?q=ada@example.com&include=emailAddresses');
    expect(hit.data.map((u) => u.emailAddresses?.[0]?.email)).toEqual(['ada@example.com']);
    expect(hit.meta.pagination).toMatchObject({
      total: '1',
      count: '1',
      current_page: '1',
      total_pages: '1',
    });
    const paged = await find('?per_page=1&page=1');
    expect(paged.meta.pagination).toMatchObject({
      total: '2',
      total_pages: '2',
      links: { next: expect.any(String) },
    });
    expect(paged.data[0]).not.toHaveProperty('emailAddresses');
  });

  it('reset restores the seed; the seed names the sandbox pins', async () => {
    const { sim, create } = setup();
    await create(person);
    sim.reset();
    expect(sim.users()).toHaveLength(2);
    expect(sim.seed()).toMatchObject({
      sitePins: { roleProfileId: 501, teamId: 77, sendPasswordResetEmail: true },
    });
  });
});
