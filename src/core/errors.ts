/**
 * Errors are values with a code: the proxy's documented codes plus the two a browser can hit on
 * its own (`network`, `not_found`). Widgets show them through the message catalog, never raw.
 */
export const ERROR_CODES = [
  'unknown_operation',
  'missing_site',
  'forbidden_origin',
  'invalid_token',
  'scope_denied',
  'invalid_request',
  'payload_too_large',
  'rate_limited',
  'conflict',
  'vendor_error',
  'vendor_timeout',
  'service_unavailable',
  'not_found',
  'network',
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field as the proxy reports it: a dotted path ("invitee.email") and a reason. */
export interface FieldIssue {
  path: string;
  message: string;
}

export class ConveneError extends Error {
  readonly code: ErrorCode;
  readonly status: number | undefined;
  readonly details: unknown;
  /** Seconds to wait, from `Retry-After`, for `rate_limited`. */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { status?: number; details?: unknown; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ConveneError';
    this.code = code;
    this.status = options.status;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  /** Field issues from an `invalid_request` answer; empty for any other error. */
  get fieldIssues(): FieldIssue[] {
    const details = this.details as { issues?: unknown } | undefined;
    if (!Array.isArray(details?.issues)) return [];
    return details.issues.filter(
      (issue): issue is FieldIssue =>
        typeof issue === 'object' && issue !== null && typeof (issue as FieldIssue).path === 'string',
    );
  }
}

export function isConveneError(error: unknown): error is ConveneError {
  return error instanceof ConveneError;
}

export function toErrorCode(value: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value) ? (value as ErrorCode) : 'unknown';
}

/** Anything thrown becomes a ConveneError, so a widget has exactly one kind of error to show. */
export function asConveneError(error: unknown): ConveneError {
  if (error instanceof ConveneError) return error;
  return new ConveneError('unknown', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
