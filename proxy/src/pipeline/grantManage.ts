import type { Operation, OperationContext } from '../operations/types';
import type { StoredResponse } from '../store/types';
import { mintManageToken, signingKeyOf } from '../tokens/manageToken';
import type { ProxyServices } from './services';

/**
 * Adds `manage: { token, expiresAt }` to a successful answer whose operation grants it (a booking).
 * Minted before the answer is stored, so an idempotent replay carries the same token. Without a key
 * the proxy can sign with, or once the event has begun, the answer goes out without it.
 */
export async function grantManage(
  services: ProxyServices,
  operation: Operation,
  context: OperationContext,
  response: StoredResponse,
): Promise<StoredResponse> {
  if (!operation.grantsManage || response.status < 200 || response.status >= 300 || !response.body) {
    return response;
  }
  const projected = JSON.parse(response.body) as Record<string, unknown>;
  const grant = operation.grantsManage(projected);
  const key = signingKeyOf(services.config.tokenKeys);
  if (!grant || !key) return response;
  const startsAt = new Date(grant.startsAt);
  if (Number.isNaN(startsAt.getTime())) return response;
  const manage = await mintManageToken(key, {
    site: context.site.key,
    event: grant.event,
    startsAt,
    now: services.now(),
    maxSeconds: context.site.simplymeet?.manageTokenMaxSeconds,
  });
  if (!manage) return response;
  return { ...response, body: JSON.stringify({ ...projected, manage }) };
}
