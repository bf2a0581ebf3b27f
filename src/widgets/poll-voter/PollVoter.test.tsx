import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeConveneWrapper } from '../../../test/fakeConvene';
import type { RequestOptions } from '../../client/createClient';
import { ConveneError } from '../../core/errors';
import type { SimplyMeetPollDto } from '../../vendors/simplymeet/polls';
import { PollVoter } from './PollVoter';

const lunch: SimplyMeetPollDto = {
  id: 1,
  uuid: 'poll-uuid-1',
  name: 'Team lunch',
  duration: 60,
  voteVisibility: true,
  commentVisibility: true,
  user: { fullName: 'Sam Planner' },
  availability: [
    { id: 11, date: '2099-12-01T11:00:00+00:00', votes: 2, voters: ['i…@e….com', 'l…@e….com'] },
    { id: 12, date: '2099-12-01T23:30:00+00:00', votes: 1, voters: ['o…@e….com'] },
  ],
  voterCount: 3,
  comments: ['Tuesday suits me best'],
};

function setup(poll: SimplyMeetPollDto | Error = lunch, vote: () => unknown = () => undefined) {
  const request = vi.fn(async (method: string, path: string, _options: RequestOptions = {}) => {
    if (method === 'GET' && path === '/simplymeet/panel/api/poll/1') {
      if (poll instanceof Error) throw poll;
      return poll;
    }
    if (method === 'POST' && path === '/simplymeet/panel/api/poll/poll-result') return vote();
    throw new Error(`unexpected ${method} ${path}`);
  });
  const { wrapper } = fakeConveneWrapper(request);
  const onVoted = vi.fn();
  render(<PollVoter poll={1} onVoted={onVoted} />, { wrapper });
  const votes = () => request.mock.calls.filter(([method]) => method === 'POST');
  return { onVoted, votes };
}

beforeEach(() => sessionStorage.clear());

