import { beforeEach, describe, expect, it } from 'vitest';
import { bookingBody, firstFreeSlot } from './bookingFixtures';
import { createHarness, expectError } from './harness';

interface SimplymeetSeed {
  eventTypes: { fixed: number; flexible: number; secret: number };
  poll: { id: number; uuid: string };
  polls: Record<
    'visible' | 'hiddenVotes' | 'hiddenComments' | 'many' | 'closed',
    { id: number; uuid: string } | number
  >;
}

/** Every SimplyMeet operation through the whole proxy: site, pins, signing, projection. */
describe('SimplyMeet operations through the proxy', () => {
  const harness = createHarness();
  let seed: SimplymeetSeed;
  beforeEach(async () => {
    harness.proxy.reset();
    seed = ((await harness.call('/__sandbox/seed')).json as { simplymeet: SimplymeetSeed }).simplymeet;
  });
  const pollId = (name: keyof SimplymeetSeed['polls']) => {
    const poll = seed.polls[name];
    return typeof poll === 'number' ? poll : poll.id;
  };
  const pollOf = async (name: keyof SimplymeetSeed['polls']) =>
    (await harness.call(`/simplymeet/panel/api/poll/${pollId(name)}`)).json as {
      uuid: string;
      availability: { id: number; date: string; results?: { email?: string; comment?: string }[] }[];
    };

  it('event type: signed with the API key, owner trimmed to name and avatar', async () => {
    const answer = await harness.call(`/simplymeet/panel/api/event-type/${seed.eventTypes.fixed}`);
    expect(answer.status).toBe(200);
    const body = answer.json as { name: string; user: Record<string, unknown> };
    expect(body.name).toBeTruthy();
    expect(Object.keys(body.user).sort()).toEqual(['avatarName', 'fullName']);
    for (const field of ['email', 'phone', 'address', 'lat', 'lng', 'lastLogin']) {
      expect(answer.text).not.toContain(`"${field}"`);
    }
    expect(harness.vendorCalls().at(-1)).toMatchObject({ vendor: 'simplymeet', signed: true });
  });

  it('availability of the flexible event type by duration, and a booking that takes the slot (then 409)', async () => {
    const slot = await firstFreeSlot(harness, seed.eventTypes.fixed);
    const book = (email: string) =>
      harness.call('/simplymeet/panel/api/event', {
        json: bookingBody(seed.eventTypes.fixed, slot.scheduledAt, email),
        idempotencyKey: crypto.randomUUID(),
      });
    const booked = await book('first@example.com');
    expect(booked.status).toBe(201);
    expect(booked.json).toMatchObject({ eventType: { id: seed.eventTypes.fixed } });
    expectError(await book('second@example.com'), 409, 'conflict');
  });

  it('the secret event type cannot be booked through this site', async () => {
    const answer = await harness.call('/simplymeet/panel/api/event', {
      json: bookingBody(seed.eventTypes.secret, '2027-01-05 10:00:00'),
      idempotencyKey: crypto.randomUUID(),
    });
    expectError(answer, 422, 'invalid_request');
  });

  it('cancellation policies are readable', async () => {
    for (const path of ['user-cancellation-policy', 'organization-cancellation-policy']) {
      const answer = await harness.call(`/simplymeet/panel/api/${path}`);
      expect(answer.status).toBe(200);
      expect(answer.json).toHaveProperty('enabled');
    }
  });

  it('polls follow voteVisibility and commentVisibility', async () => {
    const hiddenVotes = await pollOf('hiddenVotes');
    expect(hiddenVotes.availability.flatMap((option) => option.results ?? [])).toEqual([]);
    // No other voter's address, masked or not, and no choice or tally of anyone.
    expect(JSON.stringify(hiddenVotes)).not.toMatch(/@|"votes"|"voters"|"voterCount"|"results"/);
    const visible = JSON.stringify(await pollOf('visible'));
    expect(visible).not.toMatch(/[^\s"…]+@[^\s"…]+\.[a-z]+/i); // masked ("i…@e….com") at most
    const hiddenComments = await pollOf('hiddenComments');
    expect(JSON.stringify(hiddenComments)).not.toContain('"comment"');
  });

  it('a vote is stored once; the same e-mail again is 409; a closed poll is 422', async () => {
    const poll = await pollOf('visible');
    const vote = (uuid: string, option: number) =>
      harness.call('/simplymeet/panel/api/poll/poll-result', {
        json: { uuid, availability: [option], email: 'Voter@Example.com', comment: 'Fine by me' },
        idempotencyKey: crypto.randomUUID(),
      });
    const first = poll.availability[0]?.id as number;
    expect((await vote(poll.uuid, first)).status).toBe(204);
    expectError(await vote(poll.uuid, first), 409, 'conflict');
    const closed = await pollOf('closed');
    expectError(await vote(closed.uuid, closed.availability[0]?.id as number), 422, 'invalid_request');
  });

  it('a vote on a poll this site does not serve is refused before the vendor', async () => {
    const before = harness.vendorCalls().length;
    const answer = await harness.call('/simplymeet/panel/api/poll/poll-result', {
      json: {
        uuid: '00000000-0000-4000-8000-000000000000',
        availability: [1],
        email: 'a@example.com',
        comment: '',
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expectError(answer, 422, 'invalid_request');
    expect(harness.vendorCalls().length).toBe(before);
  });
});
