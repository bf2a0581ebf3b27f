import { describe, expect, it } from 'vitest';
import { calcomInvite } from './calcom/invite';
import { requiredNames } from './inviteAddress';
import { memberEmails } from './meltingspot/members';
import { volunteersInvite } from './volunteers/invite';
import { workspaceInvite } from './workspace/invite';

describe('directory adapters', () => {
  it('names people from the paste, or from the address when the paste had no name', () => {
    expect(requiredNames({ email: 'x@y.nl', firstName: 'Ada', lastName: 'Lovelace' })).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    expect(requiredNames({ email: 'grace.b.hopper@navy.mil' })).toEqual({
      firstName: 'Grace',
      lastName: 'B Hopper',
    });
    expect(requiredNames({ email: 'linus@kernel.org' })).toEqual({ firstName: 'Linus', lastName: 'Linus' });
  });

  it('builds each vendor’s request, leaving pinned fields to the proxy', () => {
    expect(
      workspaceInvite(
        { email: 'a@b.nl', firstName: 'A' },
        { inviteMessage: 'Welcome', accessGroups: ['Members'] },
      ),
    ).toEqual({
      path: '/workspace/v1/users',
      body: {
        email: 'a@b.nl',
        inviteMessage: 'Welcome',
        accessGroups: ['Members'],
        profileData: { firstName: 'A' },
      },
    });
    expect(volunteersInvite({ email: 'vera.v@b.nl' }).body).toEqual({
      first_name: 'Vera',
      last_name: 'V',
      emailAddresses: [{ email: 'vera.v@b.nl', primary: true }],
    });
    expect(
      calcomInvite(
        { email: 'c@b.nl', firstName: 'Cy', lastName: 'Young' },
        { clientId: 'cl/1', timeZone: 'Europe/Paris' },
      ),
    ).toEqual({
      path: '/calcom/v2/oauth-clients/cl%2F1/users',
      body: { email: 'c@b.nl', name: 'Cy Young', timeZone: 'Europe/Paris' },
    });
  });

  it('reads existing Spot members case-insensitively', () => {
    expect(memberEmails({ items: [{ email: 'Ada@Example.com' }, { nope: 1 }] })).toEqual(
      new Set(['ada@example.com']),
    );
  });
});
