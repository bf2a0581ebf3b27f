import { queryOptions } from '@tanstack/react-query';
import {
  type Poll,
  type SimplyMeetPollDto,
  toPoll,
  toPollResultRequest,
  type VoteInput,
} from '../../vendors/simplymeet/polls';
import type { ConveneClient } from '../createClient';

export const pollKeys = {
  all: ['simplymeet', 'poll'] as const,
  poll: (pollId: number) => ['simplymeet', 'poll', pollId] as const,
};

export function pollQuery(client: ConveneClient, pollId: number) {
  return queryOptions({
    queryKey: pollKeys.poll(pollId),
    queryFn: async ({ signal }): Promise<Poll> =>
      toPoll(
        await client.request<SimplyMeetPollDto>('GET', `/simplymeet/panel/api/poll/${pollId}`, { signal }),
      ),
    staleTime: 30_000,
  });
}

export interface VoteVariables extends VoteInput {
  idempotencyKey: string;
}

/** What `onVoted` receives: what was sent, so the page can thank the voter by what they chose. */
export interface PollVote {
  pollId: number;
  optionIds: number[];
  email: string;
  comment: string;
}

export function voteMutation(client: ConveneClient, pollId: number) {
  return {
    mutationKey: [...pollKeys.poll(pollId), 'vote'] as const,
    mutationFn: async ({ idempotencyKey, ...vote }: VoteVariables): Promise<PollVote> => {
      await client.request('POST', '/simplymeet/panel/api/poll/poll-result', {
        body: toPollResultRequest(vote),
        idempotencyKey,
      });
      return { pollId, optionIds: vote.optionIds, email: vote.email.trim(), comment: vote.comment.trim() };
    },
  };
}
