import { ProxyError } from '../errors';
import type { MappedError, Operation, OperationContext, OperationInput } from '../operations/types';
import type { StoredResponse } from '../store/types';
import type { VendorAnswer } from './callVendor';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The browser's view of a vendor answer: a success is projected by the operation (only what the
 * widget shows), an error becomes the proxy's contract. No vendor header is copied back except
 * `Retry-After` on a 429; vendor messages are passed on only where they describe the browser's own
 * input (validation, conflicts), after the configured secrets are scrubbed from them.
 */
export function vendorAnswerToResponse(
  operation: Operation,
  answer: VendorAnswer,
  input: OperationInput,
  context: OperationContext,
  scrub: (text: string) => string,
): StoredResponse {
  if (answer.status >= 200 && answer.status < 300) {
    if (answer.status === 204 || answer.text.trim() === '') return { status: 204, headers: {}, body: '' };
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      throw vendorError(answer.status, 'The vendor answered with something that is not JSON.');
    }
    const asIs = operation.projectedText?.(body, answer.text);
    if (asIs !== undefined)
      return { status: answer.status, headers: { 'content-type': JSON_TYPE }, body: asIs };
    let projected: unknown;
    try {
      projected = operation.project(body, input, context);
    } catch {
      throw vendorError(answer.status, 'The vendor answered in an unexpected shape.');
    }
    return { status: answer.status, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(projected) };
  }
  const vendorBody = parseJson(answer.text);
  const mapped = operation.mapError?.(answer.status, vendorBody) ?? defaultMapping(answer, vendorBody, scrub);
  const error = new ProxyError(mapped.status, mapped.code, mapped.message, mapped.details);
  error.vendorStatus = answer.status;
  if (mapped.code === 'rate_limited') {
    error.headers['retry-after'] = retryAfter(answer.headers.get('retry-after'));
  }
  throw error;
}

function defaultMapping(answer: VendorAnswer, body: unknown, scrub: (text: string) => string): MappedError {
  const message = vendorMessage(body, scrub);
  switch (answer.status) {
    case 400:
    case 422:
      return {
        status: 422,
        code: 'invalid_request',
        message: message ?? 'The vendor refused the request.',
        details: { issues: vendorIssues(body, scrub) },
      };
    case 404:
      return { status: 404, code: 'not_found', message: message ?? 'Not found.' };
    case 409:
      return { status: 409, code: 'conflict', message: message ?? 'This conflicts with the current state.' };
    case 429:
      return { status: 429, code: 'rate_limited', message: 'The vendor asks to slow down.' };
    default:
      // 3xx (never followed), 401/403 (the proxy's own credentials) and the rest are not the browser's
      // business beyond "the vendor failed"; the log line has the vendor status.
      return { status: 502, code: 'vendor_error', message: 'The vendor could not handle the request.' };
  }
}

function vendorError(vendorStatus: number, message: string): ProxyError {
  const error = new ProxyError(502, 'vendor_error', message);
  error.vendorStatus = vendorStatus;
  return error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function vendorMessage(body: unknown, scrub: (text: string) => string): string | undefined {
  const message = (body as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || message.length === 0) return undefined;
  return scrub(message.slice(0, 300));
}

/** Field errors in the vendors' `{ errors: { "field.path": ["reason"] } }` shape, as widget issues. */
function vendorIssues(body: unknown, scrub: (text: string) => string): { path: string; message: string }[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return [];
  return Object.entries(errors as Record<string, unknown>).flatMap(([path, reasons]) =>
    (Array.isArray(reasons) ? reasons : [reasons])
      .filter((reason): reason is string => typeof reason === 'string')
      .slice(0, 5)
      .map((reason) => ({ path: path.slice(0, 100), message: scrub(reason.slice(0, 300)) })),
  );
}

/** A vendor's Retry-After in seconds (delta or HTTP date), bounded to something sane. */
function retryAfter(value: string | null): string {
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds > 0) return String(Math.min(Math.ceil(seconds), 3600));
  const date = value ? Date.parse(value) : Number.NaN;
  if (Number.isFinite(date))
    return String(Math.min(Math.max(1, Math.ceil((date - Date.now()) / 1000)), 3600));
  return '30';
}
