import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/client/invites/inviteBatch';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { createQueryClient } from '../../src/core/queryClient';
import { resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';
import { MemberInvite } from '../../src/widgets/member-invite/MemberInvite';

const PROXY = '/__convene';
const LONG = { timeout: 10_000 };

interface Seed {
  meltingspot: { members: { email: string }[] };
  workspace: { users: { email: string }[]; sitePins: { accessGroups: string[] } };
  volunteers: { users: { email: string }[] };
  calcom: { clientId: string; managedUsers: { email: string }[] };
}

async function seed(): Promise<Seed> {
  return (await (await fetch(`${PROXY}/__sandbox/seed`)).json()) as Seed;
}

async function token(scope: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(`${PROXY}/__sandbox/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scopes: [scope], ...extra }),
  });
  return ((await response.json()) as { token: string }).token;
}

function existingEmail(data: Seed, directory: Directory): string {
  const list = {
    meltingspot: data.meltingspot.members,
    workspace: data.workspace.users,
    volunteers: data.volunteers.users,
    calcom: data.calcom.managedUsers,
  }[directory];
  return list[0]?.email as string;
}

async function vendorCalls(vendor: string) {
  const { calls } = (await (await fetch(`${PROXY}/__sandbox/calls`)).json()) as {
    calls: { vendor: string; method: string; path: string; signed: boolean; body?: unknown }[];
  };
  return calls.filter((call) => call.vendor === vendor);
}

beforeEach(async () => {
  await resetSandbox();
});
afterEach(cleanup);

describe('inviting through the proxy into each directory', () => {
  it.each<Directory>(['meltingspot', 'workspace', 'volunteers', 'calcom'])(
    '%s: new people are invited once, an existing one is reported as a member',
    async (directory) => {
      const data = await seed();
      const existing = existingEmail(data, directory);
      render(
        <ConveneProvider
          proxyUrl={sandboxProxyUrl()}
          siteKey="pk_sandbox"
          locale="en"
          token={await token(`invite:${directory}`)}
          queryClient={createQueryClient()}
        >
          <MemberInvite
            directory={directory}
            clientId={data.calcom.clientId}
            accessGroups={data.workspace.sitePins.accessGroups}
          />
        </ConveneProvider>,
      );
      const user = userEvent.setup();
      await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
      await user.paste(`${existing}, Nina New <nina.new@example.com>; omar.new@example.com`);
      await user.dblClick(screen.getByRole('button', { name: 'Invite 3 people' }));
      expect(await screen.findByText('2 invited · 1 already a member', {}, LONG)).toBeTruthy();

      const creates = (await vendorCalls(directory)).filter(
        (call) => call.method === 'POST' && call.path !== '/authorize',
      );
      const sentEmails = JSON.stringify(creates.map((call) => call.body));
      // Each new address reached the vendor exactly once, signed, whatever the double click did.
      expect(sentEmails.match(/nina\.new@example\.com/g)).toHaveLength(1);
      expect(sentEmails.match(/omar\.new@example\.com/g)).toHaveLength(1);
      expect(creates.every((call) => call.signed)).toBe(true);
    },
  );

  it('450 addresses reach MeltingSpot as 3 bulk calls, each address invited once', async () => {
    render(
      <ConveneProvider
        proxyUrl={sandboxProxyUrl()}
        siteKey="pk_sandbox"
        locale="en"
        token={await token('invite:meltingspot')}
        queryClient={createQueryClient()}
      >
        <MemberInvite directory="meltingspot" />
      </ConveneProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.paste(Array.from({ length: 450 }, (_, i) => `bulk${i}@example.com`).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Invite 450 people' }));
    expect(await screen.findByText('450 invited', {}, LONG)).toBeTruthy();
    const bulks = (await vendorCalls('meltingspot')).filter(
      (call) => call.path === '/v1/spotMembers~bulkInvite',
    );
    expect(bulks.map((call) => (call.body as { emails: string[] }).emails.length).sort()).toEqual([
      200, 200, 50,
    ]);
  });

  it('volunteers get the site’s pinned role profile; no Cal.com user token reaches the browser', async () => {
    const data = await seed();
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await original(input, init);
      seen.push(await response.clone().text());
      return response;
    };
    try {
      for (const directory of ['volunteers', 'calcom'] as const) {
        render(
          <ConveneProvider
            proxyUrl={sandboxProxyUrl()}
            siteKey="pk_sandbox"
            locale="en"
            token={await token(`invite:${directory}`)}
            queryClient={createQueryClient()}
          >
            <MemberInvite directory={directory} clientId={data.calcom.clientId} />
          </ConveneProvider>,
        );
        const user = userEvent.setup();
        await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
        await user.paste(`pinned.${directory}@example.com`);
        await user.click(screen.getByRole('button', { name: 'Invite 1 person' }));
        expect(await screen.findByText('1 invited', {}, LONG)).toBeTruthy();
        cleanup();
      }
    } finally {
      globalThis.fetch = original;
    }
    const [created] = (await vendorCalls('volunteers')).filter((call) => call.method === 'POST');
    const pins = (data as unknown as { volunteers: { sitePins: { roleProfileId: number; teamId: number } } })
      .volunteers.sitePins;
    expect(created?.body).toMatchObject({
      roleProfiles: [{ id: pins.roleProfileId, team: { id: pins.teamId } }],
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.join('\n')).not.toMatch(/accessToken|refreshToken/);
  });

  it('an expired token is renewed once through getToken, and the invite goes through', async () => {
    const expired = await token('invite:meltingspot', { ttlSeconds: 1 });
    // Past its expiry and the proxy's 5 s clock tolerance.
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    let renewals = 0;
    render(
      <ConveneProvider
        proxyUrl={sandboxProxyUrl()}
        siteKey="pk_sandbox"
        locale="en"
        token={expired}
        getToken={async () => {
          renewals += 1;
          return token('invite:meltingspot');
        }}
        queryClient={createQueryClient()}
      >
        <MemberInvite directory="meltingspot" />
      </ConveneProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Email addresses' }));
    await user.paste('renewed@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite 1 person' }));
    expect(await screen.findByText('1 invited', {}, LONG)).toBeTruthy();
    expect(renewals).toBe(1);
  });
});
