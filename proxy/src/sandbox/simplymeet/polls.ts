import { owner, SIMPLYMEET_SEED } from './seed';

export interface PollOption {
  id: number;
  date: string;
  results: { email: string; comment: string }[];
}

export interface Poll {
  id: number;
  uuid: string;
  name: string;
  duration: number;
  voteVisibility: boolean;
  commentVisibility: boolean;
  emailNotification: boolean;
  createdAt: string;
  availability: PollOption[];
}

const DAY = 24 * 3600 * 1000;

/** Midnight UTC of the Monday after `now`: option dates are relative to the clock, so they stay in the future. */
function nextMonday(now: number): number {
  const date = new Date(now);
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = date.getUTCDay();
  return midnight + ((8 - weekday) % 7 || 7) * DAY;
}

const iso = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** The five seed polls (README "Sandbox"). */
export function seedPolls(now: number): Poll[] {
  const monday = nextMonday(now);
  let optionId = 100;
  const option = (instant: number, results: PollOption['results'] = []): PollOption => {
    optionId += 1;
    return { id: optionId, date: iso(instant), results };
  };
  const at = (day: number, hourUtc: number, minute = 0) =>
    monday + day * DAY + (hourUtc * 60 + minute) * 60_000;
  const lunchVotes = [
    { email: 'ines@example.com', comment: 'Tuesday suits me best' },
    { email: 'omar@example.com', comment: '' },
    { email: 'lea@example.com', comment: 'Either works' },
  ];
  const poll = (
    key: keyof typeof SIMPLYMEET_SEED.polls,
    name: string,
    flags: Pick<Poll, 'voteVisibility' | 'commentVisibility'>,
    availability: PollOption[],
  ): Poll => ({
    ...SIMPLYMEET_SEED.polls[key],
    name,
    duration: 60,
    emailNotification: true,
    createdAt: iso(now - 3 * DAY),
    ...flags,
    availability,
  });
  const lunchOptions = (results: boolean) => [
    option(
      at(0, 11),
      results ? [lunchVotes[0] as PollOption['results'][0], lunchVotes[2] as PollOption['results'][0]] : [],
    ),
    option(
      at(1, 11),
      results ? [lunchVotes[0] as PollOption['results'][0], lunchVotes[1] as PollOption['results'][0]] : [],
    ),
    option(at(2, 11, 30), results ? [lunchVotes[2] as PollOption['results'][0]] : []),
    option(at(3, 11)),
    option(at(4, 11, 30)),
  ];
  return [
    poll('visible', 'Team lunch', { voteVisibility: true, commentVisibility: true }, lunchOptions(true)),
    poll(
      'hiddenVotes',
      'Salary review round',
      { voteVisibility: false, commentVisibility: true },
      lunchOptions(true),
    ),
    poll(
      'hiddenComments',
      'Quarterly planning',
      { voteVisibility: true, commentVisibility: false },
      lunchOptions(true),
    ),
    poll(
      'many',
      'Workshop series',
      { voteVisibility: true, commentVisibility: true },
      Array.from({ length: 60 }, (_, i) =>
        option(
          at(Math.floor(i / 4) + Math.floor(i / 20) * 2, 8 + (i % 4) * 2),
          // A few votes, unevenly spread, so the tally and the heat map have a shape.
          lunchVotes.slice(0, (i * 7) % 4).map((vote) => ({ ...vote, comment: '' })),
        ),
      ),
    ),
    poll('closed', 'Summer party', { voteVisibility: true, commentVisibility: true }, [
      option(now - 20 * DAY, [{ email: 'ines@example.com', comment: 'Fun!' }]),
      option(now - 19 * DAY),
    ]),
  ];
}

/** The vendor's PollDTO: the owner with all UserDTO fields (the proxy trims them). */
export function pollDto(poll: Poll) {
  return { ...poll, user: owner, eventType: { id: 1, name: 'Intro call' } };
}

export const isClosed = (poll: Poll, now: number) =>
  poll.availability.every((option) => Date.parse(option.date) <= now);
