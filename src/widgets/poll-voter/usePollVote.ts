import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { type PollVote, pollKeys, voteMutation } from '../../client/simplymeet/polls';
import { useConvene } from '../../core/context';
import { useOncePerIntent } from '../../core/useOncePerIntent';
import type { VoteInput } from '../../vendors/simplymeet/polls';

/** Votes at most once per intent (see useOncePerIntent); the poll is re-read afterwards for its tally. */
export function usePollVote(pollId: number, onVoted: (vote: PollVote) => void) {
  const { client } = useConvene();
  const queryClient = useQueryClient();
  const onVotedRef = useRef(onVoted);
  onVotedRef.current = onVoted;

  const mutation = useMutation({
    ...voteMutation(client, pollId),
    onSuccess: (vote) => onVotedRef.current(vote),
    onSettled: (_data, error) => {
      settled(!error);
      void queryClient.invalidateQueries({ queryKey: pollKeys.poll(pollId) });
    },
  });
  const { mutate } = mutation;
  const { submit, settled } = useOncePerIntent(
    useCallback((vote: VoteInput, idempotencyKey: string) => mutate({ ...vote, idempotencyKey }), [mutate]),
  );
  return { submit, mutation };
}
