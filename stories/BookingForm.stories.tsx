import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Slot } from '../src/vendors/simplymeet/availability';
import {
  bookBehindTheBack,
  firstFreeSlot,
  resetSandbox,
  sandboxFault,
  sandboxProxyUrl,
} from '../src/widgets/booker/sandboxTesting';
import { BookingForm } from '../src/widgets/booking-form/BookingForm';

/** Sandbox seed: 1 = "Intro call" (30 min, no questions), 2 = "Consultation" (every question type, phone required). */
const FIXED = 1;
const FLEXIBLE = 2;

/** Replaced by a real free slot from the sandbox in every story's loader. */
const placeholder: Slot = {
  start: '2026-12-01T08:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  durationMinutes: 30,
};

async function freshSlot(eventTypeId: number): Promise<{ slot: Slot }> {
  await resetSandbox();
  // Drafts live in sessionStorage, shared by every story in this page: start each story empty.
  sessionStorage.clear();
  return { slot: await firstFreeSlot(eventTypeId, { timeZone: 'Europe/Amsterdam', durationMinutes: 30 }) };
}

const meta = {
  title: 'Scheduling/BookingForm',
  component: BookingForm,
  // Reached cross-origin like a customer's page does: the proxy refuses same-origin GETs (no Origin header).
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { eventTypeId: FIXED, slot: placeholder, onBooked: fn() },
  loaders: [async ({ args }) => freshSlot(args.eventTypeId)],
  render: (args, { loaded }) => <BookingForm {...args} slot={(loaded as { slot: Slot }).slot} />,
} satisfies Meta<typeof BookingForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function fillIntro(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(
    await canvas.findByRole('textbox', { name: 'Full name' }, { timeout: 10_000 }),
    'Ada Lovelace',
  );
  await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  await userEvent.click(canvas.getByRole('checkbox', { name: 'I accept the cancellation policy' }));
}

export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIntro(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await expect(
      await canvas.findByRole('heading', { name: 'You are booked' }, { timeout: 10_000 }),
    ).toHaveFocus();
    await expect(canvas.getByText('A confirmation goes to ada@example.com.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^data:text\/calendar/),
    );
    await expect(args.onBooked).toHaveBeenCalledTimes(1);
  },
};

export const AllQuestionTypes: Story = {
  args: { eventTypeId: FLEXIBLE, durationId: 21 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fullName = await canvas.findByRole('textbox', { name: 'Full name' }, { timeout: 10_000 });
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toBeVisible();
    await expect(canvas.getAllByRole('group').length).toBeGreaterThan(2);
    await expect(canvas.getByRole('textbox', { name: /Guests/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(fullName).toHaveFocus());
    await expect(fullName).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getAllByText('Please fill this in.').length).toBeGreaterThan(1);
    // The same mistakes a second time: focus goes back to the first one, and the count is said again.
    await userEvent.click(canvas.getByRole('textbox', { name: 'Email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(fullName).toHaveFocus());
    await expect(canvas.getByText(/^\d+ fields need your attention\.$/)).toBeInTheDocument();
  },
};

export const TakenSlot: Story = {
  loaders: [
    async ({ args }) => {
      const { slot } = await freshSlot(args.eventTypeId);
      await bookBehindTheBack(args.eventTypeId, slot);
      return { slot };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillIntro(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await expect(await canvas.findByText('This time was just taken', {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
    const [other] = await canvas.findAllByRole('button', { name: /^Book at/ }, { timeout: 10_000 });
    await userEvent.click(other as HTMLElement);
    await expect(
      await canvas.findByRole('heading', { name: 'You are booked' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const VendorFailureThenRetry: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillIntro(canvasElement);
    await sandboxFault({ status: 503, times: 1 });
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(canvas.getByText('Everything you typed is kept.')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('heading', { name: 'You are booked' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const PrefilledReadOnly: Story = {
  args: {
    defaultValues: { fullName: 'Ada Lovelace', email: 'ada@example.com' },
    readOnlyFields: ['email'],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = await canvas.findByRole('textbox', { name: 'Email' }, { timeout: 10_000 });
    await expect(email).toHaveValue('ada@example.com');
    await expect(email).toHaveAttribute('readonly');
    await expect(canvas.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ada Lovelace');
  },
};

export const Dark: Story = {
  args: { eventTypeId: FLEXIBLE },
  parameters: { convene: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('textbox', { name: 'Full name' }, { timeout: 10_000 });
    await expect(canvasElement.querySelector('[data-convene-widget]')).toHaveAttribute('data-theme', 'dark');
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: 'Volledige naam' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Boeken' }));
    await expect(canvas.getAllByText('Vul dit in.').length).toBeGreaterThan(0);
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: 'Nom complet' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Réserver' }));
    await expect(canvas.getAllByText('Veuillez remplir ce champ.').length).toBeGreaterThan(0);
  },
};
