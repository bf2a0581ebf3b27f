/** MeltingSpot's `GET /v1/spotMembers?email[in]=…` as the proxy projects it: `{ items: [{ id, email, status }] }`. */
export function findMembersPath(emails: readonly string[]): string {
  const query = new URLSearchParams();
  for (const email of emails) query.append('email[in]', email);
  query.set('limit', String(Math.min(200, Math.max(1, emails.length))));
  return `/meltingspot/v1/spotMembers?${query}`;
}

/** Lower-cased addresses that are already members (accepted or invited). */
export function memberEmails(answer: unknown): Set<string> {
  const items = (answer as { items?: unknown } | undefined)?.items;
  const emails = new Set<string>();
  if (!Array.isArray(items)) return emails;
  for (const item of items) {
    const email = (item as { email?: unknown } | null)?.email;
    if (typeof email === 'string') emails.add(email.toLowerCase());
  }
  return emails;
}
