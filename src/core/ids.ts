/** A fresh key for `Idempotency-Key`: one per logical action, reused on every retry of it. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Insecure contexts (plain http on a LAN address) have no randomUUID; getRandomValues is enough here.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte: number) => byte.toString(16).padStart(2, '0')).join('');
}
