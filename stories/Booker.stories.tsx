import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { WidgetRoot } from '../src/core/parts/WidgetRoot';
import { toEventType } from '../src/vendors/simplymeet/eventType';
import { Booker } from '../src/widgets/booker/Booker';
import { BookerHeader } from '../src/widgets/booker/BookerHeader';
import { resetSandbox, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';

/** Sandbox seed: 1 = "Intro call" (30 min, Google Meet), 2 = "Consultation" (flexible, questions). */
const FIXED = 1;
const FLEXIBLE = 2;
const FREE_DAY = /\d+ (times?|tijden?|horaires?) (free|vrij|libres?)/;

const meta = {
  title: 'Scheduling/Booker',
  component: Booker,
  // Reached cross-origin like a customer's page does: the proxy refuses same-origin GETs (no Origin header).
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { eventType: FIXED, onBooked: fn() },
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

async function pickFirstTime(canvasElement: HTMLElement, slot = /\d:\d{2}.*–.*\d/) {
  const canvas = within(canvasElement);
  const [day] = await canvas.findAllByRole('button', { name: FREE_DAY }, { timeout: 10_000 });
  await userEvent.click(day as HTMLElement);
  const [time] = await canvas.findAllByRole('button', { name: slot });
  await userEvent.click(time as HTMLElement);
}

export const BookEndToEnd: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Intro call' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByText('Google Meet')).toBeVisible();
    await pickFirstTime(canvasElement, /\d:\d{2}.*–.*\(Amsterdam time\)$/);
    await expect(canvas.getByRole('region', { name: 'Step 2 of 2: your details' })).toHaveFocus();
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Full name' }), 'Ada Lovelace');
    await userEvent.click(canvas.getByRole('button', { name: 'Back to the calendar' }));
    await userEvent.click(await canvas.findByRole('button', { name: /^Continue with/ }));
    await expect(await canvas.findByRole('textbox', { name: 'Full name' })).toHaveValue('Ada Lovelace');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await expect(canvas.getByText(/cancel/i, { selector: 'p' })).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I accept the cancellation policy' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Book' }));
    await expect(
      await canvas.findByRole('heading', { name: 'You are booked' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(args.onBooked).toHaveBeenCalledTimes(1);
  },
};

export const FlexibleWithQuestions: Story = {
  args: { eventType: FLEXIBLE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Consultation' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Duration' })).toBeVisible();
    await pickFirstTime(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Phone number' })).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: { convene: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await pickFirstTime(canvasElement);
    await within(canvasElement).findByRole('textbox', { name: 'Full name' });
    await expect(canvasElement.querySelector('[data-convene-widget="booker"]')).toHaveAttribute(
      'data-theme',
      'dark',
    );
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pickFirstTime(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Volledige naam' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Terug naar de kalender' })).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pickFirstTime(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Nom complet' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retour au calendrier' })).toBeVisible();
  },
};

const longName =
  'Quarterly strategic planning and roadmap alignment session for the international partner network (extended)';

/** The seed has no long name, so the header part is shown with one: it must wrap, never overflow. */
export const LongEventName: StoryObj<typeof BookerHeader> = {
  render: () => (
    <div style={{ width: '20em' }}>
      <WidgetRoot widget="booker" className="convene-booker">
        <BookerHeader
          eventType={toEventType({
            id: 9,
            name: longName,
            duration: 45,
            timezone: 'Europe/Amsterdam',
            locationType: 'zoom',
            user: { fullName: 'Maximiliane Alexandra von Hohenberg-Lichtenstein' },
          })}
        />
      </WidgetRoot>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { name: longName });
    await expect(heading).toBeVisible();
    await expect(heading.scrollWidth).toBeLessThanOrEqual(heading.clientWidth);
  },
};
