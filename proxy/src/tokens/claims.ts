import type { Scope } from '../vendors';

/**
 * The verified contents of a widget token. Minted by the host site's backend for one signed-in user;
 * `iss` is the site key, so a token of one site is never accepted for another.
 */
export interface WidgetClaims {
  /** Site key the token was minted for. */
  site: string;
  /** Operations' scopes this token grants. */
  scopes: Scope[];
  /** Parameters the token is bound to, e.g. `{ eventId: 42 }`: a request must use exactly these. */
  bind: Record<string, string | number | boolean | (string | number)[]>;
  /** Browser origin the token may be used from, when the host pinned one. */
  origin?: string | undefined;
  /** Subject: the host's user id, for logs and per-user rate limits (never an e-mail). */
  sub?: string | undefined;
  jti: string;
  /** Seconds since the epoch. */
  exp: number;
  /** How many requests the token may make in all, counted in the shared store. */
  maxUses?: number | undefined;
}
