import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { instantToZonedParts } from '../src/core/time/zoned';
import {
  bookBehindTheBack,
  resetSandbox,
  sandboxFault,
  sandboxProxyUrl,
} from '../src/widgets/booker/sandboxTesting';
import { ManageBooking } from '../src/widgets/manage-booking/ManageBooking';
import {
  bookWithManageToken,
  cancelBehindTheBack,
  expiredManageToken,
  firstFreeSlotOn,
  type ManagedFixture,
  vendorDownForOneRead,
} from '../test/manageSandbox';

/**
 * One booking of the sandbox's fixed "Intro call", managed with the token its booking answer carried.
 * The clock is FIXED_NOW (Monday 09:30 Amsterdam): the first free slot is within the 24-hour policy,
 * the 40th is days later, outside it.
 */
const OUTSIDE_POLICY = 40;
const TIMEOUT = { timeout: 10_000 };

/**
 * Storybook runs a story's loaders side by side (and the meta's with them), so each story has exactly
 * one, doing its steps in order.
 */
const fixtureLoader =
  (skip: number, then?: (fixture: ManagedFixture) => Promise<Record<string, unknown> | undefined>) =>
  async () => {
    await resetSandbox();
    const fixture = await bookWithManageToken(skip);
    return { fixture, token: fixture.booking.manage.token, ...(await then?.(fixture)) };
  };
const booked = [fixtureLoader(OUTSIDE_POLICY)];

const meta = {
  title: 'Scheduling/ManageBooking',
  component: ManageBooking,
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { token: undefined, onRescheduled: fn(), onCancelled: fn() },
  render: (args, { loaded }) => <ManageBooking {...args} token={args.token ?? (loaded.token as string)} />,
} satisfies Meta<typeof ManageBooking>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TheBooking: Story = {
  loaders: booked,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Your booking' }, TIMEOUT)).toBeVisible();
    await expect(canvas.getByText('Intro call')).toBeVisible();
    await expect(canvas.getByText('Ada Lovelace')).toBeVisible();
    await expect(canvas.getByText('Confirmed')).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Change this booking' })).toBeVisible();
  },
};

export const Loading: Story = {
  loaders: [
    fixtureLoader(OUTSIDE_POLICY, async () => {
      await sandboxFault({ latencyMs: 5_000, times: 1 });
      return undefined;
    }),
  ],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const ReschedulePicking: Story = {
  loaders: booked,
  args: { initialMode: 'reschedule' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Pick a new time' }, TIMEOUT)).toBeVisible();
    await expect(canvas.getByText(/^Currently booked: /)).toBeVisible();
    // The picker opens on the booking's own day, with its free times listed; no duration choice.
    await expect(await canvas.findByRole('heading', { name: /^Times on / }, TIMEOUT)).toBeVisible();
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
  },
};

async function pickOtherTime(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const [time] = await canvas.findAllByRole('button', { name: /\d:\d{2}.*–.*\d/ }, TIMEOUT);
  await userEvent.click(time as HTMLElement);
  return canvas.findByRole('button', { name: /^Move to / });
}

export const Rescheduled: Story = {
  loaders: booked,
  args: { initialMode: 'reschedule' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await pickOtherTime(canvasElement));
    await expect(
      await canvas.findByRole('heading', { name: 'Your booking has been moved' }, TIMEOUT),
    ).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Update your calendar (.ics)' })).toBeVisible();
    await expect(args.onRescheduled).toHaveBeenCalledTimes(1);
  },
};

export const TakenSlot: Story = {
  loaders: booked,
  args: { initialMode: 'reschedule' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const confirm = await pickOtherTime(canvasElement);
    const { slot } = loaded.fixture as ManagedFixture;
    // Someone else takes the time the visitor picked (the day's first free one) while they hesitate.
    await bookBehindTheBack(
      1,
      await firstFreeSlotOn(instantToZonedParts(slot.start, 'Europe/Amsterdam').date),
    );
    await userEvent.click(confirm);
    await expect(await canvas.findByText('This time was just taken', {}, TIMEOUT)).toBeVisible();
  },
};

export const ConfirmCancel: Story = {
  loaders: booked,
  args: { initialMode: 'cancel' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Cancel this booking?' }, TIMEOUT)).toBeVisible();
    await expect(await canvas.findByText(/cancel free of charge up to 24 hours/, {}, TIMEOUT)).toBeVisible();
    await expect(canvas.queryByRole('note')).toBeNull();
    await expect(canvas.getByRole('textbox', { name: 'Reason (optional)' })).toBeVisible();
  },
};

export const InsidePolicyPeriod: Story = {
  args: { initialMode: 'cancel' },
  loaders: [fixtureLoader(0)],
  play: async ({ canvasElement }) => {
    const note = await within(canvasElement).findByRole('note', {}, TIMEOUT);
    await expect(note).toHaveTextContent('less than 24 hours');
  },
};

export const Cancelled: Story = {
  loaders: booked,
  args: { initialMode: 'cancel' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Reason (optional)' }, TIMEOUT), 'Ill');
    await userEvent.click(canvas.getByRole('button', { name: 'Yes, cancel the booking' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Your booking has been cancelled' }, TIMEOUT),
    ).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Remove from your calendar (.ics)' })).toBeVisible();
    await expect(args.onCancelled).toHaveBeenCalledTimes(1);
  },
};

export const AlreadyCancelled: Story = {
  loaders: [
    fixtureLoader(OUTSIDE_POLICY, async (fixture) => {
      await cancelBehindTheBack(fixture);
      return undefined;
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/has been cancelled. There is nothing more/, {}, TIMEOUT),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Reschedule' })).toBeNull();
  },
};

export const ExpiredLink: Story = {
  loaders: [
    fixtureLoader(OUTSIDE_POLICY, async (fixture) => ({
      token: await expiredManageToken(fixture.booking.id),
    })),
  ],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'This link is not valid or has expired.',
    );
  },
};

export const InvalidLink: Story = {
  args: { token: 'not-a-token' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('This link is not valid');
  },
};

export const VendorDown: Story = {
  loaders: [fixtureLoader(OUTSIDE_POLICY, vendorDownForOneRead)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'The service had a problem',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const Dutch: Story = {
  loaders: booked,
  parameters: { convene: { locale: 'nl' } },
  args: { initialMode: 'cancel' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Deze afspraak annuleren?' }, TIMEOUT),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Afspraak behouden' })).toBeVisible();
  },
};

export const French: Story = {
  loaders: booked,
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Votre rendez-vous' }, TIMEOUT)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Déplacer' })).toBeVisible();
  },
};
