import { type InviteAddress, requiredNames } from '../inviteAddress';

/**
 * `POST /users` with the person's names and e-mail. The role profile, team and welcome e-mail are
 * pinned by the site in the proxy, so the browser sends none of them.
 */
export function volunteersInvite(address: InviteAddress) {
  const { firstName, lastName } = requiredNames(address);
  return {
    path: '/volunteers/users',
    body: {
      first_name: firstName,
      last_name: lastName,
      emailAddresses: [{ email: address.email, primary: true }],
    },
  };
}
