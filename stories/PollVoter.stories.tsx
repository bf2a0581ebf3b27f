import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { expect, fn, userEvent, within } from 'storybook/test';
import { resetSandbox, sandboxFault, sandboxProxyUrl } from '../src/widgets/booker/sandboxTesting';
import { PollVoter } from '../src/widgets/poll-voter/PollVoter';

/** Sandbox seed polls: 1 visible, 2 hidden votes, 3 hidden comments, 4 with 60 options, 5 closed. */
const POLL = { visible: 1, hiddenVotes: 2, hiddenComments: 3, many: 4, closed: 5 };
const LONG = { timeout: 10_000 };
/** Testing Library folds every space into a plain one by default; French typography is about which one. */
const EXACT_SPACES = { normalizer: (text: string) => text.trim() };

const meta = {
  title: 'Polls/PollVoter',
  component: PollVoter,
  parameters: { convene: { proxyUrl: sandboxProxyUrl() } },
  args: { poll: POLL.visible, onVoted: fn() },
  loaders: [
    async () => {
      await resetSandbox();
      sessionStorage.clear();
      return {};
    },
  ],
} satisfies Meta<typeof PollVoter>;

export default meta;
type Story = StoryObj<typeof meta>;

async function vote(canvasElement: HTMLElement, email: string) {
  const canvas = within(canvasElement);
  const [first] = await canvas.findAllByRole('radio', { name: 'Works' }, LONG);
  await userEvent.click(first as HTMLElement);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), email);
  await userEvent.click(canvas.getByRole('button', { name: 'Send my vote' }));
}

export const FewOptionsEverythingVisible: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Team lunch' }, LONG)).toBeVisible();
    await expect(canvas.getByText('3 people voted')).toBeVisible();
    await expect(canvas.getAllByText(/Most popular/).length).toBeGreaterThan(0);
    await expect(canvas.getByText('Tuesday suits me best')).toBeVisible();
    await expect(canvas.getByText('0 of 5 answered')).toBeVisible();
  },
};

export const SixtyOptionsOverThreeWeeks: Story = {
  args: { poll: POLL.many },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Workshop series' }, LONG)).toBeVisible();
    await expect(canvas.getAllByRole('radiogroup')).toHaveLength(60);
    await expect(canvas.getByRole('figure', { name: 'Votes per time, darker is more' })).toBeVisible();
    // The voter's place: after answering the first two, the jump lands on the third time.
    const groups = canvas.getAllByRole('radiogroup');
    await userEvent.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Works' }));
    await userEvent.click(within(groups[1] as HTMLElement).getByRole('radio', { name: 'Doesn’t work' }));
    await expect(canvas.getByText('2 of 60 answered')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go to the next unanswered time' }));
    await expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(groups[2]);
  },
};

export const HiddenVotes: Story = {
  args: { poll: POLL.hiddenVotes },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Salary review round' }, LONG)).toBeVisible();
    await expect(canvas.queryByText(/^\d+ votes?$|no votes/)).toBeNull();
    await expect(canvas.queryByText(/people voted/)).toBeNull();
  },
};

export const HiddenComments: Story = {
  args: { poll: POLL.hiddenComments },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Quarterly planning' }, LONG)).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Comments' })).toBeNull();
    await expect(canvas.getByText('3 people voted')).toBeVisible();
  },
};

export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    await vote(canvasElement, 'new.voter@example.com');
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Thanks, your vote is in', {}, LONG)).toBeVisible();
    await expect(canvas.getByText('Sent as new.voter@example.com.')).toBeVisible();
    // The form is gone: focus lands on the outcome, not on <body>.
    await expect(canvas.getByRole('heading', { name: 'Thanks, your vote is in' })).toHaveFocus();
    await expect(args.onVoted).toHaveBeenCalledTimes(1);
    await expect(args.onVoted).toHaveBeenCalledWith(
      expect.objectContaining({ pollId: POLL.visible, email: 'new.voter@example.com' }),
    );
  },
};

export const AlreadyVoted: Story = {
  play: async ({ canvasElement }) => {
    // ines@example.com is one of the seed's voters.
    await vote(canvasElement, 'ines@example.com');
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/already voted in this poll/, {}, LONG)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('ines@example.com');
  },
};

export const Closed: Story = {
  args: { poll: POLL.closed },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/This poll is closed/, {}, LONG)).toBeVisible();
  },
};

export const Missing: Story = {
  args: { poll: 999 },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/no longer exists/, {}, LONG)).toBeVisible();
  },
};

