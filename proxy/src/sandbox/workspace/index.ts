import { Hono } from 'hono';
import type { Simulator, SimulatorOptions } from '../types';

/**
 * Workspace members API (vendors/workspace-members.txt). Assumptions where the text is silent:
 * `POST /authorize` takes JSON `{ clientId, clientSecret }` and answers `{ accessToken, expiresIn }`
 * (60 s, so renewal is exercised); other calls carry the raw token in `Authorization` (the text's
 * header table); creates answer 201 with the User; a taken e-mail is 409; validation errors are 400
 * `{ message }`; GET /v1/users pages by `page` (1-based) and `limit` (default 50).
 */
export interface WorkspaceUser {
  id: string;
  email: string;
  emailVerified: boolean;
  terminated: boolean;
  initials: string;
  roleName: string;
  firstname: string;
  lastName: string;
}

/** What the simulator keeps beyond the User shape, so tests can check what an invite stored. */
export interface StoredWorkspaceUser extends WorkspaceUser {
  accessGroups: string[];
  idpType: string;
  inviteMessage: string;
  origin: string | null;
}

export interface WorkspaceSimulator extends Simulator {
  /** Every stored user, with the fields the vendor does not echo back. */
  users(): StoredWorkspaceUser[];
}

const CLIENT_ID = 'sandbox-workspace-client';
const CLIENT_SECRET = 'sandbox-workspace-secret-91c4';
const TOKEN_TTL_SECONDS = 60;
const ACCESS_GROUPS = ['Members', 'Volunteers', 'Staff', 'Admins'];
const IDP_TYPES = ['database', 'saml', 'gsuite', 'okta', 'azureAD', 'adLdap'];

const initials = (first: string, last: string, email: string) =>
  (first || last ? `${first.charAt(0)}${last.charAt(0)}` : email.charAt(0)).toUpperCase();

function seedUsers(): StoredWorkspaceUser[] {
  const user = (id: string, email: string, firstname: string, lastName: string, groups: string[]) => ({
    id,
    email,
    emailVerified: true,
    terminated: false,
    initials: initials(firstname, lastName, email),
    roleName: 'Member',
    firstname,
    lastName,
    accessGroups: groups,
    idpType: 'database',
    inviteMessage: '',
    origin: null,
  });
  return [
    user('wu_1', 'ada@example.com', 'Ada', 'Lovelace', ['Members', 'Admins']),
    user('wu_2', 'grace@example.com', 'Grace', 'Hopper', ['Members', 'Staff']),
  ];
}

const toUser = ({
  accessGroups: _g,
  idpType: _i,
  inviteMessage: _m,
  origin: _o,
  ...user
}: StoredWorkspaceUser) => user;

export function createWorkspaceSimulator(options: SimulatorOptions = {}): WorkspaceSimulator {
  const now = options.now ?? (() => new Date());
  let users = seedUsers();
  let nextId = 100;
  const tokens = new Map<string, number>(); // token -> expiry (ms on the simulator clock)
  let tokenCounter = 0;

  const tokenValid = (token: string | null) => {
    const expires = token ? tokens.get(token) : undefined;
    return expires !== undefined && expires > now().getTime();
  };
  // /authorize carries its credentials in the body, which the handler checks; it needs no token.
  const isSigned = (request: Request) =>
    new URL(request.url).pathname === '/authorize' || tokenValid(request.headers.get('authorization'));

  const app = new Hono();

  app.post('/authorize', async (c) => {
    const body = (await c.req.json().catch(() => null)) as {
      clientId?: unknown;
      clientSecret?: unknown;
    } | null;
    if (body?.clientId !== CLIENT_ID || body?.clientSecret !== CLIENT_SECRET) {
      return c.json({ message: 'Invalid client credentials' }, 401);
    }
    tokenCounter += 1;
    const accessToken = `sandbox-ws-token-${tokenCounter}-${now().getTime()}`;
    tokens.set(accessToken, now().getTime() + TOKEN_TTL_SECONDS * 1000);
    return c.json({ accessToken, expiresIn: TOKEN_TTL_SECONDS });
  });

  app.use('/v1/*', async (c, next) => {
    if (!tokenValid(c.req.header('authorization') ?? null)) {
      return c.json({ message: 'Access token missing, invalid or expired' }, 401);
    }
    await next();
  });

  app.get('/v1/users', (c) => {
    const page = Number(c.req.query('page') ?? '1');
    const limit = Number(c.req.query('limit') ?? '50');
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1) {
      return c.json({ message: 'page and limit must be positive integers' }, 400);
    }
    const active = users.filter((u) => !u.terminated);
    return c.json({
      data: active.slice((page - 1) * limit, page * limit).map(toUser),
      page,
      totalPage: Math.max(1, Math.ceil(active.length / limit)),
      itemsTotal: active.length,
    });
  });

  app.post('/v1/users', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const { email, inviteMessage, accessGroups, idpType, emailVerified, origin, profileData } = body ?? {};
    const bad = (message: string) => c.json({ message }, 400);
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      return bad('email must be an email');
    if (typeof inviteMessage !== 'string') return bad('inviteMessage is required');
    if (accessGroups !== undefined) {
      if (!Array.isArray(accessGroups)) return bad('accessGroups must be an array of strings');
      const unknown = accessGroups.find((g) => typeof g !== 'string' || !ACCESS_GROUPS.includes(g));
      if (unknown !== undefined) return bad(`Unknown access group: ${String(unknown)}`);
    }
    if (idpType !== undefined && (typeof idpType !== 'string' || !IDP_TYPES.includes(idpType))) {
      return bad('idpType must be one of the available values');
    }
    if (emailVerified !== undefined && typeof emailVerified !== 'boolean')
      return bad('emailVerified must be a boolean');
    if (origin !== undefined && (typeof origin !== 'string' || origin.length < 1))
      return bad('origin must not be empty');
    if (users.some((u) => !u.terminated && u.email.toLowerCase() === email.toLowerCase())) {
      return c.json({ message: 'A user with this email already exists' }, 409);
    }
    const profile = (profileData ?? {}) as { firstName?: unknown; lastName?: unknown; roleName?: unknown };
    const firstname = typeof profile.firstName === 'string' ? profile.firstName : '';
    const lastName = typeof profile.lastName === 'string' ? profile.lastName : '';
    nextId += 1;
    const stored: StoredWorkspaceUser = {
      id: `wu_${nextId}`,
      email,
      emailVerified: emailVerified === true,
      terminated: false,
      initials: initials(firstname, lastName, email),
      roleName: typeof profile.roleName === 'string' ? profile.roleName : 'Member',
      firstname,
      lastName,
      accessGroups: (accessGroups as string[] | undefined) ?? [],
      // The text: API-created users are "database"; we keep what was sent so the site's pin is observable.
      idpType: typeof idpType === 'string' ? idpType : 'database',
      inviteMessage,
      origin: typeof origin === 'string' ? origin : null,
    };
    users.push(stored);
    return c.json(toUser(stored), 201);
  });

  return {
    vendor: 'workspace',
    app,
    credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    isSigned,
    users: () => users.map((u) => ({ ...u, accessGroups: [...u.accessGroups] })),
    seed: () => ({
      accessGroups: [...ACCESS_GROUPS],
      users: seedUsers().map(({ id, email }) => ({ id, email })),
      sitePins: { accessGroups: ACCESS_GROUPS.filter((g) => g !== 'Admins'), idpType: 'database' },
    }),
    reset: () => {
      users = seedUsers();
      nextId = 100;
      tokens.clear();
    },
  };
}
