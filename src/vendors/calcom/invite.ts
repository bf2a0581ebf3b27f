import { type InviteAddress, requiredNames } from '../inviteAddress';

export interface CalcomInviteOptions {
  /** The platform OAuth client (the site pins it; the widget must name the same one). */
  clientId: string;
  /** New users' time zone: the inviter's by default. */
  timeZone: string;
}

/** `POST /v2/oauth-clients/{clientId}/users`: a managed user per address. */
export function calcomInvite(address: InviteAddress, options: CalcomInviteOptions) {
  const { firstName, lastName } = requiredNames(address);
  const name = firstName === lastName ? firstName : `${firstName} ${lastName}`;
  return {
    path: `/calcom/v2/oauth-clients/${encodeURIComponent(options.clientId)}/users`,
    body: { email: address.email, name, timeZone: options.timeZone },
  };
}
