/** One address as the directory adapters need it: the e-mail and, when known, a name. */
export interface InviteAddress {
  email: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

/**
 * A first and last name for directories that require both (volunteers, Cal.com). When the paste gave a
 * name ("Ada Lovelace <ada@…>") it is used; otherwise the local part is split on dots, dashes and
 * underscores ("ada.lovelace" → Ada / Lovelace) and a single word is used for both. An assumption, written
 * in docs/member-invite.md: pasting "First Last <email>" gives exact names.
 */
export function requiredNames(address: InviteAddress): { firstName: string; lastName: string } {
  if (address.firstName && address.lastName)
    return { firstName: address.firstName, lastName: address.lastName };
  const words = (address.email.split('@')[0] ?? '')
    .split(/[._-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  const firstName = address.firstName ?? words[0] ?? address.email;
  const lastName = address.lastName ?? (words.length > 1 ? words.slice(1).join(' ') : firstName);
  return { firstName, lastName };
}
