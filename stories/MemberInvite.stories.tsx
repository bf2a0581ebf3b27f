import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { resetSandbox, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';
import { MemberInvite } from '../src/widgets/member-invite/MemberInvite';

const PROXY = '/__convene';
const LONG = { timeout: 10_000 };
const SCOPES = ['invite:meltingspot', 'invite:workspace', 'invite:volunteers', 'invite:calcom'];

async function sandboxToken(ttlSeconds = 900): Promise<string> {
  const response = await fetch(`${PROXY}/__sandbox/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scopes: SCOPES, ttlSeconds }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function fault(vendor: string, status: number, times = 1) {
  await fetch(`${PROXY}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ vendor, status, times }),
  });
}

const meta = {
  title: 'Community/MemberInvite',
  component: MemberInvite,
  args: { directory: 'meltingspot', onInvited: fn() },
  loaders: [
    async () => {
      await resetSandbox();
      return {
        convene: { proxyUrl: sandboxProxyUrl(), token: await sandboxToken(), getToken: () => sandboxToken() },
      };
    },
  ],
} satisfies Meta<typeof MemberInvite>;

export default meta;
type Story = StoryObj<typeof meta>;

async function paste(canvasElement: HTMLElement, text: string) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('textbox', { name: 'Email addresses' }));
  await userEvent.paste(text);
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Invite people to your Spot' })).toBeVisible();
    await expect(canvas.getByText('No addresses yet')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Invite' }));
    await expect(canvas.getByText('Add at least one valid address.')).toBeVisible();
  },
};

export const MessyPaste: Story = {
  play: async ({ canvasElement }) => {
    await paste(
      canvasElement,
      '"Lovelace, Ada" <ada.l@example.com>;; grace@example.com\tnot-an-address\nGRACE@example.com, zoe@bücher.example',
    );
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.convene-invite-count')).toHaveTextContent(
      '4 addresses · 1 address needs fixing · 1 duplicate address was merged.',
    );
    await expect(canvas.getByText('Not an email address: the @ is missing.')).toBeVisible();
  },
};

export const PartialFailure: Story = {
  play: async ({ canvasElement, args }) => {
    // ada@ and grace@ are already in the sandbox Spot.
    await paste(canvasElement, 'ada@example.com new.person@example.com another.one@example.com');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 3 people' }));
    const summary = await canvas.findByText('2 invited · 1 already a member', {}, LONG);
    await expect(summary).toBeVisible();
    // The send button was disabled while sending; focus lands on the outcome, not on <body>.
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(args.onInvited).toHaveBeenCalledTimes(1);
  },
};

export const AllFailed: Story = {
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'x1@example.com x2@example.com');
    await fault('meltingspot', 500, 4);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 2 people' }));
    await expect(await canvas.findByText('0 invited · 2 not invited', {}, LONG)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try the failed ones again' })).toBeVisible();
  },
};

export const RateLimited: Story = {
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'slow@example.com');
    await fault('meltingspot', 429, 2);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 1 person' }));
    await expect(await canvas.findByText(/Too many invitations at once/, {}, LONG)).toBeVisible();
  },
};

export const ExpiredToken: Story = {
  loaders: [
    async () => {
      await resetSandbox();
      // A token the proxy refuses and no way to renew it: the coordinator is told to sign in again.
      return { convene: { proxyUrl: sandboxProxyUrl(), token: 'expired.or.forged', getToken: undefined } };
    },
  ],
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'late@example.com');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 1 person' }));
    await expect(
      await canvas.findByText('Your session has expired. Sign in again to continue.', {}, LONG),
    ).toBeVisible();
  },
};

export const WorkspaceFields: Story = {
  args: { directory: 'workspace', accessGroups: ['Members', 'Editors'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Invitation message' })).toHaveValue(
      'You are invited to join us.',
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Members' }));
    await paste(canvasElement, 'ws.person@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 1 person' }));
    await expect(await canvas.findByText('1 invited', {}, LONG)).toBeVisible();
  },
};

export const VolunteersFields: Story = {
  args: { directory: 'volunteers' },
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'Vera Volunteer <vera.v@example.com>');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Register volunteers' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 1 person' }));
    await expect(await canvas.findByText('1 invited', {}, LONG)).toBeVisible();
  },
};

export const CalcomFields: Story = {
  args: { directory: 'calcom' },
  loaders: [
    async () => {
      await resetSandbox();
      const seed = (await (await fetch(`${PROXY}/__sandbox/seed`)).json()) as {
        calcom: { clientId: string };
      };
      return {
        clientId: seed.calcom.clientId,
        convene: { proxyUrl: sandboxProxyUrl(), token: await sandboxToken() },
      };
    },
  ],
  render: (args, { loaded }) => <MemberInvite {...args} clientId={loaded.clientId as string} />,
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'cal.person@example.com');
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Add people to the scheduling platform' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Invite 1 person' }));
    await expect(await canvas.findByText('1 invited', {}, LONG)).toBeVisible();
  },
};

export const FiveHundredAddresses: Story = {
  play: async ({ canvasElement }) => {
    await paste(canvasElement, Array.from({ length: 500 }, (_, i) => `person${i}@example.com`).join('\n'));
    const canvas = within(canvasElement);
    await expect(canvas.getByText('500 addresses')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show all 500' })).toBeVisible();
    // Still interactive: typing goes on while 500 addresses are listed.
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Email addresses' }),
      'one.more@example.com{Enter}',
    );
    await expect(canvas.getByText('501 addresses')).toBeVisible();
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Nodig mensen uit voor je Spot' }),
    ).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Invitez des personnes dans votre Spot' }),
    ).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole('textbox', { name: 'Adresses e-mail' }));
    await userEvent.paste('sans-arobase');
    await expect(
      // Matched as is: by default Testing Library folds the non-breaking space into a plain one.
      within(canvasElement).getByText('Ce n’est pas une adresse e-mail\u00a0: le @ manque.', {
        normalizer: (text) => text.trim(),
      }),
    ).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: { convene: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'dark@example.com bad-address');
    await expect(canvasElement.querySelector('.convene')?.getAttribute('data-theme')).toBe('dark');
  },
};

/** Invalid chips are one-line pills with the × centred beside the text, and can be fixed in place. */
export const FixInvalidInPlace: Story = {
  play: async ({ canvasElement }) => {
    await paste(canvasElement, 'ok@example.com not-an-address');
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: 'Fix the address not-an-address' });
    const chip = field.closest('li') as HTMLElement;
    const remove = within(chip).getByRole('button', { name: 'Remove not-an-address' });
    const chipBox = chip.getBoundingClientRect();
    const removeBox = remove.getBoundingClientRect();
    await expect(chipBox.height).toBeLessThan(removeBox.height * 1.6);
    const middle = (box: DOMRect) => box.top + box.height / 2;
    await expect(Math.abs(middle(chipBox) - middle(removeBox))).toBeLessThan(2);

    await userEvent.clear(field);
    await userEvent.type(field, 'not.an@address.example{Enter}');
    await expect(canvas.getByText('2 addresses')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remove not.an@address.example' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Invite 2 people' })).toBeVisible();
  },
};
