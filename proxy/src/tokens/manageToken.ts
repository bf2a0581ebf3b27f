import type { TokenKey } from './keys';
import { mintWidgetToken } from './mint';

export interface ManageGrant {
  /** The vendor's event id, the only event the token may read, reschedule or cancel. */
  token: string;
  /** ISO instant; the token is refused from then on. */
  expiresAt: string;
}

export interface ManageTokenRequest {
  site: string;
  event: number;
  /** When the event starts: the token never outlives it. */
  startsAt: Date;
  now: Date;
  /** The site's own shorter bound, in seconds, when it sets one. */
  maxSeconds?: number | undefined;
}

/** The key the proxy signs with: the first that can sign (an EdDSA key held only as public cannot). */
export function signingKeyOf(keys: readonly TokenKey[]): TokenKey | undefined {
  return keys.find((key) => key.alg === 'HS256' || Boolean(key.privateKey));
}

/**
 * A `booking:manage` token for one event of one site, ending when the event starts (or earlier, by
 * site config). It binds only the event id: no name, address or other vendor data travels in the
 * token, which is readable by anyone who holds the link. Undefined when the event has already begun.
 */
export async function mintManageToken(
  key: TokenKey,
  request: ManageTokenRequest,
): Promise<ManageGrant | undefined> {
  const nowMs = Math.floor(request.now.getTime() / 1000) * 1000;
  let expiresMs = request.startsAt.getTime();
  if (request.maxSeconds !== undefined) expiresMs = Math.min(expiresMs, nowMs + request.maxSeconds * 1000);
  expiresMs = Math.floor(expiresMs / 1000) * 1000;
  if (expiresMs - nowMs < 1000) return undefined;
  const expiresAt = new Date(expiresMs);
  const token = await mintWidgetToken({
    key,
    site: request.site,
    scopes: ['booking:manage'],
    bind: { event: request.event },
    expiresAt,
    now: new Date(nowMs),
  });
  return { token, expiresAt: expiresAt.toISOString() };
}
