import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { createQueryClient } from '../../src/core/queryClient';
import { resetSandbox, sandboxProxyUrl, simulatorCalls } from '../../src/widgets/booker/sandboxTesting';
import { PollVoter } from '../../src/widgets/poll-voter/PollVoter';

const LONG = { timeout: 10_000 };

beforeEach(async () => {
  await resetSandbox();
  sessionStorage.clear();
});
afterEach(cleanup);

describe('voting through the proxy and the SimplyMeet simulator', () => {
  it('stores exactly the vote that was sent, once, and the tally shows it', async () => {
    render(
      <ConveneProvider
        proxyUrl={sandboxProxyUrl()}
        siteKey="pk_sandbox"
        locale="en-GB"
        timeZone="Asia/Kolkata"
        queryClient={createQueryClient()}
      >
        <PollVoter poll={1} />
      </ConveneProvider>,
    );
    const user = userEvent.setup();
    const groups = await screen.findAllByRole('radiogroup', {}, LONG);
    const fourth = groups[3] as HTMLElement;
    await user.click(within(fourth).getByRole('radio', { name: 'Works' }));
    await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Doesn’t work' }));
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'e2e.voter@example.com');
    await user.type(screen.getByRole('textbox', { name: /Comment/ }), 'Only Thursday');
    await user.dblClick(screen.getByRole('button', { name: 'Send my vote' }));
    expect(await screen.findByText('Thanks, your vote is in', {}, LONG)).toBeTruthy();

    const votes = (await simulatorCalls()).filter((call) => call.path === '/panel/api/poll/poll-result');
    expect(votes).toHaveLength(1);
    expect(votes[0]?.signed).toBe(true);
    const poll = (await (
      await fetch(`${sandboxProxyUrl()}/simplymeet/panel/api/poll/1`, {
        headers: { 'X-Convene-Site': 'pk_sandbox' },
      })
    ).json()) as {
      uuid: string;
      availability: { id: number; votes: number; voters: string[] }[];
      comments: string[];
    };
    const chosen = poll.availability[3] as { id: number; votes: number; voters: string[] };
    expect(votes[0]?.body).toEqual({
      uuid: poll.uuid,
      availability: [chosen.id],
      email: 'e2e.voter@example.com',
      comment: 'Only Thursday',
    });
    expect(chosen.votes).toBe(1);
    expect(chosen.voters).toEqual(['e…@e….com']);
    expect(poll.comments).toContain('Only Thursday');
  });
});
