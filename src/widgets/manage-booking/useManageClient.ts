import { useMemo } from 'react';
import { useConvene } from '../../core/context';

/**
 * A client that carries the booking's manage token. It is the widget's own, not the provider's: the
 * token belongs to this one booking, and other widgets on the page must not send it.
 */
export function useManageClient(token: string | undefined) {
  const { client } = useConvene();
  return useMemo(() => client.withToken?.(token) ?? client, [client, token]);
}
