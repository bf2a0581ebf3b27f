import type { TokenKey } from '../../proxy/src/tokens/keys';
import { mintWidgetToken } from '../../proxy/src/tokens/mint';
import { type CallInit, type Harness, ORIGIN, SITE } from './harness';

/** One hostile request and the documented refusal it must get, without any vendor call. */
export interface HostileCase {
  name: string;
  path: string;
  init?: CallInit | ((h: Harness) => Promise<CallInit>);
  status: number;
  code: string;
}

const month = '?startDate=2026-12-01&endDate=2026-12-31&timezone=Europe%2FAmsterdam';
const availability = (id: number | string, query = month) =>
  `/simplymeet/panel/api/event-type/availability/${id}${query}`;
const invite = '/meltingspot/v1/spotMembers';
const inviteBody = { email: 'newcomer@example.com' };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sandboxKey = (h: Harness) => h.proxy.config.tokenKeys.find((key) => key.kid === 'sandbox') as TokenKey;

/** A token op call with a given token and a fresh idempotency key. */
const inviteWith =
  (token: (h: Harness) => Promise<string>) =>
  async (h: Harness): Promise<CallInit> => ({
    json: inviteBody,
    token: await token(h),
    idempotencyKey: crypto.randomUUID(),
  });

const mint = (h: Harness, extra: Partial<Parameters<typeof mintWidgetToken>[0]> = {}) =>
  mintWidgetToken({ key: sandboxKey(h), site: SITE, scopes: ['invite:meltingspot'], ...extra });