describe('PollVoter', () => {
  it('shows each option in the voter’s zone with tallies, the best option and a moved-day note', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: 'Team lunch' })).toBeTruthy();
    expect(screen.getByText('Organised by Sam Planner')).toBeTruthy();
    expect(screen.getByText('3 people voted')).toBeTruthy();
    // 23:30 UTC is 00:30 the next day in Amsterdam: the organiser's date is shown beside it.
    const late = screen.getByRole('radiogroup', { name: /Wednesday 2 December, 00:30–01:30/ });
    expect(
      within(late.closest('li') as HTMLElement).getByText(/The organiser’s date: Tuesday 1 December/),
    ).toBeTruthy();
    const early = screen.getByRole('radiogroup', { name: /Tuesday 1 December, 12:00–13:00/ });
    expect(within(early.closest('li') as HTMLElement).getByText(/Most popular/)).toBeTruthy();
    expect(screen.getByText('Tuesday suits me best')).toBeTruthy();
  });

  it('keeps unanswered distinct, validates, and votes once with the chosen options', async () => {
    const { onVoted, votes } = setup();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Team lunch' });
    expect(screen.getByText('0 of 2 answered')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send my vote' }));
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(votes()).toHaveLength(0);

    const early = screen.getByRole('radiogroup', { name: /12:00–13:00/ });
    await user.click(within(early).getByRole('radio', { name: 'Works' }));
    const late = screen.getByRole('radiogroup', { name: /00:30–01:30/ });
    await user.click(within(late).getByRole('radio', { name: 'Doesn’t work' }));
    expect(early.closest('li')?.getAttribute('data-answer')).toBe('yes');
    expect(screen.getByText('2 of 2 answered')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.type(screen.getByRole('textbox', { name: /Comment/ }), 'See you');
    await user.dblClick(screen.getByRole('button', { name: 'Send my vote' }));

    expect(await screen.findByText('Thanks, your vote is in')).toBeTruthy();
    // The summary is what was sent: the chosen time in the voter's zone, the address and the comment.
    const summary = screen.getByRole('status');
    expect(within(summary).getByText('Tuesday 1 December, 12:00–13:00')).toBeTruthy();
    expect(within(summary).queryByText(/00:30–01:30/)).toBeNull();
    expect(within(summary).getByText('Sent as ada@example.com.')).toBeTruthy();
    expect(within(summary).getByText('Your comment: “See you”')).toBeTruthy();
    expect(votes()).toHaveLength(1);
    expect(votes()[0]?.[2]).toMatchObject({
      body: { uuid: 'poll-uuid-1', availability: [11], email: 'ada@example.com', comment: 'See you' },
      idempotencyKey: expect.any(String),
    });
    expect(onVoted).toHaveBeenCalledWith({
      pollId: 1,
      optionIds: [11],
      email: 'ada@example.com',
      comment: 'See you',
    });
  });

  it('“none of these work” says at once what to do instead, never disables Send, and can be undone', async () => {
    const { votes } = setup();
    const user = userEvent.setup();
    const early = await screen.findByRole('radiogroup', { name: /12:00–13:00/ });
    await user.click(within(early).getByRole('radio', { name: 'Works' }));
    await user.click(screen.getByRole('button', { name: 'None of these work for me' }));
    const note = screen.getByText(/only the times that work/).closest('div') as HTMLElement;
    expect(note).toBe(document.activeElement);
    expect(note.textContent).toMatch(/tell the organiser directly/);
    const send = screen.getByRole('button', { name: 'Send my vote' }) as HTMLButtonElement;
    expect(send.disabled).toBe(false);
    // Sending anyway sends nothing and brings the voter back to the explanation.
    send.focus();
    await user.click(send);
    expect(document.activeElement).toBe(note);
    expect(votes()).toHaveLength(0);

    await user.click(within(note).getByRole('button', { name: 'Undo' }));
    expect(within(early).getByRole('radio', { name: 'Works' })).toHaveProperty('checked', true);
    expect(screen.queryByText(/only the times that work/)).toBeNull();
  });

  it('shows every error at once and focuses the first one on each try', async () => {
    const { votes } = setup();
    const user = userEvent.setup();
    const send = await screen.findByRole('button', { name: 'Send my vote' });
    await user.click(send);
    const pickError = screen.getByText('Mark at least one time that works.');
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(document.activeElement).toBe(pickError);
    // The same mistakes again: focus still moves back to the first one.
    send.focus();
    await user.click(send);
    expect(document.activeElement).toBe(pickError);

    await user.click(
      within(screen.getByRole('radiogroup', { name: /12:00/ })).getByRole('radio', { name: 'Works' }),
    );
    await user.click(send);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Email' }));
    expect(votes()).toHaveLength(0);
  });

  it('keeps “who voted” out of the way: one disclosure after the last option', async () => {
    setup();
    const late = await screen.findByRole('radiogroup', { name: /00:30–01:30/ });
    const disclosures = screen.getAllByText('Who voted for each time');
    expect(disclosures).toHaveLength(1);
    const summary = disclosures[0] as HTMLElement;
    expect(late.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const details = summary.closest('details') as HTMLElement;
    expect(within(details).getByText('l…@e….com')).toBeTruthy();
    expect(within(details).getByText('Wednesday 2 December, 00:30–01:30')).toBeTruthy();
  });

  it('says clearly when this address already voted, keeping what was typed', async () => {
    setup(lunch, () => {
      throw new ConveneError('conflict', 'already', { status: 409, details: { reason: 'already_voted' } });
    });
    const user = userEvent.setup();
    await user.click(
      within(await screen.findByRole('radiogroup', { name: /12:00/ })).getByRole('radio', { name: 'Works' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send my vote' }));
    expect(await screen.findByText(/already voted in this poll/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'ada@example.com',
    );
  });

  it('a closed poll and a missing poll each say so', async () => {
    setup({ ...lunch, availability: [{ id: 9, date: '2001-01-01T10:00:00+00:00' }] });
    expect(await screen.findByText(/This poll is closed/)).toBeTruthy();
  });

  it('a poll that does not exist says so', async () => {
    setup(new ConveneError('not_found', 'gone', { status: 404 }));
    await waitFor(() => expect(screen.getByText(/This poll no longer exists/)).toBeTruthy());
  });
});

async function answerAndSend(user: ReturnType<typeof userEvent.setup>, email = 'ada@example.com') {
  await user.click(
    within(await screen.findByRole('radiogroup', { name: /12:00/ })).getByRole('radio', { name: 'Works' }),
  );
  await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await user.click(screen.getByRole('button', { name: 'Send my vote' }));
}

describe('PollVoter when things go wrong', () => {
  it('keeps what was typed across a reload of the page until the vote is in', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(
      within(await screen.findByRole('radiogroup', { name: /00:30/ })).getByRole('radio', { name: 'Works' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.type(screen.getByRole('textbox', { name: /Comment/ }), 'Late is fine');
    cleanup(); // the tab reloads: a new widget, a new query cache, the same session

    setup();
    const late = await screen.findByRole('radiogroup', { name: /00:30/ });
    await waitFor(() =>
      expect(within(late).getByRole('radio', { name: 'Works' }) as HTMLInputElement).toHaveProperty(
        'checked',
        true,
      ),
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveProperty('value', 'ada@example.com');
    expect(screen.getByRole('textbox', { name: /Comment/ })).toHaveProperty('value', 'Late is fine');
    expect(screen.getByText('1 of 2 answered')).toBeTruthy();
  });

  it('a network failure keeps the vote, and “Try again” resends the same vote with the same key', async () => {
    let attempts = 0;
    const { votes, onVoted } = setup(lunch, () => {
      attempts += 1;
      if (attempts === 1) throw new ConveneError('network', 'offline');
      return undefined;
    });
    const user = userEvent.setup();
    await answerAndSend(user);
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveProperty('value', 'ada@example.com');
    expect(onVoted).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Thanks, your vote is in')).toBeTruthy();
    // The form is gone: focus lands on the outcome, not on <body>.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Thanks, your vote is in' }));
    const [first, second] = votes().map(([, , options]) => options);
    expect(second).toEqual(first);
    expect(onVoted).toHaveBeenCalledTimes(1);
    // The draft is gone once the vote is in: a reload starts clean.
    expect(sessionStorage.getItem('convene:poll:1')).toBeNull();
  });

  it('a poll that closed while the voter was answering says so', async () => {
    setup(lunch, () => {
      throw new ConveneError('invalid_request', 'closed', {
        status: 422,
        details: { reason: 'poll_closed' },
      });
    });
    await answerAndSend(userEvent.setup());
    expect((await screen.findByRole('alert')).textContent).toMatch(/This poll is closed/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('PollVoter visibility and many options', () => {
  it('shows no tally, voters or best option when the poll hides votes, and no comments when it hides them', async () => {
    setup({
      ...lunch,
      voteVisibility: false,
      commentVisibility: false,
      availability: lunch.availability.map(({ id, date }) => ({ id, date })),
      voterCount: undefined,
      comments: undefined,
    });
    await screen.findByRole('heading', { name: 'Team lunch' });
    expect(screen.queryByText(/^\d+ votes?$|^no votes$|voted/)).toBeNull();
    expect(screen.queryByText(/Most popular/)).toBeNull();
    expect(screen.queryByText(/Who voted/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Comments' })).toBeNull();
  });

  it('with many options, packs them with a heat map and jumps to the next time not answered yet', async () => {
    const many: SimplyMeetPollDto = {
      ...lunch,
      availability: Array.from({ length: 24 }, (_, i) => ({
        id: 100 + i,
        date: new Date(Date.UTC(2099, 11, 1 + Math.floor(i / 4), 8 + (i % 4) * 2)).toISOString(),
        votes: i % 3,
        voters: [],
      })),
    };
    setup(many);
    const user = userEvent.setup();
    expect(await screen.findByRole('figure', { name: 'Votes per time, darker is more' })).toBeTruthy();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(24);

    await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Works' }));
    await user.click(within(groups[1] as HTMLElement).getByRole('radio', { name: 'Doesn’t work' }));
    await user.click(screen.getByRole('button', { name: 'Go to the next unanswered time' }));
    expect(document.activeElement?.closest('[role="radiogroup"]')).toBe(groups[2]);
    // Focus alone answers nothing: the third time is still unanswered.
    expect(groups[2]?.closest('li')?.getAttribute('data-answer')).toBe('unanswered');
  });
});
