import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site';
import { pollDto, seedPolls } from '../sandbox/simplymeet/polls';
import { eventTypeDto, seedEventTypes } from '../sandbox/simplymeet/seed';
import { simplymeetOperations } from './simplymeet';
import type { Operation } from './types';

const op = (id: string) => simplymeetOperations.find((o) => o.id === id) as Operation;
const site: SiteConfig = {
  key: 'pk_test',
  origins: ['https://shop.example'],
  simplymeet: { eventTypes: [1, 2], polls: [{ id: 1, uuid: 'poll-uuid-1' }] },
};
const input = (params: object, query: object = {}, body: unknown = undefined) =>
  ({ params, query, body }) as never;
const privateUserFields = [
  'email',
  'phone',
  'address',
  'state',
  'city',
  'zip',
  'countryId',
  'lat',
  'lng',
  'lastLogin',
  'connections',
  'organization',
  'domain',
];

describe('SimplyMeet allow-list', () => {
  it('serves only the widgets’ calls: no deletes, no ACL, no webhooks, one list (event types, pinned)', () => {
    expect(simplymeetOperations.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      'GET /panel/api/event-type',
      'GET /panel/api/event-type/availability/{id}',
      'GET /panel/api/event-type/{id}',
      'GET /panel/api/event/{event}',
      'GET /panel/api/organization-cancellation-policy',
      'GET /panel/api/poll/{id}',
      'GET /panel/api/user-cancellation-policy',
      'POST /panel/api/event',
      'POST /panel/api/poll/poll-result',
      'PUT /panel/api/event/cancel/{event}',
      'PUT /panel/api/event/reschedule/{event}',
    ]);
    // The one event read and both writes on an event need a booking:manage token bound to that event.
    for (const operation of simplymeetOperations.filter((o) => o.path.includes('{event}'))) {
      expect(operation.access).toEqual({ scope: 'booking:manage' });
      expect(operation.requiresBinding).toEqual(['event']);
    }
  });

  it('projects an event type without any private field of its owner or hosts', () => {
    const projected = op('simplymeet.eventType').project(
      eventTypeDto(seedEventTypes[1] as never),
      input({ id: 2 }),
      { site },
    );
    const text = JSON.stringify(projected);
    for (const field of privateUserFields) expect(text).not.toContain(`"${field}":`);
    expect(projected).toMatchObject({
      user: { fullName: 'Sam Planner', avatarName: 'sam.png' },
      questions: expect.any(Array),
    });
  });

  it('projects polls without voters’ e-mail addresses; counts only when votes are visible; comments only when allowed', () => {
    const [visible, hiddenVotes, hiddenComments] = seedPolls(Date.parse('2027-03-01T00:00:00Z')).map(pollDto);
    const project = (poll: unknown) =>
      op('simplymeet.poll').project(poll, input({ id: 1 }), { site }) as Record<string, unknown>;
    const addresses = /[^\s"…]+@[^\s"…]+\.[a-z]+/i; // a whole address; masked ones ("i…@e….com") are fine
    for (const poll of [visible, hiddenVotes, hiddenComments])
      expect(JSON.stringify(project(poll))).not.toMatch(addresses);
    expect(JSON.stringify(project(hiddenVotes))).not.toContain('@');
    expect((project(visible).availability as { voters: string[] }[])[0]?.voters).toEqual([
      'i…@e….com',
      'l…@e….com',
    ]);
    expect(project(visible)).toMatchObject({
      voterCount: 3,
      comments: ['Tuesday suits me best', 'Either works'],
    });
    expect((project(visible).availability as { votes: number }[])[0]?.votes).toBe(2);
    expect(JSON.stringify(project(hiddenVotes))).not.toMatch(/"votes"|"voters"|"voterCount"/);
    expect(project(hiddenComments)).not.toHaveProperty('comments');
  });

  it('pins event types and polls to what the site serves, naming the field', () => {
    expect(op('simplymeet.availability').pin?.(input({ id: 3 }), { site })).toMatchObject({
      ok: false,
      field: 'id',
    });
    expect(op('simplymeet.createEvent').pin?.(input({}, {}, { eventType: 3 }), { site })).toMatchObject({
      ok: false,
      field: 'eventType',
    });
    expect(op('simplymeet.pollResult').pin?.(input({}, {}, { uuid: 'other' }), { site })).toMatchObject({
      ok: false,
      field: 'uuid',
    });
    expect(op('simplymeet.poll').pin?.(input({ id: 1 }), { site })).toMatchObject({ ok: true });
  });

  it('checks the availability window and the time zone strictly', () => {
    const query = op('simplymeet.availability').query as NonNullable<Operation['query']>;
    const ok = { startDate: '2027-03-01', endDate: '2027-03-31', timezone: 'Pacific/Chatham' };
    expect(query.safeParse(ok).success).toBe(true);
    expect(query.safeParse({ ...ok, endDate: '2027-06-01' }).success).toBe(false);
    expect(query.safeParse({ ...ok, endDate: '2027-02-01' }).success).toBe(false);
    expect(query.safeParse({ ...ok, timezone: 'Europe/Atlantis' }).success).toBe(false);
    expect(query.safeParse({ ...ok, startDate: '2027-02-30' }).success).toBe(false);
    expect(query.safeParse({ ...ok, extra: '1' }).success).toBe(false);
  });
});
