import type { InviteAddress } from '../inviteAddress';

export interface WorkspaceInviteOptions {
  /** Required by the vendor: the text of the invitation e-mail. */
  inviteMessage: string;
  /** A subset of the groups the site allows (the proxy refuses others). */
  accessGroups?: readonly string[] | undefined;
}

/** `POST /v1/users`, one address per call (the vendor has no bulk invite). */
export function workspaceInvite(address: InviteAddress, options: WorkspaceInviteOptions) {
  const profileData =
    address.firstName || address.lastName
      ? {
          ...(address.firstName ? { firstName: address.firstName } : {}),
          ...(address.lastName ? { lastName: address.lastName } : {}),
        }
      : undefined;
  return {
    path: '/workspace/v1/users',
    body: {
      email: address.email,
      inviteMessage: options.inviteMessage,
      ...(options.accessGroups && options.accessGroups.length > 0
        ? { accessGroups: [...options.accessGroups] }
        : {}),
      ...(profileData ? { profileData } : {}),
    },
  };
}
