import { ProxyError } from '../errors';
import type { OperationInput } from '../operations/types';
import type { WidgetClaims } from '../tokens/claims';
import type { TokenVerdict } from '../tokens/verify';
import type { Scope } from '../vendors';

export type VerifyToken = (token: string, site: string) => Promise<TokenVerdict>;

const reasons: Record<Exclude<TokenVerdict, { ok: true }>['reason'], string> = {
  malformed: 'The widget token is malformed.',
  unknown_kid: 'The widget token was signed with an unknown key.',
  bad_signature: 'The widget token signature is invalid.',
  expired: 'The widget token has expired.',
  wrong_site: 'The widget token was minted for another site.',
  wrong_audience: 'The widget token is not meant for this proxy.',
  wrong_type: 'This is not a widget token.',
  bad_claims: 'The widget token has invalid claims.',
  lifetime_too_long: 'The widget token lives longer than its scopes allow.',
};

/** A verified token of this site, used from its own origin, that grants the operation's scope. */
export async function checkToken(
  verify: VerifyToken,
  authorization: string | undefined,
  siteKey: string,
  origin: string | undefined,
  scope: Scope,
): Promise<WidgetClaims> {
  const token = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(authorization ?? '')?.[1];
  if (!token)
    throw new ProxyError(
      401,
      'invalid_token',
      'This operation needs a widget token (Authorization: Bearer).',
    );
  const verdict = await verify(token, siteKey);
  if (!verdict.ok)
    throw new ProxyError(401, 'invalid_token', reasons[verdict.reason], { reason: verdict.reason });
  const { claims } = verdict;
  if (claims.origin !== undefined && claims.origin !== origin) {
    throw new ProxyError(403, 'forbidden_origin', 'The widget token is bound to another origin.');
  }
  if (!claims.scopes.includes(scope)) {
    throw new ProxyError(403, 'scope_denied', `The widget token does not grant ${scope}.`);
  }
  return claims;
}

/**
 * A token bound to parameters (`{ eventId: 42 }`) may only be used with exactly those values, looked
 * up in the path, the query and the top level of the body, in that order.
 */
export function checkBinding(claims: WidgetClaims, input: OperationInput): void {
  for (const [name, bound] of Object.entries(claims.bind)) {
    const value = lookup(input, name);
    const same = Array.isArray(bound)
      ? Array.isArray(value) &&
        value.length === bound.length &&
        value.every((v, i) => String(v) === String(bound[i]))
      : value !== undefined && String(value) === String(bound);
    if (!same) {
      throw new ProxyError(403, 'scope_denied', `The widget token is bound to another ${name}.`, {
        field: name,
      });
    }
  }
}

function lookup(input: OperationInput, name: string): unknown {
  for (const source of [input.params, input.query, input.body]) {
    if (source && typeof source === 'object' && name in source)
      return (source as Record<string, unknown>)[name];
  }
  return undefined;
}

/** Deny by default: an operation on one record needs a token bound to one (see `requiresBinding`). */
export function checkRequiredBinding(claims: WidgetClaims, names: readonly string[] | undefined): void {
  for (const name of names ?? []) {
    if (claims.bind[name] === undefined) {
      throw new ProxyError(403, 'scope_denied', `The widget token must be bound to one ${name}.`, {
        field: name,
      });
    }
  }
}
