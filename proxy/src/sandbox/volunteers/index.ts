import { Hono } from 'hono';
import type { Simulator, SimulatorOptions } from '../types';

/**
 * Volunteers users API (vendors/volunteers.txt). The text gives no paths or auth; assumed: `GET/POST
 * /users`, `Authorization: Bearer <token>`. Errors use the text's `{ message, status_code }`; validation
 * (and a taken e-mail, which the text does not describe) is 422 with Laravel-style per-field `errors`.
 * Creates answer 201 with the User. Pagination meta follows the text (values as strings).
 */
export interface VolunteerEmail {
  id: number;
  user_id: number;
  primary: boolean;
  email: string;
}

export interface StoredVolunteer {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  emailAddresses: VolunteerEmail[];
  roleProfiles: { id: number; team: { id: number } | null }[];
  send_password_reset_email: boolean;
  confirm_age: boolean;
}

export interface VolunteersSimulator extends Simulator {
  /** Every stored user with what the create call set (role profiles, reset e-mail flag). */
  users(): StoredVolunteer[];
}

const TOKEN = 'sandbox-volunteers-token-5e1b';
const TEAM = { id: 77, name: 'Amsterdam' };
const ROLE_PROFILES = [
  { id: 501, name: 'Event volunteer', teamId: TEAM.id },
  { id: 502, name: 'Coordinator', teamId: TEAM.id },
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function seedUsers(): StoredVolunteer[] {
  const user = (id: number, first: string, last: string, email: string, role: number): StoredVolunteer => ({
    id,
    first_name: first,
    last_name: last,
    display_name: `${first} ${last}`,
    emailAddresses: [{ id: id * 10, user_id: id, primary: true, email }],
    roleProfiles: [{ id: role, team: { id: TEAM.id } }],
    send_password_reset_email: false,
    confirm_age: true,
  });
  return [
    user(46001, 'Ada', 'Lovelace', 'ada@example.com', 502),
    user(46002, 'Grace', 'Hopper', 'grace@example.com', 501),
  ];
}

const asUser = (u: StoredVolunteer) => {
  const role = ROLE_PROFILES.find((r) => r.id === u.roleProfiles[0]?.id);
  return {
    id: u.id,
    display_name: u.display_name,
    title: null,
    can_manage: true,
    role_name: role?.name ?? null,
    team_name: role ? TEAM.name : null,
    status: { id: '1', name: 'Active', contactable: true },
    first_name: u.first_name,
    last_name: u.last_name,
  };
};

type Errors = Record<string, string[]>;

export function createVolunteersSimulator(_options: SimulatorOptions = {}): VolunteersSimulator {
  let users = seedUsers();
  let nextId = 46100;

  const isSigned = (request: Request) => request.headers.get('authorization') === `Bearer ${TOKEN}`;
  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!isSigned(c.req.raw)) return c.json({ message: 'Unauthenticated.', status_code: '401' }, 401);
    await next();
  });

  app.get('/users', (c) => {
    const q = (c.req.query('q') ?? '').trim().toLowerCase();
    const page = Number(c.req.query('page') ?? '1');
    const perPage = Number(c.req.query('per_page') ?? '15');
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      return c.json({ message: 'The given data was invalid.', status_code: '422' }, 422);
    }
    const includes = (c.req.query('include') ?? '').split(',');
    // "Search by display name, email, unique custom fields and id".
    const matching = q
      ? users.filter(
          (u) =>
            u.display_name.toLowerCase().includes(q) ||
            String(u.id) === q ||
            u.emailAddresses.some((e) => e.email.toLowerCase().includes(q)),
        )
      : users;
    const pageItems = matching.slice((page - 1) * perPage, page * perPage);
    const totalPages = Math.max(1, Math.ceil(matching.length / perPage));
    const link = (p: number) =>
      `/users?page=${p}&per_page=${perPage}${q ? `&q=${encodeURIComponent(q)}` : ''}`;
    return c.json({
      data: pageItems.map((u) =>
        includes.includes('emailAddresses') ? { ...asUser(u), emailAddresses: u.emailAddresses } : asUser(u),
      ),
      meta: {
        pagination: {
          total: String(matching.length),
          count: String(pageItems.length),
          per_page: String(perPage),
          current_page: String(page),
          total_pages: String(totalPages),
          links: {
            ...(page < totalPages ? { next: link(page + 1) } : {}),
            ...(page > 1 ? { previous: link(page - 1) } : {}),
          },
        },
      },
    });
  });

  app.post('/users', async (c) => {
    const body = ((await c.req.json().catch(() => null)) ?? {}) as Record<string, unknown>;
    const errors: Errors = {};
    const need = (field: string, message: string) => {
      errors[field] = [...(errors[field] ?? []), message];
    };
    const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
    if (!text(body.first_name)) need('first_name', 'The first name field is required.');
    if (!text(body.last_name)) need('last_name', 'The last name field is required.');
    if (body.dob === undefined && body.confirm_age !== true)
      need('dob', 'The dob field is required when confirm age is not present.');
    const roles = Array.isArray(body.roleProfiles)
      ? (body.roleProfiles as { id?: unknown; team?: { id?: unknown } }[])
      : [];
    if (!roles.length) need('roleProfiles', 'The role profiles field is required.');
    roles.forEach((r, i) => {
      const known = ROLE_PROFILES.find((p) => p.id === r?.id);
      if (!known) need(`roleProfiles.${i}.id`, 'The selected role profile is invalid.');
      else if (r.team !== undefined && r.team?.id !== known.teamId)
        need(`roleProfiles.${i}.team.id`, 'The selected team is invalid.');
    });
    const emails = Array.isArray(body.emailAddresses)
      ? (body.emailAddresses as { email?: unknown; primary?: unknown }[])
      : [];
    emails.forEach((e, i) => {
      if (typeof e?.email !== 'string' || !EMAIL.test(e.email)) {
        need(`emailAddresses.${i}.email`, 'The email must be a valid email address.');
      } else if (
        users.some((u) =>
          u.emailAddresses.some((x) => x.email.toLowerCase() === String(e.email).toLowerCase()),
        )
      ) {
        need(`emailAddresses.${i}.email`, 'The email has already been taken.');
      }
    });
    if (Object.keys(errors).length) {
      return c.json({ message: 'The given data was invalid.', errors, status_code: '422' }, 422);
    }
    nextId += 1;
    const id = nextId;
    const first = String(body.first_name).trim();
    const last = String(body.last_name).trim();
    const stored: StoredVolunteer = {
      id,
      first_name: first,
      last_name: last,
      display_name: `${first} ${last}`,
      emailAddresses: emails.map((e, i) => ({
        id: id * 10 + i,
        user_id: id,
        primary: emails.length === 1 || e.primary === true,
        email: String(e.email),
      })),
      roleProfiles: roles.map((r) => ({ id: Number(r.id), team: r.team ? { id: Number(r.team.id) } : null })),
      send_password_reset_email: body.send_password_reset_email === true,
      confirm_age: body.confirm_age === true,
    };
    users.push(stored);
    return c.json(asUser(stored), 201);
  });

  return {
    vendor: 'volunteers',
    app,
    credentials: { token: TOKEN },
    isSigned,
    users: () => structuredClone(users),
    seed: () => ({
      roleProfiles: ROLE_PROFILES.map(({ id, name }) => ({ id, name })),
      team: { ...TEAM },
      users: seedUsers().map((u) => ({ id: u.id, email: u.emailAddresses[0]?.email })),
      sitePins: { roleProfileId: 501, teamId: TEAM.id, sendPasswordResetEmail: true },
    }),
    reset: () => {
      users = seedUsers();
      nextId = 46100;
    },
  };
}
