import type { Signer } from './types';

/** SimplyMeet: `X-API-KEY` (vendors/simplymeet.txt). */
export const createSimplymeetSigner = ({ apiKey }: { apiKey: string }): Signer =>
  fixed({ 'X-API-KEY': apiKey });

/**
 * MeltingSpot: the text names an API key but not the header; `Authorization: Bearer` is assumed,
 * `x-api-key` is the configurable alternative.
 */
export const createMeltingspotSigner = ({
  apiKey,
  header = 'authorization-bearer',
}: {
  apiKey: string;
  header?: 'authorization-bearer' | 'x-api-key';
}): Signer => fixed(header === 'x-api-key' ? { 'x-api-key': apiKey } : { Authorization: `Bearer ${apiKey}` });

/** Volunteers: a bearer token. */
export const createVolunteersSigner = ({ token }: { token: string }): Signer =>
  fixed({ Authorization: `Bearer ${token}` });

/** Cal.com platform: the OAuth client's id and secret key as headers (vendors/calcom-platform.txt). */
export const createCalcomSigner = ({
  clientId,
  secretKey,
}: {
  clientId: string;
  secretKey: string;
}): Signer => fixed({ 'x-cal-client-id': clientId, 'x-cal-secret-key': secretKey });

function fixed(headers: Record<string, string>): Signer {
  return { headers: async () => ({ ...headers }) };
}
