import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { SimplyMeetPollDto } from '../../vendors/simplymeet/polls';
import type { ConveneClient } from '../createClient';
import { pollKeys, pollQuery, voteMutation } from './polls';

function fakeClient(response: unknown) {
  const request = vi.fn(async () => response);
  const client: ConveneClient = {
    proxyUrl: 'http://proxy.test',
    siteKey: 'pk_test',
    request: request as ConveneClient['request'],
  };
  return { client, request };
}

const dto: SimplyMeetPollDto = {
  id: 4,
  uuid: 'poll-uuid-4',
  name: 'Workshop series',
  duration: 90,
  voteVisibility: true,
  commentVisibility: true,
  availability: [{ id: 41, date: '2099-03-02T09:00:00+01:00', votes: 2, voters: ['a…@e….com'] }],
  voterCount: 2,
  comments: [],
};

describe('pollQuery', () => {
  it('reads the poll through the proxy and returns the poll model, keyed by poll id', async () => {
    const { client, request } = fakeClient(dto);
    const options = pollQuery(client, 4);
    expect(options.queryKey).toEqual([...pollKeys.poll(4)]);

    const poll = await new QueryClient().fetchQuery(options);
    expect(request).toHaveBeenCalledWith('GET', '/simplymeet/panel/api/poll/4', {
      signal: expect.any(AbortSignal),
    });
    expect(poll.options[0]).toMatchObject({
      id: 41,
      start: '2099-03-02T08:00:00.000Z',
      end: '2099-03-02T09:30:00.000Z',
      votes: 2,
    });
  });
});

describe('voteMutation', () => {
  it('posts the vendor’s poll result with the given idempotency key and returns what was sent', async () => {
    const { client, request } = fakeClient(undefined);
    const mutation = voteMutation(client, 4);
    const vote = {
      uuid: 'poll-uuid-4',
      optionIds: [41, 43],
      email: ' Ada@Example.com ',
      comment: ' Mornings only ',
    };
    const first = await mutation.mutationFn({ ...vote, idempotencyKey: 'intent-1' });
    // A retry of the same intent reuses its key, so the proxy replays instead of voting twice.
    await mutation.mutationFn({ ...vote, idempotencyKey: 'intent-1' });

    expect(request).toHaveBeenCalledTimes(2);
    for (const call of request.mock.calls as unknown[][]) {
      expect(call).toEqual([
        'POST',
        '/simplymeet/panel/api/poll/poll-result',
        {
          idempotencyKey: 'intent-1',
          body: {
            uuid: 'poll-uuid-4',
            availability: [41, 43],
            email: 'Ada@Example.com',
            comment: 'Mornings only',
          },
        },
      ]);
    }
    expect(first).toEqual({
      pollId: 4,
      optionIds: [41, 43],
      email: 'Ada@Example.com',
      comment: 'Mornings only',
    });
  });

  it('lets a refused vote fail as the client’s error', async () => {
    const client: ConveneClient = {
      proxyUrl: 'http://proxy.test',
      siteKey: 'pk_test',
      request: vi.fn(async () => {
        throw new Error('refused');
      }) as ConveneClient['request'],
    };
    await expect(
      voteMutation(client, 4).mutationFn({
        uuid: 'u',
        optionIds: [41],
        email: 'a@b.nl',
        comment: '',
        idempotencyKey: 'k',
      }),
    ).rejects.toThrow('refused');
  });
});