export const hostileCases: HostileCase[] = [
  // Paths: no trick widens a match.
  { name: 'unknown vendor', path: '/stripe/v1/charges', status: 404, code: 'unknown_operation' },
  {
    name: 'list of all bookings',
    path: '/simplymeet/panel/api/event/',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'list of all bookings, no slash',
    path: '/simplymeet/panel/api/event',
    status: 404,
    code: 'unknown_operation',
  },
  { name: 'webhooks', path: '/simplymeet/panel/api/webhook', status: 404, code: 'unknown_operation' },
  {
    name: 'trailing slash',
    path: '/simplymeet/panel/api/event-type/1/',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'trailing segment',
    path: '/simplymeet/panel/api/event-type/1/users',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'matrix parameter',
    path: '/simplymeet/panel/api/event-type/1;admin',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'encoded slash',
    path: '/simplymeet/panel/api/event-type/1%2F..%2F3',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'encoded dots',
    path: '/simplymeet/panel/api/event-type/%2e%2e',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'double encoding',
    path: '/simplymeet/panel/api/event-type/%252e%252e%252f3',
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'id with an extension',
    path: '/simplymeet/panel/api/event-type/1.json',
    status: 400,
    code: 'invalid_request',
  },
  { name: 'id zero', path: '/simplymeet/panel/api/event-type/0', status: 400, code: 'invalid_request' },
  {
    name: 'id too long',
    path: '/simplymeet/panel/api/event-type/123456789012',
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'DELETE a booking',
    path: '/simplymeet/panel/api/event/1',
    init: { method: 'DELETE' },
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'PUT an event type',
    path: '/simplymeet/panel/api/event-type/1',
    init: { method: 'PUT', json: {} },
    status: 404,
    code: 'unknown_operation',
  },
  {
    name: 'POST to a GET operation',
    path: '/simplymeet/panel/api/event-type/1',
    init: { method: 'POST', json: {} },
    status: 404,
    code: 'unknown_operation',
  },

  // Sites and origins.
  { name: 'no site key', path: availability(1), init: { site: null }, status: 401, code: 'missing_site' },
  {
    name: 'unknown site key',
    path: availability(1),
    init: { site: 'pk_someone_else' },
    status: 401,
    code: 'missing_site',
  },
  {
    name: 'foreign origin',
    path: availability(1),
    init: { origin: 'https://evil.example' },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'look-alike origin',
    path: availability(1),
    init: { origin: 'http://localhost.evil.example:5173' },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'https instead of http',
    path: availability(1),
    init: { origin: 'https://localhost:5173' },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'origin "null" (sandboxed iframe)',
    path: availability(1),
    init: { origin: 'null' },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'origin with a path',
    path: availability(1),
    init: { origin: `${ORIGIN}/x` },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'no origin (curl)',
    path: availability(1),
    init: { origin: null },
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'same-origin fetch metadata on a host the site does not list',
    path: 'http://proxy.example/simplymeet/panel/api/event-type/1',
    init: { origin: null, headers: { 'sec-fetch-site': 'same-origin' } },
    status: 403,
    code: 'forbidden_origin',
  },

  // Tokens.
  {
    name: 'invite without a token',
    path: invite,
    init: { json: inviteBody, idempotencyKey: 'k-no-token-1' },
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'garbage token',
    path: invite,
    init: inviteWith(async () => 'not-a-jwt'),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'forged signature',
    path: invite,
    init: inviteWith(async (h) => {
      const [header, payload] = (await mint(h)).split('.');
      return `${header}.${payload}.${Buffer.from('forged-signature-bytes-000000000').toString('base64url')}`;
    }),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'alg none',
    path: invite,
    init: inviteWith(async (h) => {
      const payload = JSON.parse(
        Buffer.from((await mint(h)).split('.')[1] as string, 'base64url').toString(),
      );
      return `${base64url({ alg: 'none', typ: 'convene-widget+jwt', kid: 'sandbox' })}.${base64url(payload)}.`;
    }),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'expired token',
    path: invite,
    init: inviteWith((h) => mint(h, { ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) })),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'unknown kid',
    path: invite,
    init: inviteWith((h) => mint(h, { key: { ...sandboxKey(h), kid: 'retired-2025' } })),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'signed with another secret',
    path: invite,
    init: inviteWith((h) => mint(h, { key: { kid: 'sandbox', alg: 'HS256', secret: 'x'.repeat(48) } })),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'token of another site',
    path: invite,
    init: inviteWith((h) => mint(h, { site: 'pk_other_site' })),
    status: 401,
    code: 'invalid_token',
  },
  {
    name: 'wrong scope',
    path: invite,
    init: inviteWith((h) => mint(h, { scopes: ['invite:workspace'] })),
    status: 403,
    code: 'scope_denied',
  },
  {
    name: 'token bound to another origin',
    path: invite,
    init: inviteWith((h) => mint(h, { origin: 'https://shop.example' })),
    status: 403,
    code: 'forbidden_origin',
  },
  {
    name: 'token in a cookie instead of the header',
    path: invite,
    init: async (h) => ({
      json: inviteBody,
      idempotencyKey: 'k-cookie-1',
      headers: { cookie: `token=${await mint(h)}` },
    }),
    status: 401,
    code: 'invalid_token',
  },

  // Pins: what the site fixes cannot be chosen by the browser.
  { name: 'secret event type', path: availability(3), status: 422, code: 'invalid_request' },
  {
    name: 'workspace access group the site does not offer',
    path: '/workspace/v1/users',
    init: async (h) => ({
      json: { email: 'a@example.com', inviteMessage: 'Welcome', accessGroups: ['Admins'] },
      token: await h.token(['invite:workspace']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },
  {
    name: 'volunteers role profile chosen by the browser',
    path: '/volunteers/users',
    init: async (h) => ({
      json: {
        first_name: 'Ada',
        last_name: 'L',
        emailAddresses: [{ email: 'ada.new@example.com' }],
        roleProfiles: [{ id: 999 }],
      },
      token: await h.token(['invite:volunteers']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },
  {
    name: 'Cal.com OAuth client chosen by the browser',
    path: '/calcom/v2/oauth-clients/someone-elses-client/users',
    init: async (h) => ({
      json: { email: 'b@example.com', name: 'B' },
      token: await h.token(['invite:calcom']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },

  // Bodies, content types and headers.
  {
    name: 'oversize body',
    path: invite,
    init: async (h) => ({
      rawBody: JSON.stringify({ email: `${'a'.repeat(70_000)}@example.com` }),
      headers: { 'content-type': 'application/json' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'malformed JSON',
    path: invite,
    init: async (h) => ({
      rawBody: '{"email": "a@example.com"',
      headers: { 'content-type': 'application/json' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'form post instead of JSON',
    path: invite,
    init: async (h) => ({
      method: 'POST',
      rawBody: 'email=a%40example.com',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 415,
    code: 'invalid_request',
  },
  {
    name: 'text/plain body (CORS-simple request)',
    path: invite,
    init: async (h) => ({
      method: 'POST',
      rawBody: JSON.stringify(inviteBody),
      headers: { 'content-type': 'text/plain' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 415,
    code: 'invalid_request',
  },
  {
    name: 'unknown body field',
    path: invite,
    init: async (h) => ({
      json: { ...inviteBody, role: 'Admin' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },
  {
    name: '__proto__ in the body',
    path: invite,
    init: async (h) => ({
      rawBody: '{"email":"a@example.com","__proto__":{"isAdmin":true}}',
      headers: { 'content-type': 'application/json' },
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },
  {
    name: 'array body',
    path: invite,
    init: async (h) => ({
      json: [inviteBody],
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: crypto.randomUUID(),
    }),
    status: 422,
    code: 'invalid_request',
  },
  {
    name: 'missing Idempotency-Key',
    path: invite,
    init: async (h) => ({ json: inviteBody, token: await h.token(['invite:meltingspot']) }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'Idempotency-Key with spaces',
    path: invite,
    init: async (h) => ({
      json: inviteBody,
      token: await h.token(['invite:meltingspot']),
      idempotencyKey: 'a key with spaces',
    }),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'CRLF header injection in a query value',
    path: availability(
      1,
      '?startDate=2026-12-01&endDate=2026-12-31&timezone=Europe%2FAmsterdam%0D%0AX-API-KEY:%20x',
    ),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'unknown query parameter',
    path: availability(1, `${month}&userId=1&debug=1`),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'query parameter twice',
    path: availability(1, `${month}&timezone=UTC`),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'date that is not a date',
    path: availability(1, '?startDate=2026-13-45&endDate=2026-12-31&timezone=UTC'),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'time zone that does not exist',
    path: availability(1, '?startDate=2026-12-01&endDate=2026-12-31&timezone=Mars%2FOlympus'),
    status: 400,
    code: 'invalid_request',
  },
];

/** Refusals that need the raw socket: `fetch` would normalise these targets before sending them. */
export const rawTargetCases: { name: string; target: string; status?: number }[] = [
  { name: 'dot-dot segment', target: '/simplymeet/panel/api/event-type/1/../3' },
  { name: 'dot-dot to another vendor', target: '/meltingspot/../simplymeet/panel/api/event-type/3' },
  { name: 'encoded dot-dot', target: '/simplymeet/panel/api/event-type/%2e%2e/3' },
  // Node's HTTP parser refuses a backslash in the target itself (400) before the app sees it.
  { name: 'backslash', target: '/simplymeet/panel\\api/event-type/1', status: 400 },
  { name: 'double slash', target: '/simplymeet//panel/api/event-type/1' },
  { name: 'dot segment', target: '/simplymeet/./panel/api/event-type/1' },
];
