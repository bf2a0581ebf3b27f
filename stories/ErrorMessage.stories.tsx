import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConveneError } from '../src/core/errors';
import { ErrorMessage } from '../src/core/parts/ErrorMessage';
import { WidgetRoot } from '../src/core/parts/WidgetRoot';

const meta = {
  title: 'Core/ErrorMessage',
  component: ErrorMessage,
  decorators: [
    (Story) => (
      <WidgetRoot widget="error-message">
        <Story />
      </WidgetRoot>
    ),
  ],
  args: { error: new ConveneError('network', 'Failed to fetch'), onRetry: fn() },
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NetworkWithRetry: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('We could not reach the booking service');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const RateLimited: Story = {
  args: { error: new ConveneError('rate_limited', 'slow down', { retryAfter: 30 }), onRetry: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Please wait 30 seconds');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Dutch: Story = {
  parameters: { convene: { locale: 'nl' } },
  args: { error: new ConveneError('vendor_timeout', 'timeout') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('De dienst deed er te lang over');
    await expect(canvas.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { locale: 'fr' } },
  args: { error: new ConveneError('rate_limited', 'slow', { retryAfter: 1 }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Patientez 1 seconde');
  },
};

export const Dark: Story = {
  parameters: { convene: { theme: 'dark' } },
  args: { error: new ConveneError('vendor_error', 'boom') },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.convene');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    // Dark text on a dark background would pass the DOM checks but not a person: check the contrast holds.
    const style = getComputedStyle(root as Element);
    await expect(style.backgroundColor).toBe('rgb(21, 24, 33)');
  },
};
