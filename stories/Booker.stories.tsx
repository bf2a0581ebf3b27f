import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
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
    // The confirmation is no step of a form: no "Step 2 of 2" above it.
    await expect(canvas.queryByText(/Step \d of 2/)).toBeNull();
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
    await expect(
      await canvas.findByRole('button', { name: 'Heure d’Amsterdam (UTC+1)' }, { timeout: 10_000 }),
    ).toBeVisible();
    // "Durée : 30 min": a non-breaking space before the colon, as French writes it.
    // Testing Library's default normaliser would turn the non-breaking space into a plain one.
    const term = canvas.getByText('Durée', { selector: 'dt', exact: false });
    await expect(term.textContent).toBe('Durée\u00a0:');
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

/** The Booker in a box of a given width: layouts follow the container, not the viewport. */
const inContainer =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ width, maxWidth: 'none' }}>
      <Story />
    </div>
  );

async function chooseFirstDay(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const [day] = await canvas.findAllByRole('button', { name: FREE_DAY }, { timeout: 10_000 });
  await userEvent.click(day as HTMLElement);
  await canvas.findAllByRole('button', { name: /\d:\d{2}.*–/ });
  const box = (selector: string) => {
    const element = canvasElement.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element.getBoundingClientRect();
  };
  const days = [...canvasElement.querySelectorAll('.convene-picker-day')].map((d) =>
    d.getBoundingClientRect(),
  );
  // The first two neighbouring days in one row (a month can start on a Sunday, alone in its first row).
  const first = days.findIndex((day, i) => days[i + 1] !== undefined && days[i + 1]?.top === day.top);
  return {
    details: box('.convene-booker-header'),
    month: box('.convene-picker-calendar'),
    times: box('.convene-picker-slots'),
    timesPane: canvasElement.querySelector('.convene-picker-slots') as HTMLElement,
    // Two neighbouring days in one row: the gap must exceed the 4px focus ring.
    dayGap: (days[first + 1]?.left ?? 0) - (days[first]?.right ?? 0),
    dayWidth: days[first]?.width ?? 0,
  };
}

/** The zone control is a bordered button with a chevron, not a bare link. */
async function expectZoneControl(canvasElement: HTMLElement) {
  const trigger = within(canvasElement).getByRole('button', { name: /time \(UTC\+1\)$/ });
  await expect(getComputedStyle(trigger).borderStyle).toBe('solid');
  await expect(getComputedStyle(trigger).textDecorationLine).toBe('none');
  await expect(trigger.querySelector('.convene-timezone-chevron')).not.toBeNull();
}

/** Wide: event details | month | the chosen day's times, which scroll in their own pane. */
export const WideContainer: Story = {
  args: { eventType: FLEXIBLE },
  decorators: [inContainer(960)],
  play: async ({ canvasElement }) => {
    const layout = await chooseFirstDay(canvasElement);
    await expect(layout.details.right).toBeLessThanOrEqual(layout.month.left);
    await expect(layout.month.right).toBeLessThanOrEqual(layout.times.left);
    await expect(Math.abs(layout.times.top - layout.month.top)).toBeLessThan(2);
    await expect(layout.times.bottom).toBeLessThanOrEqual(layout.month.bottom + 1);
    await expect(layout.timesPane.scrollHeight).toBeGreaterThan(layout.timesPane.clientHeight);
    await expect(layout.dayGap).toBeGreaterThanOrEqual(6);
    await expect(layout.dayWidth).toBeGreaterThan(40);
    await expectZoneControl(canvasElement);
    await expect(within(canvasElement).getByText('Step 1 of 2')).toBeVisible();
  },
};

export const WideContainerDark: Story = {
  ...WideContainer,
  parameters: { convene: { theme: 'dark' } },
};

/** Narrow (a phone, a sidebar): details, month and times stacked; the month fills the width. */
export const NarrowContainer: Story = {
  args: { eventType: FLEXIBLE },
  decorators: [inContainer(340)],
  play: async ({ canvasElement }) => {
    const layout = await chooseFirstDay(canvasElement);
    await expect(layout.details.bottom).toBeLessThanOrEqual(layout.month.top);
    await expect(layout.month.bottom).toBeLessThanOrEqual(layout.times.top);
    await expect(layout.month.width).toBeGreaterThan(300);
    await expect(layout.dayGap).toBeGreaterThanOrEqual(6);
    await expectZoneControl(canvasElement);
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth);
  },
};

export const NarrowContainerDark: Story = {
  ...NarrowContainer,
  parameters: { convene: { theme: 'dark' } },
};
