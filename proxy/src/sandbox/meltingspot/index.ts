import { Hono } from 'hono';
import type { Simulator, SimulatorOptions } from '../types';

/**
 * MeltingSpot's Spot members API (vendors/meltingspot.txt), one Spot. Assumptions where the text is
 * silent: auth is `Authorization: Bearer <apiKey>`; a new invitee has status "Invited" (the text only
 * shows "Accepted"); validation errors are 422 `{ statusCode, message }`; inviting someone who is
 * already a member with POST /v1/spotMembers is 409; list defaults are page 1, limit 20.
 */
export interface SpotMember {
  id: string;
  spotId: string;
  userId: string;
  email: string;
  title: string;
  role: 'Member';
  customRoleId: string | null;
  status: 'Accepted' | 'Invited';
  firstname: string;
  lastname: string;
  warnings: number;
  embedBaseUrls: { default: string };
}

const API_KEY = 'sandbox-meltingspot-key-7f3a';
const SPOT_ID = 'spot_sandbox';
const MAX_BULK = 200;
// Deliberately simple: the vendor's own rule is not documented; this refuses the obviously invalid.
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function seedMembers(): SpotMember[] {
  const member = (n: number, email: string, firstname: string, lastname: string): SpotMember => ({
    id: `sm_${n}`,
    spotId: SPOT_ID,
    userId: `usr_${n}`,
    email,
    title: 'Engineer',
    role: 'Member',
    customRoleId: null,
    status: 'Accepted',
    firstname,
    lastname,
    warnings: 0,
    embedBaseUrls: { default: `https://spot.example/embed/${n}` },
  });
  return [member(1, 'ada@example.com', 'Ada', 'Lovelace'), member(2, 'grace@example.com', 'Grace', 'Hopper')];
}

function invalid(message: string) {
  return { statusCode: 422, message, error: 'Unprocessable Entity' };
}

export function createMeltingspotSimulator(_options: SimulatorOptions = {}): Simulator {
  let members = seedMembers();
  let nextId = 100;

  const findByEmail = (email: string) => members.find((m) => m.email.toLowerCase() === email.toLowerCase());
  const invite = (email: string): SpotMember => {
    nextId += 1;
    const member: SpotMember = {
      id: `sm_${nextId}`,
      spotId: SPOT_ID,
      userId: `usr_${nextId}`,
      email,
      title: '',
      role: 'Member',
      customRoleId: null,
      status: 'Invited',
      firstname: '',
      lastname: '',
      warnings: 0,
      embedBaseUrls: { default: `https://spot.example/embed/${nextId}` },
    };
    members.push(member);
    return member;
  };

  const isSigned = (request: Request) => request.headers.get('authorization') === `Bearer ${API_KEY}`;

  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!isSigned(c.req.raw)) return c.json({ statusCode: 401, message: 'Unauthorized' }, 401);
    await next();
  });

  app.get('/v1/spotMembers', (c) => {
    const emails = (c.req.queries('email[in]') ?? []).map((e) => e.toLowerCase());
    const page = Number(c.req.query('page') ?? '1');
    const limit = Number(c.req.query('limit') ?? '20');
    if (!Number.isInteger(page) || page < 1) return c.json(invalid('page must be a positive integer'), 422);
    if (!Number.isInteger(limit) || limit < 1)
      return c.json(invalid('limit must be a positive integer'), 422);
    const matching = emails.length ? members.filter((m) => emails.includes(m.email.toLowerCase())) : members;
    return c.json({ items: matching.slice((page - 1) * limit, page * limit), total: matching.length });
  });

  app.get('/v1/spotMembers/:id', (c) => {
    const member = members.find((m) => m.id === c.req.param('id'));
    return member ? c.json(member) : c.json({ statusCode: 404, message: 'Spot member not found' }, 404);
  });

  app.post('/v1/spotMembers', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { email?: unknown } | null;
    const email = body?.email;
    if (typeof email !== 'string' || !EMAIL.test(email))
      return c.json(invalid('email must be an email'), 422);
    if (findByEmail(email)) return c.json({ statusCode: 409, message: 'Spot member already exists' }, 409);
    return c.json(invite(email), 201);
  });

  app.post('/v1/spotMembers~bulkInvite', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { emails?: unknown } | null;
    const emails = body?.emails;
    if (!Array.isArray(emails) || emails.length < 1 || !emails.every((e) => typeof e === 'string')) {
      return c.json(invalid('emails must contain at least 1 elements'), 422);
    }
    if (emails.length > MAX_BULK)
      return c.json(invalid(`emails must contain no more than ${MAX_BULK} elements`), 422);
    const created: SpotMember[] = [];
    const failed: { email: string }[] = [];
    for (const email of emails as string[]) {
      // Already-members and invalid addresses fail one by one; the rest of the batch still goes in.
      if (!EMAIL.test(email) || findByEmail(email)) failed.push({ email });
      else created.push(invite(email));
    }
    return c.json({ created, failed }, 201);
  });

  return {
    vendor: 'meltingspot',
    app,
    credentials: { apiKey: API_KEY },
    isSigned,
    seed: () => ({
      spotId: SPOT_ID,
      members: seedMembers().map(({ id, email }) => ({ id, email })),
      sitePins: { emailNotification: 'choice' },
    }),
    reset: () => {
      members = seedMembers();
      nextId = 100;
    },
  };
}