export const LoadErrorThenRetry: Story = {
  loaders: [
    // The proxy retries a failed read once: two vendor failures make the read fail. The widget's own
    // query retries are turned off here so the story does not have to fail the vendor five times in a
    // row, which would open the proxy's circuit breaker for 15 s and make "Try again" wait that long.
    async () => {
      await sandboxFault({ status: 503, times: 2 });
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      return { convene: { queryClient } };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, LONG);
    await expect(alert).toHaveTextContent(/problem/);
    await expect(canvas.queryByRole('heading', { name: 'Team lunch' })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: 'Team lunch' }, LONG)).toBeVisible();
  },
};

export const VendorErrorThenRetry: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Team lunch' }, LONG);
    await sandboxFault({ status: 503, times: 1 });
    await vote(canvasElement, 'retry.voter@example.com');
    const alert = await canvas.findByRole('alert', {}, LONG);
    await expect(alert).toHaveTextContent(/problem/);
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue('retry.voter@example.com');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Thanks, your vote is in', {}, LONG)).toBeVisible();
    await expect(args.onVoted).toHaveBeenCalledTimes(1);
  },
};

export const Dutch: Story = {
  parameters: { convene: { proxyUrl: sandboxProxyUrl(), locale: 'nl' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Georganiseerd door Sam Planner', {}, LONG)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Stem versturen' })).toBeVisible();
  },
};

export const French: Story = {
  parameters: { convene: { proxyUrl: sandboxProxyUrl(), locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Organisé par Sam Planner', {}, LONG)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Envoyer mon vote' })).toBeVisible();
    // A non-breaking space before the colon, so it never starts a line (matched as is, not normalised).
    await expect(canvas.getByText('Réponses\u00a0: 0 sur 5', EXACT_SPACES)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Aucun de ces créneaux ne me convient' }));
    await expect(
      canvas.getByText(/qui conviennent\u00a0: il n’y a donc/, EXACT_SPACES).closest('div'),
    ).toHaveFocus();
  },
};

export const Dark: Story = {
  parameters: { convene: { proxyUrl: sandboxProxyUrl(), theme: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Team lunch' }, LONG)).toBeVisible();
    await expect(canvasElement.querySelector('.convene')?.getAttribute('data-theme')).toBe('dark');
    // Yes, no and unanswered side by side, so the accessibility check sees all three in the dark theme.
    const groups = canvas.getAllByRole('radiogroup');
    await userEvent.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Works' }));
    await userEvent.click(within(groups[1] as HTMLElement).getByRole('radio', { name: 'Doesn’t work' }));
    await expect(groups[1]?.closest('li')).toHaveAttribute('data-answer', 'no');
  },
};

export const NoneOfTheseWork: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'None of these work for me' }, LONG));
    // Said at once, with what to do instead, and the way back.
    const note = canvas.getByText(/nothing to send yet/).closest('div') as HTMLElement;
    await expect(note).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Send my vote' })).toBeEnabled();
    await userEvent.click(within(note).getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByText('0 of 5 answered')).toBeVisible();
  },
};

export const AllErrorsAtOnce: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send my vote' }, LONG));
    await expect(canvas.getByText('Mark at least one time that works.')).toHaveFocus();
    await expect(canvas.getByText('Enter your email address.')).toBeVisible();
  },
};

/** A 320 px phone in a 12-hour locale: both answers share one line under the time, aligned row to row. */
export const PhoneTwelveHour: Story = {
  parameters: { convene: { proxyUrl: sandboxProxyUrl(), locale: 'en-US', hourCycle: 'h12' } },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Team lunch' }, LONG);
    for (const group of canvas.getAllByRole('radiogroup')) {
      const works = within(group).getByText('Works').getBoundingClientRect();
      const doesNot = within(group).getByText('Doesn’t work').getBoundingClientRect();
      await expect(Math.abs(works.top - doesNot.top)).toBeLessThan(2);
    }
    const lefts = canvas.getAllByText('Doesn’t work').map((label) => label.getBoundingClientRect().left);
    await expect(Math.max(...lefts) - Math.min(...lefts)).toBeLessThan(2);
  },
};

/** "Most popular" is a badge in the text colour: a row answered "no" must not look chosen. */
export const MostPopularAnsweredNo: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [best] = await canvas.findAllByText('Most popular', {}, LONG);
    const row = (best as HTMLElement).closest('li') as HTMLElement;
    await userEvent.click(within(row).getByRole('radio', { name: 'Doesn’t work' }));
    const accent = getComputedStyle(row).getPropertyValue('--convene-accent').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    row.append(probe);
    const accentColour = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(best as HTMLElement).color).not.toBe(accentColour);
    await expect(getComputedStyle(row).boxShadow).toBe('none');
    await expect(getComputedStyle(row).borderTopColor).not.toBe(accentColour);
  },
};
