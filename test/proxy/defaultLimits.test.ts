import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../proxy/src/config/load';
import { defaultRateLimits } from '../../proxy/src/config/rateLimits';
import { createClient } from '../../src/client/createClient';
import {
  batchSizeOf,
  type Directory,
  type DirectorySettings,
  inviteBatch,
} from '../../src/client/invites/inviteBatch';
import type { InviteResult } from '../../src/widgets/member-invite/inviteResult';
import { resultsFromError } from '../../src/widgets/member-invite/resultsFromError';
import { sendInBatches } from '../../src/widgets/member-invite/sendInBatches';
import { FIXED_NOW } from '../clock';
import { loadSandboxConfig, sandboxConfigFile, sandboxSiteEntry, visitorIp } from './configFixtures';
import { createHarness, expectError, type Harness, ORIGIN } from './harness';

/**
 * The default limits against real use, through the real loader (a sandbox-mode config file that sets only
 * `trustedProxy`) and the app over HTTP: a busy site is served, an admin's 500-address invite goes through
 * to any directory, and a single flooding visitor is stopped without stopping anyone else.
 */
const defaultsHarness = () => createHarness({ config: loadSandboxConfig(), now: () => new Date(FIXED_NOW) });

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

const month = (first: string, last: string) =>
  `/simplymeet/panel/api/event-type/availability/1?startDate=${first}&endDate=${last}&timezone=Europe%2FAmsterdam`;

/**
 * What one booking page load reads at most (docs/config.md): the site's event types, the event type, the
 * month on screen with the months either side, up to 3 more skipped ahead to the first free day, and the
 * two cancellation policies the form shows.
 */
const bookingPageReads = [
  '/simplymeet/panel/api/event-type',
  '/simplymeet/panel/api/event-type/1',
  month('2026-10-01', '2026-10-31'),
  month('2026-11-01', '2026-11-30'),
  month('2026-12-01', '2026-12-31'),
  month('2027-01-01', '2027-01-31'),
  month('2027-02-01', '2027-02-28'),
  month('2027-03-01', '2027-03-31'),
  '/simplymeet/panel/api/user-cancellation-policy',
  '/simplymeet/panel/api/organization-cancellation-policy',
];

async function inGroups<T>(count: number, groupSize: number, run: (n: number) => Promise<T>): Promise<T[]> {
  const all: T[] = [];
  for (let start = 0; start < count; start += groupSize) {
    const group = Array.from({ length: Math.min(groupSize, count - start) }, (_, i) => run(start + i));
    all.push(...(await Promise.all(group)));
  }
  return all;
}

describe('default limits serve a busy site', () => {
  it('120 visitors in a minute, each loading a booking page (10 reads): every read answered, no 429', async () => {
    const harness = defaultsHarness();
    const statuses = await inGroups(120, 20, (visitor) =>
      Promise.all(
        bookingPageReads.map(async (path) => (await harness.call(path, from(visitorIp(visitor)))).status),
      ),
    );
    expect(statuses.flat()).toHaveLength(1200);
    expect(new Set(statuses.flat())).toEqual(new Set([200]));
  });

  it('one visitor flooding reads gets 429 with Retry-After; the next visitor of the site is still served', async () => {
    const harness = defaultsHarness();
    const budget = defaultRateLimits.read.visitor.points;
    const flooder = from('203.0.113.66');
    const statuses = await inGroups(
      budget,
      50,
      async () => (await harness.call(bookingPageReads[1] as string, flooder)).status,
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    const refused = await harness.call(bookingPageReads[1] as string, flooder);
    expectError(refused, 429, 'rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await harness.call(bookingPageReads[1] as string, from('203.0.113.67'))).status).toBe(200);
  });
});

/** The widget's own client and batching (src/client/invites, MemberInvite's concurrency), pointed at the app. */
function inviteAsTheWidget(harness: Harness, token: string, directory: Directory, emails: string[]) {
  const client = createClient({
    proxyUrl: 'http://proxy.test',
    siteKey: 'pk_sandbox',
    token,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('origin', ORIGIN);
      headers.set('x-forwarded-for', '198.51.100.20');
      return Promise.resolve(harness.proxy.app.request(String(input), { ...init, headers }));
    },
  });
  const settings: DirectorySettings = {
    directory,
    withEmailNotification: false,
    inviteMessage: 'Welcome to the team!',
    clientId: 'clsandbox0oauth0client01',
    timeZone: 'Europe/Amsterdam',
  };
  return sendInBatches<{ email: string }, InviteResult>({
    items: emails.map((email) => ({ email })),
    batchSize: batchSizeOf(directory),
    concurrency: directory === 'meltingspot' ? 2 : 4,
    send: (batch, key) => inviteBatch(client, settings, batch, key),
    onBatchError: (batch, error) =>
      resultsFromError(
        batch.map((item) => item.email),
        error,
      ),
  });
}

describe('per-site limits', () => {
  it('a site’s own budget applies to that site only, and counts all its visitors together', async () => {
    const site = sandboxSiteEntry();
    const strict = { rateLimits: { read: { site: { points: 3, durationSeconds: 60 } } } };
    const config = loadConfig(
      sandboxConfigFile({
        sites: [
          { ...site, limits: strict },
          { ...site, key: 'pk_other_site' },
        ],
      }),
      {},
    );
    const harness = createHarness({ config, now: () => new Date(FIXED_NOW) });
    const read = (siteKey: string, visitor: number) =>
      harness.call(bookingPageReads[1] as string, { site: siteKey, ...from(visitorIp(visitor)) });
    const strictSite = [];
    for (let visitor = 0; visitor < 4; visitor += 1)
      strictSite.push((await read('pk_sandbox', visitor)).status);
    expect(strictSite).toEqual([200, 200, 200, 429]);
    const otherSite = [];
    for (let visitor = 0; visitor < 4; visitor += 1)
      otherSite.push((await read('pk_other_site', visitor)).status);
    expect(otherSite).toEqual([200, 200, 200, 200]);
  });
});

describe('default limits let an admin invite 500 addresses in one go', () => {
  it.each(['meltingspot', 'workspace', 'volunteers', 'calcom'] as const)(
    '%s: all 500 invited, none rate-limited',
    async (directory) => {
      const harness = defaultsHarness();
      const token = await harness.token([`invite:${directory}`]);
      const emails = Array.from({ length: 500 }, (_, i) => `new.member${i}@example.org`);
      const results = await inviteAsTheWidget(harness, token, directory, emails);
      expect(results).toHaveLength(500);
      expect(new Set(results.map((result) => result.status))).toEqual(new Set(['invited']));
    },
    60_000,
  );

  it('a flood of invites from one admin is stopped once the hour’s budget of addresses is spent', async () => {
    const harness = defaultsHarness();
    const token = await harness.token(['invite:meltingspot']);
    const budget = defaultRateLimits.invite.visitor.points;
    const batches = Array.from({ length: budget / 200 + 1 }, (_, b) =>
      Array.from({ length: 200 }, (_, i) => `flood${b}.${i}@example.org`),
    );
    const statuses: number[] = [];
    for (const emails of batches) {
      const answer = await harness.call('/meltingspot/v1/spotMembers~bulkInvite', {
        ...from('198.51.100.21'),
        token,
        json: { emails, withEmailNotification: false },
        idempotencyKey: crypto.randomUUID(),
      });
      statuses.push(answer.status);
      if (answer.status === 429) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(60);
    }
    expect(statuses).toEqual([...batches.slice(1).map(() => 201), 429]);
  });
});
