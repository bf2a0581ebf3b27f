/**
 * A key widget tokens are signed or verified with. HS256 (a shared secret) is the default; EdDSA lets
 * a proxy hold only the public key while the host backend keeps the private one. `kid` names the key
 * so two can live side by side during a rotation.
 */
export type TokenKey =
  | { kid: string; alg: 'HS256'; secret: string }
  | { kid: string; alg: 'EdDSA'; publicKey: string; privateKey?: string | undefined };

export const TOKEN_TYPE = 'convene-widget+jwt';
export const TOKEN_AUDIENCE = 'convene-proxy';
/** Widget tokens live at most an hour: they stand for a signed-in user on a page, not a session. */
export const MAX_TOKEN_SECONDS = 3600;

/**
 * A token that grants only `booking:manage` stands for the booking itself (the link in the invitee's
 * e-mail), not a signed-in user: it lives until the event starts, bounded to about a year ahead.
 */
export const MAX_MANAGE_TOKEN_SECONDS = 366 * 24 * 3600;

/** The longest lifetime a token with these scopes may have. */
export const maxLifetimeOf = (scopes: readonly string[]): number =>
  scopes.length > 0 && scopes.every((scope) => scope === 'booking:manage')
    ? MAX_MANAGE_TOKEN_SECONDS
    : MAX_TOKEN_SECONDS;

/** Refuses keys too weak to sign with; the message never repeats the secret. */
export function assertTokenKey(key: TokenKey): void {
  if (!key.kid) throw new Error('A token key needs a kid.');
  if (key.alg === 'HS256' && new TextEncoder().encode(key.secret).length < 32) {
    throw new Error(`Token key "${key.kid}": an HS256 secret must be at least 32 bytes.`);
  }
  if (key.alg === 'EdDSA' && !key.publicKey.includes('PUBLIC KEY')) {
    throw new Error(`Token key "${key.kid}": publicKey must be an SPKI PEM.`);
  }
}
