import { errors, importSPKI, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { SCOPES, type Scope } from '../vendors';
import type { WidgetClaims } from './claims';
import { maxLifetimeOf, TOKEN_AUDIENCE, TOKEN_TYPE, type TokenKey } from './keys';

export type TokenRefusal =
  | 'malformed'
  | 'unknown_kid'
  | 'bad_signature'
  | 'expired'
  | 'wrong_site'
  | 'wrong_audience'
  | 'wrong_type'
  | 'bad_claims'
  | 'lifetime_too_long';

export type TokenVerdict = { ok: true; claims: WidgetClaims } | { ok: false; reason: TokenRefusal };

export interface VerifierOptions {
  now?: (() => Date) | undefined;
  clockToleranceSeconds?: number | undefined;
}

/**
 * Verifies widget tokens of one proxy. The key is chosen by `kid` and each key accepts only its own
 * algorithm (no `none`, no HS256 token against an EdDSA key); `typ`, issuer (the site the request
 * names) and audience are pinned.
 */
export function createTokenVerifier(keys: readonly TokenKey[], options: VerifierOptions = {}) {
  const byKid = new Map(keys.map((key) => [key.kid, key]));
  const imported = new Map<string, Promise<CryptoKey | Uint8Array>>();
  const verificationKey = (key: TokenKey) => {
    let cached = imported.get(key.kid);
    if (!cached) {
      cached =
        key.alg === 'HS256'
          ? Promise.resolve(new TextEncoder().encode(key.secret))
          : importSPKI(key.publicKey, 'EdDSA');
      imported.set(key.kid, cached);
    }
    return cached;
  };
  const getKey: JWTVerifyGetKey = async (header) => {
    const key = header.kid ? byKid.get(header.kid) : undefined;
    if (!key) throw new UnknownKid();
    if (header.alg !== key.alg) throw new errors.JOSEAlgNotAllowed('algorithm not allowed for this key');
    return verificationKey(key);
  };

  return async (token: string, site: string): Promise<TokenVerdict> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: ['HS256', 'EdDSA'],
        typ: TOKEN_TYPE,
        issuer: site,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iat', 'jti'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
        ...(options.now ? { currentDate: options.now() } : {}),
      }));
    } catch (error) {
      return { ok: false, reason: refusalOf(error) };
    }
    const nowSeconds = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
    // jose checks nbf but not an iat in the future: a token "issued" later than now is not genuine.
    if ((payload.iat as number) > nowSeconds + (options.clockToleranceSeconds ?? 5)) {
      return { ok: false, reason: 'bad_claims' };
    }
    const claims = claimsOf(payload, site);
    if (!claims) return { ok: false, reason: 'bad_claims' };
    if ((payload.exp as number) - (payload.iat as number) > maxLifetimeOf(claims.scopes)) {
      return { ok: false, reason: 'lifetime_too_long' };
    }
    return { ok: true, claims };
  };
}

class UnknownKid extends Error {}

function refusalOf(error: unknown): TokenRefusal {
  if (error instanceof UnknownKid) return 'unknown_kid';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_site';
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'typ') return 'wrong_type';
    return 'bad_claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'bad_signature';
  return 'malformed';
}

function claimsOf(payload: JWTPayload, site: string): WidgetClaims | undefined {
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  if (scopes.length === 0 || !scopes.every((scope) => (SCOPES as readonly string[]).includes(scope)))
    return undefined;
  const bind = payload.bind ?? {};
  if (typeof bind !== 'object' || bind === null || Array.isArray(bind)) return undefined;
  const maxUses = payload.max_uses;
  if (maxUses !== undefined && (typeof maxUses !== 'number' || !Number.isInteger(maxUses) || maxUses < 1))
    return undefined;
  if (payload.origin !== undefined && typeof payload.origin !== 'string') return undefined;
  return {
    site,
    scopes: scopes as Scope[],
    bind: bind as WidgetClaims['bind'],
    origin: payload.origin as string | undefined,
    sub: payload.sub,
    jti: payload.jti as string,
    exp: payload.exp as number,
    maxUses: maxUses as number | undefined,
  };
}
