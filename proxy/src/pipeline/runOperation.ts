import { ProxyError } from '../errors';
import { callVendor } from '../forward/callVendor';
import { vendorAnswerToResponse } from '../forward/vendorAnswer';
import type { VendorTarget } from '../forward/vendorTargets';
import type { Operation, OperationContext, OperationInput } from '../operations/types';
import type { ReadyResponse } from '../resilience/responseCache';
import { fillTemplate } from '../routing/matchOperation';
import type { StoredResponse } from '../store/types';
import { applyPin } from './applyPin';
import { cachesReads, cacheTtlOf } from './cachedRead';
import { grantManage } from './grantManage';
import { guardIdempotency } from './guardIdempotency';
import { lookupFirst } from './lookupFirst';
import type { ProxyServices } from './services';
import { vendorCallOptions } from './vendorCallOptions';

export interface OperationCall {
  operation: Operation;
  target: VendorTarget;
  input: OperationInput;
  context: OperationContext;
  /** The browser's `Idempotency-Key`, already checked for shape. */
  idempotencyKey: string | undefined;
  /** The raw request a cached answer is also found by (`cachedReadKey`), when it is a cached read. */
  requestKey?: string | undefined;
  clientSignal: AbortSignal | undefined;
  /** Set when the vendor was reached, for the request log. */
  onVendorStatus: (status: number) => void;
}

/**
 * From a validated request to the browser's answer: pin what the site fixes, then (once per
 * idempotency key, once per identical concurrent read) call the vendor and project its answer.
 */
export async function runOperation(
  services: ProxyServices,
  call: OperationCall,
): Promise<(StoredResponse | ReadyResponse) & { replayed?: boolean }> {
  const { operation, context } = call;
  const input = applyPin(operation, call.input, context);
  const vendorRequestOf = (settled: OperationInput) => ({
    method: operation.method,
    path: fillTemplate(operation.path, settled.params as Record<string, unknown>),
    query: operation.vendorQuery?.(settled, context) ?? new URLSearchParams(),
    body: operation.body ? (operation.vendorBody?.(settled, context) ?? settled.body) : undefined,
  });
  const vendorRequest = vendorRequestOf(input);
  // What the vendor's record fixed (an event's type), for the cache tags a success makes stale.
  let settledInput = input;

  const load = async (vendorIdempotencyKey?: string): Promise<StoredResponse> => {
    try {
      // Inside the guarded load: a replayed cancel answers as the first did, not "already cancelled".
      const settled = await lookupFirst(services, call, input);
      settledInput = settled;
      const answer = await callVendor(
        call.target,
        { ...vendorRequestOf(settled), idempotencyKey: vendorIdempotencyKey },
        vendorCallOptions(services, call),
      );
      call.onVendorStatus(answer.status);
      const response = vendorAnswerToResponse(operation, answer, settled, context, services.scrub);
      return await grantManage(services, operation, context, response);
    } catch (error) {
      // Errors the vendor caused are answers too: stored and replayed like successes (a 409 stays a 409).
      if (error instanceof ProxyError) {
        if (error.vendorStatus) call.onVendorStatus(error.vendorStatus);
        return error.toResponse();
      }
      throw error;
    }
  };

  let response: (StoredResponse | ReadyResponse) & { replayed?: boolean };
  if (operation.idempotent) {
    response = await guardIdempotency(services, call, input, load);
  } else if (operation.cache && cachesReads(services)) {
    const key = `${operation.id}:${vendorRequest.path}?${vendorRequest.query}`;
    const tag = operation.cache.tag(input);
    const ttlSeconds = cacheTtlOf(services, operation.cache.ttl);
    // A request that joined another's load in flight counts as a hit: it did not call the vendor.
    let loaded = false;
    const loadOnMiss = () => {
      loaded = true;
      return load();
    };
    response = await services.cache.getOrLoad(key, tag, ttlSeconds, loadOnMiss, isSuccess, call.requestKey);
    services.metrics.cacheLookedUp(operation.id, !loaded);
  } else {
    response = await load();
  }

  if (isSuccess(response) && !response.replayed && operation.invalidates) {
    await Promise.all(operation.invalidates(settledInput).map((tag) => services.cache.invalidate(tag)));
  }
  return response;
}

const isSuccess = (response: StoredResponse) => response.status >= 200 && response.status < 300;
