import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from './harness';

/**
 * What a browser may learn about other voters, checked against what the vendor really holds: every voter's
 * address and comment is read from the simulator (as the proxy sees it before projection), then looked for
 * in the answer the browser gets. A fresh vote with a recognisable address and comment is added first, so the
 * test does not depend on what the seed happens to contain.
 */
describe('poll visibility is enforced by the proxy', () => {
  const harness = createHarness();
  const simulator = harness.proxy.simulators.simplymeet;

  interface VendorPoll {
    uuid: string;
    voteVisibility: boolean;
    commentVisibility: boolean;
    availability: { id: number; results: { email: string; comment: string }[] }[];
  }

  async function vendorPoll(id: number): Promise<VendorPoll> {
    const response = await simulator.app.request(`/panel/api/poll/${id}`, {
      headers: { 'x-api-key': simulator.credentials.apiKey ?? '' },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as VendorPoll;
  }

  async function browserPoll(id: number) {
    const answer = await harness.call(`/simplymeet/panel/api/poll/${id}`);
    expect(answer.status).toBe(200);
    return answer;
  }

  /** A vote from someone whose address and comment appear nowhere else. */
  async function voteAsStranger(id: number, email: string, comment: string) {
    const poll = await vendorPoll(id);
    const option = poll.availability[1]?.id as number;
    const answer = await harness.call('/simplymeet/panel/api/poll/poll-result', {
      json: { uuid: poll.uuid, availability: [option], email, comment },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(answer.status).toBe(204);
    return option;
  }

  let polls: Record<'visible' | 'hiddenVotes' | 'hiddenComments', number>;
  beforeEach(async () => {
    harness.proxy.reset();
    const seed = (await harness.call('/__sandbox/seed')).json as {
      simplymeet: { polls: Record<'visible' | 'hiddenVotes' | 'hiddenComments', number> };
    };
    polls = seed.simplymeet.polls;
  });

  it('with voteVisibility false, no voter’s address, choice, tally or voter count reaches the browser', async () => {
    await voteAsStranger(polls.hiddenVotes, 'zed.stranger@hidden-votes.test', 'Zed was here');
    const vendor = await vendorPoll(polls.hiddenVotes);
    expect(vendor.voteVisibility).toBe(false);
    const voters = vendor.availability.flatMap((option) => option.results.map((result) => result.email));
    expect(voters).toContain('zed.stranger@hidden-votes.test'); // the vendor does hold the votes

    const answer = await browserPoll(polls.hiddenVotes);
    for (const email of voters) {
      expect(answer.text).not.toContain(email);
      expect(answer.text).not.toContain(email.split('@')[1] as string);
    }
    const body = answer.json as { availability: Record<string, unknown>[] } & Record<string, unknown>;
    expect(body).not.toHaveProperty('voterCount');
    // Every option is only what it is: an id and a time. Nothing tells who, or how many, chose it.
    for (const option of body.availability) expect(Object.keys(option).sort()).toEqual(['date', 'id']);
    // Comments stay visible on this poll (commentVisibility is true), detached from any option.
    expect(body.comments).toContain('Zed was here');
  });

  it('with commentVisibility false, no comment reaches the browser, while tallies still do', async () => {
    await voteAsStranger(polls.hiddenComments, 'yara@hidden-comments.test', 'Secret remark about Q3');
    const vendor = await vendorPoll(polls.hiddenComments);
    expect(vendor.commentVisibility).toBe(false);
    const comments = vendor.availability
      .flatMap((option) => option.results.map((result) => result.comment))
      .filter(Boolean);
    expect(comments).toContain('Secret remark about Q3');

    const answer = await browserPoll(polls.hiddenComments);
    for (const comment of comments) expect(answer.text).not.toContain(comment);
    const body = answer.json as { availability: { votes?: number }[] } & Record<string, unknown>;
    expect(body).not.toHaveProperty('comments');
    expect(answer.text).not.toMatch(/"comments?"/);
    expect(body.voterCount).toBe(4); // three seed voters and Yara
    expect(body.availability[1]?.votes).toBe(3);
  });

  it('with everything visible, voters arrive masked: never a whole address', async () => {
    await voteAsStranger(polls.visible, 'xavier.open@visible.test', 'Open comment');
    const vendor = await vendorPoll(polls.visible);
    const voters = vendor.availability.flatMap((option) => option.results.map((result) => result.email));

    const answer = await browserPoll(polls.visible);
    for (const email of voters) expect(answer.text).not.toContain(email);
    const body = answer.json as { availability: { voters?: string[] }[]; comments?: string[] };
    expect(body.availability[1]?.voters).toContain('x…@v….test');
    expect(body.comments).toContain('Open comment');
  });
});
