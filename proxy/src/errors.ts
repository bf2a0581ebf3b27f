import type { StoredResponse } from './store/types';
import type { ProxyErrorCode } from './vendors';

/**
 * An answer the proxy gives instead of the vendor's. Thrown anywhere in the pipeline and turned into
 * the contract's `{ error: { code, message, details? } }` in one place, so every refusal looks alike.
 * Messages are written for the developer embedding a widget; they never contain a credential.
 */
export class ProxyError extends Error {
  /** The vendor's status when the refusal came from the vendor, for the request log. */
  vendorStatus: number | undefined;

  constructor(
    readonly status: number,
    readonly code: ProxyErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ProxyError';
  }

  toResponse(): StoredResponse {
    const error = {
      code: this.code,
      message: this.message,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
    return {
      status: this.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...this.headers },
      body: JSON.stringify({ error }),
    };
  }
}

export const unknownOperation = () =>
  new ProxyError(
    404,
    'unknown_operation',
    'No such operation: the proxy serves only the calls the widgets make.',
  );

export function invalidRequest(message: string, details?: unknown, status = 400): ProxyError {
  return new ProxyError(status, 'invalid_request', message, details);
}
