import type { Store } from '../store/types';
import type { WidgetClaims } from './claims';

/**
 * Counts one use of a token with `maxUses` in the shared store (so every instance counts together)
 * and says whether it is still within its budget. The counter lives until the token expires.
 */
export async function consumeTokenUse(
  store: Store,
  claims: WidgetClaims,
  now = Date.now(),
): Promise<boolean> {
  if (claims.maxUses === undefined) return true;
  const ttlSeconds = Math.max(1, claims.exp - Math.floor(now / 1000));
  const used = await store.increment(`token-use:${claims.jti}`, ttlSeconds);
  return used <= claims.maxUses;
}
