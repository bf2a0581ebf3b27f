import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Booker } from '../src/widgets/booker/Booker';
import { resetSandbox, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';

const TIMEOUT = { timeout: 10_000 };

/** What a host page sets on `<convene-booker>` (prefill, locks, day, duration), and the success actions. */
const meta = {
  title: 'Scheduling/Booker steering',
  component: Booker,
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { eventType: 1, onBooked: fn(), onRescheduled: fn(), onCancelled: fn() },
  loaders: [
    async () => {
      await resetSandbox();
      sessionStorage.clear();
      return {};
    },
  ],
} satisfies Meta<typeof Booker>;

export default meta;
type Story = StoryObj<typeof meta>;

async function pickFirstTime(canvasElement: HTMLElement) {
  const [time] = await within(canvasElement).findAllByRole('button', { name: /\d:\d{2}.*–.*\d/ }, TIMEOUT);
  await userEvent.click(time as HTMLElement);
}

export const PrefilledAndLockedOnADay: Story = {
  args: {
    defaultValues: { fullName: 'Grace Hopper', email: 'grace@example.com', guests: 'alan@example.com' },
    readOnlyFields: ['email'],
    initialDate: '2026-11-18',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole(
        'heading',
        { name: /^Times on Wednesday, (18 November|November 18),? 2026$/ },
        TIMEOUT,
      ),
    ).toBeVisible();
    await pickFirstTime(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Full name' }, TIMEOUT)).toHaveValue(
      'Grace Hopper',
    );
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAttribute('readonly');
  },
};

export const FlexibleDurationChosenByHost: Story = {
  args: { eventType: 2, defaultDuration: 60 },
  play: async ({ canvasElement }) => {
    const sixty = await within(canvasElement).findByRole('radio', { name: /60/ }, TIMEOUT);
    await expect(sixty).toBeChecked();
  },
};

export const SuccessOffersRescheduleAndCancel: Story = {
  args: { defaultValues: { fullName: 'Ada Lovelace', email: 'ada@example.com' }, initialDate: '2026-11-18' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickFirstTime(canvasElement);
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: 'I accept the cancellation policy' }, TIMEOUT),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await expect(await canvas.findByRole('heading', { name: 'You are booked' }, TIMEOUT)).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Change this booking' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel booking' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Yes, cancel the booking' }, TIMEOUT));
    await expect(
      await canvas.findByRole('heading', { name: 'Your booking has been cancelled' }, TIMEOUT),
    ).toBeVisible();
    await expect(args.onCancelled).toHaveBeenCalledTimes(1);
  },
};
