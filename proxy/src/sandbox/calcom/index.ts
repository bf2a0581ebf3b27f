import { Hono } from 'hono';
import type { Simulator, SimulatorOptions } from '../types';

/**
 * Cal.com platform managed users (vendors/calcom-platform.txt lists tools, not paths). Assumed, after
 * Cal.com's public v2 API: `POST/GET /v2/oauth-clients/{clientId}/users`, headers `x-cal-client-id` +
 * `x-cal-secret-key`, answers `{ status: "success", data }`, errors `{ status: "error", error: { code,
 * message } }`; a taken e-mail is 409 and validation errors are 400.
 */
export interface ManagedUser {
  id: number;
  email: string;
  username: string;
  name: string;
  timeZone: string;
  locale: string | null;
  timeFormat: 12 | 24;
  weekStart: string;
  createdDate: string;
}

const CLIENT_ID = 'clsandbox0oauth0client01';
const SECRET_KEY = 'sandbox-calcom-secret-2b9d';
const TOKEN_TTL_MS = 60 * 60 * 1000;

function seedUsers(): ManagedUser[] {
  const user = (id: number, email: string, name: string, timeZone: string): ManagedUser => ({
    id,
    email,
    username: email.split('@')[0] ?? email,
    name,
    timeZone,
    locale: 'en',
    timeFormat: 24,
    weekStart: 'Monday',
    createdDate: '2026-01-05T09:00:00.000Z',
  });
  return [
    user(3001, 'ada@example.com', 'Ada Lovelace', 'Europe/London'),
    user(3002, 'grace@example.com', 'Grace Hopper', 'America/New_York'),
  ];
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const error = (code: string, message: string) => ({ status: 'error', error: { code, message } });

export function createCalcomSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? (() => new Date());
  let users = seedUsers();
  let nextId = 3100;

  const isSigned = (request: Request) =>
    request.headers.get('x-cal-client-id') === CLIENT_ID &&
    request.headers.get('x-cal-secret-key') === SECRET_KEY;

  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!isSigned(c.req.raw)) return c.json(error('UNAUTHORIZED', 'Invalid client credentials'), 401);
    await next();
  });
  app.use('/v2/oauth-clients/:clientId/*', async (c, next) => {
    if (c.req.param('clientId') !== CLIENT_ID)
      return c.json(error('NOT_FOUND', 'OAuth client not found'), 404);
    await next();
  });

  app.get('/v2/oauth-clients/:clientId/users', (c) => {
    const limit = Number(c.req.query('limit') ?? '50');
    const offset = Number(c.req.query('offset') ?? '0');
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) {
      return c.json(error('BAD_REQUEST', 'limit and offset must be non-negative integers'), 400);
    }
    const emails = (c.req.query('emails') ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    const matching = emails.length ? users.filter((u) => emails.includes(u.email.toLowerCase())) : users;
    return c.json({ status: 'success', data: matching.slice(offset, offset + limit) });
  });

  app.post('/v2/oauth-clients/:clientId/users', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const { email, name, timeZone, locale, timeFormat, weekStart } = body ?? {};
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return c.json(error('BAD_REQUEST', 'email must be an email'), 400);
    }
    if (typeof name !== 'string' || !name.trim())
      return c.json(error('BAD_REQUEST', 'name should not be empty'), 400);
    if (timeZone !== undefined && (typeof timeZone !== 'string' || !isTimeZone(timeZone))) {
      return c.json(error('BAD_REQUEST', 'timeZone must be a valid IANA time zone'), 400);
    }
    if (timeFormat !== undefined && timeFormat !== 12 && timeFormat !== 24) {
      return c.json(error('BAD_REQUEST', 'timeFormat must be a number 12 or 24'), 400);
    }
    if (users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
      return c.json(error('CONFLICT', `User with email ${email} already exists`), 409);
    }
    nextId += 1;
    const user: ManagedUser = {
      id: nextId,
      email,
      username: `${email.split('@')[0] ?? 'user'}-${nextId}`,
      name,
      // The text: "It will default to Europe/London if not passed."
      timeZone: typeof timeZone === 'string' ? timeZone : 'Europe/London',
      locale: typeof locale === 'string' ? locale : null,
      timeFormat: timeFormat === 12 ? 12 : 24,
      weekStart: typeof weekStart === 'string' ? weekStart : 'Sunday',
      createdDate: now().toISOString(),
    };
    users.push(user);
    const data = {
      user,
      accessToken: `sandbox-cal-access-${nextId}`,
      refreshToken: `sandbox-cal-refresh-${nextId}`,
      accessTokenExpiresAt: now().getTime() + TOKEN_TTL_MS,
    };
    return c.json({ status: 'success', data }, 201);
  });

  return {
    vendor: 'calcom',
    app,
    credentials: { clientId: CLIENT_ID, secretKey: SECRET_KEY },
    isSigned,
    seed: () => ({
      clientId: CLIENT_ID,
      managedUsers: seedUsers().map(({ id, email }) => ({ id, email })),
      sitePins: { clientId: CLIENT_ID },
    }),
    reset: () => {
      users = seedUsers();
      nextId = 3100;
    },
  };
}
