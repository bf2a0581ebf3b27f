import { describe, expect, it } from 'vitest';
import { toPoll, toPollResultRequest } from './polls';

const dto = {
  id: 1,
  uuid: 'u-1',
  name: 'Team lunch',
  duration: 60,
  voteVisibility: true,
  commentVisibility: false,
  user: { fullName: 'Sam Planner' },
  availability: [
    { id: 12, date: '2026-12-02T23:30:00+00:00', votes: 3, voters: ['a…@e….com'] },
    { id: 11, date: '2026-12-01T11:00:00+00:00', votes: 3, voters: [] },
    { id: 13, date: '2026-12-03T11:00:00+00:00', votes: 1, voters: [] },
  ],
  voterCount: 4,
  comments: ['should not show'],
};

describe('SimplyMeet poll adapter', () => {
  it('turns options into ordered instants with the organiser’s date, tallies and the best options', () => {
    const poll = toPoll(dto, new Date('2026-11-23T00:00:00Z'));
    expect(poll.options.map((o) => o.id)).toEqual([11, 12, 13]);
    expect(poll.options[1]).toMatchObject({
      start: '2026-12-02T23:30:00.000Z',
      end: '2026-12-03T00:30:00.000Z',
      hostDate: '2026-12-02',
      votes: 3,
    });
    expect(poll.bestOptionIds).toEqual([11, 12]);
    expect(poll.comments).toEqual([]); // comments hidden by the poll, whatever arrives
    expect(poll.closed).toBe(false);
  });

  it('knows a poll whose options have all started is closed, and hides tallies when votes are hidden', () => {
    const poll = toPoll({ ...dto, voteVisibility: false }, new Date('2027-01-01T00:00:00Z'));
    expect(poll.closed).toBe(true);
    expect(poll.options.every((o) => o.votes === undefined)).toBe(true);
    expect(poll.bestOptionIds).toEqual([]);
  });

  it('builds the vendor request', () => {
    expect(toPollResultRequest({ uuid: 'u-1', optionIds: [11], email: ' a@b.nl ', comment: ' hi ' })).toEqual(
      {
        uuid: 'u-1',
        availability: [11],
        email: 'a@b.nl',
        comment: 'hi',
      },
    );
  });
});
