import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { monthOfInstant, shiftMonth } from '../src/core/time/zoned';
import { AvailabilityPicker } from '../src/widgets/availability-picker/AvailabilityPicker';
import { resetSandbox, sandboxFault, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';
import { FIXED_NOW } from '../test/clock';

/** Sandbox seed: 1 = "Intro call" (30 min, fixed), 2 = "Consultation" (30/60 min), 3 = secret (not served). */
const FIXED = 1;
const FLEXIBLE = 2;
const SECRET = 3;

const FREE_DAY = /\d+ (times?|tijden?|horaires?) (free|vrij|libres?)/;

const meta = {
  title: 'Scheduling/AvailabilityPicker',
  component: AvailabilityPicker,
  // Reached cross-origin like a customer's page does: the proxy refuses same-origin GETs (no Origin header).
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { eventTypeId: FIXED, onChange: fn() },
  loaders: [
    async () => {
      await resetSandbox();
      return {};
    },
  ],
} satisfies Meta<typeof AvailabilityPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

async function firstFreeDay(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const days = await canvas.findAllByRole('button', { name: FREE_DAY }, { timeout: 10_000 });
  const day = days[0];
  if (!day) throw new Error('no free day');
  return day;
}

export const PickASlot: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const day = await firstFreeDay(canvasElement);
    await userEvent.click(day);
    const slots = await canvas.findAllByRole('button', { name: /\d:\d{2}.*–.*\(Amsterdam time\)$/ });
    // One sentence is announced for the day, never its list of times.
    const dayName = new Intl.DateTimeFormat('en', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${day.getAttribute('data-date')}T12:00:00Z`));
    const live = canvasElement.querySelector('.convene-picker [aria-live="polite"]:not(h3)');
    await expect(live).toHaveTextContent(`${slots.length} free times on ${dayName}`);
    await expect(canvasElement.querySelector('.convene-picker-slots')).not.toHaveAttribute('aria-live');
    // Weekday columns are named in full, not by a letter.
    await expect(canvas.getByRole('columnheader', { name: 'Tuesday' })).toBeInTheDocument();
    const first = slots[0] as HTMLElement;
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onChange).toHaveBeenCalledWith(
      expect.objectContaining({ timeZone: 'Europe/Amsterdam', durationMinutes: 30 }),
    );
    await expect(canvas.getByRole('button', { name: 'Amsterdam time (UTC+1)' })).toBeVisible();
  },
};

export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const day = await firstFreeDay(canvasElement);
    const date = day.getAttribute('data-date');
    const monthName = canvas.getByRole('table').getAttribute('aria-label') ?? '';
    day.focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(canvas.getByRole('table').getAttribute('aria-label')).not.toBe(monthName));
    await userEvent.keyboard('{PageUp}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-date', date ?? ''));
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}{Enter}');
    await expect(await canvas.findByRole('heading', { name: /^Times on/ })).toBeVisible();
  },
};

export const Loading: Story = {
  loaders: [
    async () => {
      await sandboxFault({ latencyMs: 2500, times: 2 });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
    await expect(canvasElement.querySelector('[data-convene-widget]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Last month: every hour is past, so nothing is free and the picker offers to jump ahead. */
const LAST_MONTH = shiftMonth(monthOfInstant(new Date(FIXED_NOW), 'Europe/Amsterdam'), -1);

export const EmptyMonth: Story = {
  args: { initialMonth: LAST_MONTH },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No free times this month.', {}, { timeout: 10_000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Jump to the next available day' }));
    await expect(
      await canvas.findByRole('heading', { name: /^Times on/ }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ErrorState: Story = {
  args: { eventTypeId: SECRET },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const ManySlots: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await firstFreeDay(canvasElement));
    const slots = await canvas.findAllByRole('button', { name: /\d:\d{2}.*–.*\(Amsterdam time\)$/ });
    await expect(slots.length).toBeGreaterThan(4);
  },
};

export const FlexibleDurations: Story = {
  args: { eventTypeId: FLEXIBLE, onDurationChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Duration' }, { timeout: 10_000 });
    await userEvent.click(within(group).getByRole('radio', { name: /^60/ }));
    await expect(args.onDurationChange).toHaveBeenCalledWith(22);
    await userEvent.click(await firstFreeDay(canvasElement));
    const [slot] = await canvas.findAllByRole('button', { name: /\d:\d{2}.*–.*\(Amsterdam time\)$/ });
    // A 60-minute slot ends an hour after it starts: "09:00 – 10:00 (Amsterdam time)".
    const [start = '', end = ''] = (slot?.textContent ?? '').match(/\d{1,2}:\d{2}/g) ?? [];
    await expect(Number(end.split(':')[0]) - Number(start.split(':')[0])).toBe(1);
  },
};

export const VisitorInNewYork: Story = {
  parameters: { convene: { timeZone: 'America/New_York' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'New York time (UTC-5)' })).toBeVisible();
    await userEvent.click(await firstFreeDay(canvasElement));
    await expect(
      (await canvas.findAllByRole('button', { name: /\d:\d{2}.*–.*\(New York time\)$/ })).length,
    ).toBeGreaterThan(0);
  },
};

export const Dark: Story = {
  parameters: { convene: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await firstFreeDay(canvasElement);
    await expect(canvasElement.querySelector('[data-convene-widget]')).toHaveAttribute('data-theme', 'dark');
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Kies een tijd' })).toBeVisible();
    await userEvent.click(await firstFreeDay(canvasElement));
    await expect(await canvas.findByRole('heading', { name: /^Tijden op/ })).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Choisissez un horaire' })).toBeVisible();
    await userEvent.click(await firstFreeDay(canvasElement));
    await expect(await canvas.findByRole('heading', { name: /^Horaires du/ })).toBeVisible();
  },
};

/** The zone list is a chunk of its own: once it is there, focus is in its search box. */
async function searchBoxFocused(canvasElement: HTMLElement) {
  // The search and its list are a chunk of their own, fetched on open: on a dev server that first fetch also
  // transforms the module, which can take longer than Testing Library's 1 s default on a busy machine.
  const search = await within(canvasElement).findByRole('combobox', {}, { timeout: 10_000 });
  await waitFor(() => expect(search).toHaveFocus());
  return search;
}

/** The zone switcher as a keyboard user meets it: focus in the search, current city names, countries, offsets. */
export const ZoneSwitcher: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await firstFreeDay(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Amsterdam time (UTC+1)' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const search = await searchBoxFocused(canvasElement);
    await expect(search).toHaveAccessibleName('Search time zones');
    const firstCity = () =>
      canvas.getAllByRole('option')[0]?.querySelector('.convene-timezone-city')?.firstChild?.textContent;
    const searchFor = async (text: string) => {
      await userEvent.clear(search);
      await userEvent.type(search, text);
    };

    await expect(firstCity()).toBe('Amsterdam');
    await searchFor('Kolkata');
    await expect(firstCity()).toBe('Kolkata');
    await searchFor('Kyiv');
    await expect(firstCity()).toBe('Kyiv');
    await searchFor('India');
    await waitFor(() => expect(firstCity()).toBe('Kolkata'));
    await searchFor('+05:30');
    await expect(canvas.getAllByRole('option').every((o) => o.textContent?.includes('UTC+5:30'))).toBe(true);
    await searchFor('Central European');
    await expect(canvas.getByRole('option', { name: /^Berlin/ })).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(trigger).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await searchBoxFocused(canvasElement);
    await userEvent.keyboard('{Tab}');
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(trigger).toHaveFocus();

    // A click on the calendar closes the list and lands: the day is chosen, focus stays on it.
    await userEvent.click(trigger);
    await searchBoxFocused(canvasElement);
    const day = await firstFreeDay(canvasElement);
    await userEvent.click(day);
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(day).toHaveFocus();
    await expect(day).toHaveAttribute('aria-pressed', 'true');

    // Picked by keyboard: the button names the new zone and the times follow it.
    await userEvent.click(trigger);
    await userEvent.type(await searchBoxFocused(canvasElement), 'Kolkata');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Kolkata time (UTC+5:30)' })).toHaveFocus();

    // Left open with an option highlighted, so the a11y check sees the active option's colours.
    await userEvent.keyboard('{Enter}');
    await userEvent.type(await searchBoxFocused(canvasElement), 'new');
    await userEvent.keyboard('{ArrowDown}');
  },
};

/** Once the month is there, clicks the zone button that reads `label`. */
async function openZoneSwitcher(canvasElement: HTMLElement, label: string) {
  await firstFreeDay(canvasElement);
  await userEvent.click(within(canvasElement).getByRole('button', { name: label }));
  return searchBoxFocused(canvasElement);
}

export const ZoneSwitcherDark: Story = {
  parameters: { convene: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await openZoneSwitcher(canvasElement, 'Amsterdam time (UTC+1)');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getAllByRole('option')[1]).toHaveAttribute('data-active');
  },
};

export const ZoneSwitcherFrench: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = await openZoneSwitcher(canvasElement, 'Heure d’Amsterdam (UTC+1)');
    await expect(search).toHaveAccessibleName('Rechercher un fuseau horaire');
    await userEvent.type(search, 'Inde');
    await waitFor(() => expect(canvas.getAllByRole('option')[0]).toHaveTextContent(/^Kolkata/));
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Heure de Kolkata (UTC+5:30)' })).toHaveFocus();
  },
};
