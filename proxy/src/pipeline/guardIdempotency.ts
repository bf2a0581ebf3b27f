import { invalidRequest, ProxyError } from '../errors';
import { IdempotencyInProgressError } from '../middleware/idempotency';
import type { OperationInput } from '../operations/types';
import type { StoredResponse } from '../store/types';
import type { OperationCall } from './runOperation';
import type { ProxyServices } from './services';

/** Printable ASCII, as Stripe and the IETF draft allow; long enough for a UUID and a prefix. */
const KEY_SHAPE = /^[\x21-\x7e]{8,255}$/;

export function checkIdempotencyKey(value: string | undefined): string {
  if (!value) throw invalidRequest('This operation needs an Idempotency-Key header.');
  if (!KEY_SHAPE.test(value))
    throw invalidRequest('The Idempotency-Key must be 8 to 255 printable characters.');
  return value;
}

/**
 * Runs the vendor call once per (site, operation, key): the same key and body replay the first answer,
 * the same key with another body is 422, a concurrent duplicate waits for the first.
 */
export async function guardIdempotency(
  services: ProxyServices,
  call: OperationCall,
  input: OperationInput,
  load: (vendorIdempotencyKey: string) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed?: boolean }> {
  const key = call.idempotencyKey as string;
  const scope = `${call.context.site.key}:${call.operation.id}`;
  const fingerprint = await sha256(JSON.stringify([input.params, input.query, input.body]));
  // The vendor gets a key of ours, not the browser's string: scoped by site so two sites never collide.
  const vendorKey = (await sha256(`${scope}:${key}`)).slice(0, 40);
  let outcome: Awaited<ReturnType<ProxyServices['idempotency']['run']>>;
  try {
    outcome = await services.idempotency.run(scope, key, fingerprint, () => load(vendorKey));
  } catch (error) {
    if (error instanceof IdempotencyInProgressError) {
      throw new ProxyError(409, 'conflict', 'A request with this Idempotency-Key is still in progress.');
    }
    throw error;
  }
  if (outcome.kind === 'mismatch') {
    throw invalidRequest('This Idempotency-Key was used with a different request.', undefined, 422);
  }
  return outcome.kind === 'replayed' ? { ...outcome.response, replayed: true } : outcome.response;
}

/** Web Crypto, so the same app runs on Node, Workers, Bun and Deno. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
