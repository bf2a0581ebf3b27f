/**
 * The shared store (Redis) could not answer. Operations that must not run unguarded (invites, votes,
 * bookings: they send real e-mails or take real slots) let this through; the app maps it to
 * `503 {error:{code:'service_unavailable'}}`. Reads catch it and proceed (fail open), see docs/store.md.
 * The message never carries the Redis URL (it may hold a password).
 */
export class StoreUnavailableError extends Error {
  readonly code = 'service_unavailable' as const;

  constructor(operation: string, options?: { cause?: unknown }) {
    super(`shared store unavailable during ${operation}`, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}
