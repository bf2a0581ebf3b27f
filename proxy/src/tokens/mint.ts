import { importPKCS8, SignJWT } from 'jose';
import type { Scope } from '../vendors';
import type { WidgetClaims } from './claims';
import { assertTokenKey, maxLifetimeOf, TOKEN_AUDIENCE, TOKEN_TYPE, type TokenKey } from './keys';

export interface MintWidgetTokenOptions {
  key: TokenKey;
  /** The site key the token is for; it becomes the issuer, so no other site accepts it. */
  site: string;
  scopes: Scope[];
  /** Parameters the token is bound to, e.g. `{ eventId: 42 }`. */
  bind?: WidgetClaims['bind'];
  /** The only browser origin that may use the token. */
  origin?: string;
  /** The host's user id (never an e-mail address: it ends up in logs). */
  sub?: string;
  /** Default 900 s, at most 3600 s (a `booking:manage`-only token: up to a year, see `expiresAt`). */
  ttlSeconds?: number;
  /** An absolute expiry instead of `ttlSeconds` (a manage token ends when its event starts). */
  expiresAt?: Date;
  maxUses?: number;
  now?: Date;
}

/**
 * Mints a widget token. This runs on the host site's backend (or `npm run token`), for a user who is
 * signed in there; the proxy only verifies.
 */
export async function mintWidgetToken(options: MintWidgetTokenOptions): Promise<string> {
  const { key } = options;
  assertTokenKey(key);
  if (options.scopes.length === 0) throw new Error('A widget token needs at least one scope.');
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const ttl = options.expiresAt
    ? Math.floor(options.expiresAt.getTime() / 1000) - issuedAt
    : (options.ttlSeconds ?? 900);
  const maxSeconds = maxLifetimeOf(options.scopes);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > maxSeconds) {
    throw new Error(`ttlSeconds must be a whole number from 1 to ${maxSeconds}.`);
  }
  const claims: Record<string, unknown> = { scope: options.scopes.join(' ') };
  if (options.bind && Object.keys(options.bind).length > 0) claims.bind = options.bind;
  if (options.origin) claims.origin = options.origin;
  if (options.maxUses !== undefined) {
    if (!Number.isInteger(options.maxUses) || options.maxUses < 1)
      throw new Error('maxUses must be a positive whole number.');
    claims.max_uses = options.maxUses;
  }
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: TOKEN_TYPE })
    .setIssuer(options.site)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttl)
    .setJti(crypto.randomUUID());
  if (options.sub) jwt.setSubject(options.sub);
  return jwt.sign(await signingKey(key));
}

async function signingKey(key: TokenKey) {
  if (key.alg === 'HS256') return new TextEncoder().encode(key.secret);
  if (!key.privateKey)
    throw new Error(`Token key "${key.kid}" has no private key: this side can only verify.`);
  return importPKCS8(key.privateKey, 'EdDSA');
}
