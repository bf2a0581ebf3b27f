import { BrokenCircuitError, ExponentialBackoff, handleWhen, retry, wrap } from 'cockatiel';
import { ProxyError } from '../errors';
import { callDeadline } from './callDeadline';
import { VendorFailure } from './vendorFailure';
import type { VendorTarget } from './vendorTargets';

export interface VendorRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** The vendor path with encoded parameters, e.g. "/panel/api/event-type/1". */
  path: string;
  /** Rebuilt from validated values, never the browser's raw string. */
  query: URLSearchParams;
  body?: unknown;
  /** Derived by the proxy from the browser's key and the site, so a vendor that dedupes does so per site. */
  idempotencyKey?: string | undefined;
}

export interface VendorAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface CallOptions {
  timeoutMs: number;
  /** Aborts the vendor call when the browser goes away. */
  clientSignal?: AbortSignal | undefined;
  /** Told how long each HTTP attempt took, answered or not (the latency histogram). */
  timed?: ((seconds: number) => void) | undefined;
}

/** Only GETs are retried, once, and only after a network error or a 5xx: a POST might have been done. */
const retryGetOnce = retry(
  handleWhen((error) => error instanceof VendorFailure && error.kind !== 'timeout'),
  { maxAttempts: 1, backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 400 }) },
);

/**
 * One vendor call, built from scratch: the vendor's auth from the signer, JSON content type, the
 * proxy's idempotency key, and nothing the browser sent (no cookies, no Authorization, no forwarding
 * headers). Redirects are never followed: a vendor key must not travel to another host.
 */
export async function callVendor(
  target: VendorTarget,
  request: VendorRequest,
  options: CallOptions,
): Promise<VendorAnswer> {
  const deadline = callDeadline(options.timeoutMs, options.clientSignal);
  const { signal } = deadline;
  const url = `${target.baseUrl}${request.path}${request.query.size > 0 ? `?${request.query}` : ''}`;

  const send = async (): Promise<VendorAnswer> => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(await target.signer.headers(signal)),
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.idempotencyKey) headers['idempotency-key'] = request.idempotencyKey;
    let response: Response;
    const started = performance.now();
    try {
      response = await target.fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (deadline.timedOut) throw new VendorFailure('timeout', undefined, { cause: error });
      if (options.clientSignal?.aborted) throw error; // the browser left; nobody is waiting for an answer
      throw new VendorFailure('network', undefined, { cause: error });
    } finally {
      options.timed?.((performance.now() - started) / 1000);
    }
  };

  const attempt = async (): Promise<VendorAnswer> => {
    let answer = await send();
    // A temporary token (workspace) may have expired early: renew it once.
    if (answer.status === 401 && target.signer.rejected?.()) answer = await send();
    if (answer.status >= 500) throw new VendorFailure('server', answer.status);
    return answer;
  };

  const policy = request.method === 'GET' ? wrap(retryGetOnce, target.breaker) : target.breaker;
  try {
    return await policy.execute(attempt, signal);
  } catch (error) {
    // Cancelled while waiting to retry: the deadline passed, whatever cockatiel calls it.
    const known = error instanceof VendorFailure || error instanceof BrokenCircuitError;
    if (!known && deadline.timedOut)
      throw asProxyError(new VendorFailure('timeout', undefined, { cause: error }));
    throw asProxyError(error);
  } finally {
    deadline.dispose();
  }
}

function asProxyError(error: unknown): unknown {
  if (error instanceof BrokenCircuitError) {
    return new ProxyError(
      502,
      'vendor_error',
      'The vendor is failing; the proxy pauses calls to it.',
      undefined,
      {
        'retry-after': '15',
      },
    );
  }
  if (error instanceof VendorFailure) {
    if (error.kind === 'timeout')
      return new ProxyError(504, 'vendor_timeout', 'The vendor did not answer in time.');
    const failure = new ProxyError(502, 'vendor_error', 'The vendor could not be reached or failed.');
    failure.vendorStatus = error.vendorStatus;
    return failure;
  }
  return error;
}
