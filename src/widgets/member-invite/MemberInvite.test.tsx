import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeConveneWrapper } from '../../../test/fakeConvene';
import type { RequestOptions } from '../../client/createClient';
import { ConveneError } from '../../core/errors';
import { MemberInvite, type MemberInviteProps } from './MemberInvite';

type Handler = (method: string, path: string, options: RequestOptions) => unknown;

function setup(props: MemberInviteProps, handler: Handler) {
  const request = vi.fn(async (method: string, path: string, options: RequestOptions = {}) =>
    handler(method, path, options),
  );
  const { wrapper } = fakeConveneWrapper(request, { timeZone: 'Europe/Paris' });
  const onInvited = vi.fn();
  render(<MemberInvite {...props} onInvited={onInvited} />, { wrapper });
  return { request, onInvited, user: userEvent.setup() };
}

const addresses = () => screen.getByRole('textbox', { name: 'Email addresses' });

describe('MemberInvite', () => {
  it('turns a messy paste into chips, keeps invalid ones visible with a reason, merges duplicates', async () => {
    const { user } = setup({ directory: 'meltingspot' }, () => ({ items: [] }));
    await user.click(addresses());
    await user.paste('Ada <ada@example.com>, bob@example.com; not-an-address\nADA@example.com');
    expect(
      screen.getByText('3 addresses · 1 address needs fixing · 1 duplicate address was merged.'),
    ).toBeTruthy();
    expect(screen.getByText('Not an email address: the @ is missing.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invite 2 people' })).toBeTruthy();
  });

  it('removes a chip with Delete and announces it', async () => {
    const { user } = setup({ directory: 'meltingspot' }, () => ({ items: [] }));
    await user.click(addresses());
    await user.paste('a@example.com b@example.com');
    screen.getByRole('button', { name: 'Remove a@example.com' }).focus();
    await user.keyboard('{Delete}');
    expect(screen.queryByRole('button', { name: 'Remove a@example.com' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove b@example.com' })).toBe(document.activeElement);
    expect(screen.getByText('a@example.com removed')).toBeTruthy();
  });

  it('MeltingSpot: finds existing members, bulk-invites the rest, and reports each address', async () => {
    const { user, request, onInvited } = setup({ directory: 'meltingspot' }, (method, _path, options) => {
      if (method === 'GET') return { items: [{ email: 'ada@example.com' }] };
      const { emails } = options.body as { emails: string[] };
      return {
        created: emails.filter((e) => e !== 'bad@example.com').map((email) => ({ email })),
        failed: [{ email: 'bad@example.com' }],
      };
    });
    await user.click(addresses());
    await user.paste('ada@example.com new@example.com bad@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite 3 people' }));
    expect(await screen.findByText('1 invited · 1 already a member · 1 not invited')).toBeTruthy();
    const posts = request.mock.calls.filter(([method]) => method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.[2]).toMatchObject({
      body: { emails: ['new@example.com', 'bad@example.com'] },
      idempotencyKey: expect.any(String),
    });
    expect(onInvited).toHaveBeenCalledWith([
      { email: 'ada@example.com', status: 'already_member' },
      { email: 'new@example.com', status: 'invited' },
      { email: 'bad@example.com', status: 'failed' },
    ]);
    const chip = screen.getByText('new@example.com').closest('li') as HTMLElement;
    expect(within(chip).getByText('Invited')).toBeTruthy();
  });

  it('workspace: one call per address with the message and groups; conflicts are “already a member”', async () => {
    const { user, request } = setup(
      { directory: 'workspace', accessGroups: ['Members', 'Editors'] },
      (_m, _p, options) => {
        if ((options.body as { email: string }).email === 'old@example.com')
          throw new ConveneError('conflict', 'exists', { status: 409 });
        return { id: 1 };
      },
    );
    await user.click(addresses());
    await user.paste('old@example.com fresh@example.com');
    await user.click(screen.getByRole('checkbox', { name: 'Editors' }));
    await user.click(screen.getByRole('button', { name: 'Invite 2 people' }));
    expect(await screen.findByText('1 invited · 1 already a member')).toBeTruthy();
    expect(request.mock.calls.map(([, , options]) => (options as RequestOptions).body)).toContainEqual({
      email: 'fresh@example.com',
      inviteMessage: 'You are invited to join us.',
      accessGroups: ['Editors'],
    });
  });

  it('rate limited: the batch says when to try again, and the failed ones can be retried', async () => {
    let calls = 0;
    const { user } = setup({ directory: 'calcom', clientId: 'cl_1' }, () => {
      calls += 1;
      if (calls === 1) throw new ConveneError('rate_limited', 'slow down', { status: 429, retryAfter: 30 });
      return { id: 2 };
    });
    await user.click(addresses());
    await user.paste('z@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite 1 person' }));
    expect(await screen.findByText('Too many invitations at once. Try again in 30 seconds.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try the failed ones again' }));
    await waitFor(() => expect(screen.getByText('1 invited')).toBeTruthy());
  });

  it('after sending: focus on the summary, which counts the invalid address never sent, and no stale status', async () => {
    const { user } = setup({ directory: 'meltingspot' }, (method, _path, options) => {
      if (method === 'GET') return { items: [] };
      const { emails } = options.body as { emails: string[] };
      return { created: emails.map((email) => ({ email })), failed: [] };
    });
    await user.click(addresses());
    await user.paste('a@example.com b@example.com not-an-address');
    expect(screen.getByText('3 addresses added')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Invite 2 people' }));
    const summary = await screen.findByText('2 invited · 1 invalid address not sent');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.queryByText('3 addresses added')).toBeNull();
  });

  it('an invalid address is fixed in place and checked again', async () => {
    const { user } = setup({ directory: 'meltingspot' }, () => ({ items: [] }));
    await user.click(addresses());
    await user.paste('a@example.com bob.example.com c@example.com');
    const field = screen.getByRole('textbox', { name: 'Fix the address bob.example.com' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.clear(field);
    await user.type(field, 'bob@example{Enter}');
    // Still wrong: it says why, and the person stays on it.
    const again = screen.getByRole('textbox', { name: 'Fix the address bob@example' });
    expect(again).toBe(document.activeElement);
    expect(screen.getByText('The domain after the @ is not valid.')).toBeTruthy();
    await user.type(again, '.com{Enter}');
    expect(screen.queryByRole('textbox', { name: /Fix the address/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove bob@example.com' })).toBe(document.activeElement);
    expect(screen.getByText('bob@example.com is valid now')).toBeTruthy();
    // In its place, between the two it stood between, and nothing was sent by Enter.
    const chips = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(chips).toEqual(['a@example.com×', 'bob@example.com×', 'c@example.com×']);
    expect(screen.getByRole('button', { name: 'Invite 3 people' })).toBeTruthy();
  });
});
