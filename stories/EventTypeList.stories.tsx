import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { resetSandbox, sandboxFault, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';
import { EventTypeList } from '../src/widgets/event-type-list/EventTypeList';
import { vendorDownForOneRead } from '../test/manageSandbox';

const TIMEOUT = { timeout: 10_000 };

const meta = {
  title: 'Scheduling/EventTypeList',
  component: EventTypeList,
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { onBooked: fn() },
  loaders: [
    async () => {
      await resetSandbox();
      sessionStorage.clear();
      return {};
    },
  ],
} satisfies Meta<typeof EventTypeList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sandbox site serves 1 and 2; 3 is secret and never listed. */
export const SiteEventTypes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Choose a meeting' }, TIMEOUT);
    const names = within(list)
      .getAllByRole('button')
      .map((button) => button.querySelector('.convene-scheduler-name')?.textContent);
    await expect(names).toEqual(['Intro call', 'Consultation']);
  },
};

export const ChosenOpensTheBooker: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^Consultation/ }, TIMEOUT));
    await expect(await canvas.findByRole('heading', { name: 'Consultation' }, TIMEOUT)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /All meetings/ }));
    await expect(await canvas.findByRole('button', { name: /^Consultation/ })).toHaveFocus();
  },
};

export const Narrowed: Story = {
  args: { eventTypes: [2] },
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', {}, TIMEOUT);
    await expect(within(list).getAllByRole('button')).toHaveLength(1);
  },
};

export const Empty: Story = {
  args: { eventTypes: [3] },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('There is nothing to book here at the moment.', {}, TIMEOUT),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  loaders: [
    async () => {
      await resetSandbox();
      await sandboxFault({ latencyMs: 5_000, times: 1 });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const VendorDown: Story = {
  loaders: [
    async () => {
      await resetSandbox();
      return vendorDownForOneRead();
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'The service had a problem',
    );
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('list', { name: 'Kies een afspraak' }, TIMEOUT),
    ).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('list', { name: 'Choisissez un rendez-vous' }, TIMEOUT),
    ).toBeVisible();
  },
};
