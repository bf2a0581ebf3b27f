import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { type PollVote, pollKeys, voteMutation } from '../../client/simplymeet/polls';
import { useConvene } from '../../core/context';
import { newIdempotencyKey } from '../../core/ids';
import type { VoteInput } from '../../vendors/simplymeet/polls';

/**
 * Votes at most once per intent: a second click before React disables the button is dropped, and the
 * Idempotency-Key stays the same while the vote is the same, so "Try again" replays rather than votes twice.
 */
export function usePollVote(pollId: number, onVoted: (vote: PollVote) => void) {
  const { client } = useConvene();
  const queryClient = useQueryClient();
  const attempt = useRef<{ payload: string; key: string } | null>(null);
  const inFlight = useRef(false);
  const onVotedRef = useRef(onVoted);
  onVotedRef.current = onVoted;

  const mutation = useMutation({
    ...voteMutation(client, pollId),
    onSuccess: (vote) => {
      attempt.current = null;
      onVotedRef.current(vote);
    },
    onSettled: () => {
      inFlight.current = false;
      void queryClient.invalidateQueries({ queryKey: pollKeys.poll(pollId) });
    },
  });
  const { mutate } = mutation;

  const submit = useCallback(
    (vote: VoteInput) => {
      if (inFlight.current) return;
      const payload = JSON.stringify(vote);
      if (attempt.current?.payload !== payload) attempt.current = { payload, key: newIdempotencyKey() };
      inFlight.current = true;
      mutate({ ...vote, idempotencyKey: attempt.current.key });
    },
    [mutate],
  );
  return { submit, mutation };
}
