import { useCallback, useRef, useState } from 'react';
import { batchSizeOf, type DirectorySettings, inviteBatch } from '../../client/invites/inviteBatch';
import { useConvene } from '../../core/context';
import type { InviteAddress } from '../../vendors/inviteAddress';
import type { InviteResult } from './inviteResult';
import type { ParsedAddress } from './parseAddresses';
import { resultsFromError } from './resultsFromError';
import { sendInBatches } from './sendInBatches';

export interface InviteProgress {
  done: number;
  total: number;
}

/**
 * Sends the addresses in the directory's batch size, a few calls at a time, and reports each batch's
 * results as it lands, so a long list fills in while it is being sent.
 */
export function useInviteSend(onResults: (results: readonly InviteResult[]) => void) {
  const { client } = useConvene();
  const [progress, setProgress] = useState<InviteProgress | null>(null);
  const sending = useRef(false);
  const onResultsRef = useRef(onResults);
  onResultsRef.current = onResults;

  const send = useCallback(
    async (
      addresses: readonly ParsedAddress[],
      settings: DirectorySettings,
    ): Promise<InviteResult[] | undefined> => {
      if (sending.current || addresses.length === 0) return undefined;
      sending.current = true;
      try {
        const items: InviteAddress[] = addresses.map((address) => ({
          email: address.email,
          firstName: address.firstName,
          lastName: address.lastName,
        }));
        return await sendInBatches<InviteAddress, InviteResult>({
          items,
          batchSize: batchSizeOf(settings.directory),
          // One-per-address vendors get a few calls in flight; bulk calls go two at a time.
          concurrency: settings.directory === 'meltingspot' ? 2 : 4,
          send: async (batch, key) => {
            const results = await inviteBatch(client, settings, batch, key);
            onResultsRef.current(results);
            return results;
          },
          onBatchError: (batch, error) => {
            const results = resultsFromError(
              batch.map((item) => item.email),
              error,
            );
            onResultsRef.current(results);
            return results;
          },
          onProgress: (done, total) => setProgress({ done, total }),
        });
      } finally {
        sending.current = false;
        setProgress(null);
      }
    },
    [client],
  );
  return { send, progress };
}
