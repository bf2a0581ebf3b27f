import { isConveneError } from '../../core/errors';
import { calcomInvite } from '../../vendors/calcom/invite';
import type { InviteAddress } from '../../vendors/inviteAddress';
import {
  BULK_INVITE_PATH,
  bulkInviteBody,
  MELTINGSPOT_BULK_LIMIT,
  resultsFromBulkInvite,
} from '../../vendors/meltingspot/bulkInvite';
import { findMembersPath, memberEmails } from '../../vendors/meltingspot/members';
import { volunteersInvite } from '../../vendors/volunteers/invite';
import { workspaceInvite } from '../../vendors/workspace/invite';
import type { InviteResult } from '../../widgets/member-invite/inviteResult';
import type { ConveneClient } from '../createClient';

export type Directory = 'meltingspot' | 'workspace' | 'volunteers' | 'calcom';
export const DIRECTORIES: readonly Directory[] = ['meltingspot', 'workspace', 'volunteers', 'calcom'];

/** What a directory needs besides the addresses. */
export interface DirectorySettings {
  directory: Directory;
  /** MeltingSpot: whether the vendor e-mails the invitation (when the site leaves it to the inviter). */
  withEmailNotification?: boolean | undefined;
  /** Workspace: the invitation text (required) and the access groups to grant. */
  inviteMessage?: string | undefined;
  accessGroups?: readonly string[] | undefined;
  /** Cal.com: the platform OAuth client, and the new users' time zone. */
  clientId?: string | undefined;
  timeZone: string;
}

/** MeltingSpot invites up to 200 per call; the others one address per call. */
export const batchSizeOf = (directory: Directory) =>
  directory === 'meltingspot' ? MELTINGSPOT_BULK_LIMIT : 1;

/**
 * Invites one batch and says per address what happened. Existing members are found first where the
 * vendor can say so cheaply (MeltingSpot), or recognised by the vendor's refusal (`409 conflict`).
 */
export async function inviteBatch(
  client: ConveneClient,
  settings: DirectorySettings,
  batch: readonly InviteAddress[],
  idempotencyKey: string,
): Promise<InviteResult[]> {
  if (settings.directory === 'meltingspot') return meltingspotBatch(client, settings, batch, idempotencyKey);
  const [address] = batch;
  if (!address) return [];
  const request =
    settings.directory === 'workspace'
      ? workspaceInvite(address, {
          inviteMessage: settings.inviteMessage ?? '',
          accessGroups: settings.accessGroups,
        })
      : settings.directory === 'volunteers'
        ? volunteersInvite(address)
        : calcomInvite(address, { clientId: settings.clientId ?? '', timeZone: settings.timeZone });
  try {
    await client.request('POST', request.path, { body: request.body, idempotencyKey });
    return [{ email: address.email, status: 'invited' }];
  } catch (error) {
    if (isConveneError(error) && error.code === 'conflict')
      return [{ email: address.email, status: 'already_member' }];
    if (isConveneError(error) && error.code === 'invalid_request') {
      const reason = error.fieldIssues[0]?.message;
      return [{ email: address.email, status: 'failed', code: error.code, ...(reason ? { reason } : {}) }];
    }
    throw error; // the whole call failed (rate limit, token, network): sendInBatches maps it for the batch
  }
}

async function meltingspotBatch(
  client: ConveneClient,
  settings: DirectorySettings,
  batch: readonly InviteAddress[],
  idempotencyKey: string,
): Promise<InviteResult[]> {
  const emails = batch.map((address) => address.email);
  const members = memberEmails(await client.request('GET', findMembersPath(emails)));
  const fresh = emails.filter((email) => !members.has(email.toLowerCase()));
  const invited =
    fresh.length > 0
      ? resultsFromBulkInvite(
          fresh,
          await client.request('POST', BULK_INVITE_PATH, {
            body: bulkInviteBody(fresh, settings.withEmailNotification),
            idempotencyKey,
          }),
        )
      : [];
  const byEmail = new Map(invited.map((result) => [result.email.toLowerCase(), result]));
  return emails.map(
    (email): InviteResult => byEmail.get(email.toLowerCase()) ?? { email, status: 'already_member' },
  );
}
