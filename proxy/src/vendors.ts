/** The five vendors the proxy may talk to; the first path segment of every proxied URL is one of these. */
export const VENDOR_IDS = ['simplymeet', 'meltingspot', 'workspace', 'volunteers', 'calcom'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

/** Stable scope names a widget token can carry (DESIGN.md). Public operations need none. */
export const SCOPES = [
  'invite:meltingspot',
  'invite:workspace',
  'invite:volunteers',
  'invite:calcom',
  'booking:manage',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Error codes of the proxy's contract: `{ error: { code, message, details? } }`. */
export type ProxyErrorCode =
  | 'unknown_operation'
  | 'missing_site'
  | 'forbidden_origin'
  | 'invalid_token'
  | 'scope_denied'
  | 'invalid_request'
  | 'payload_too_large'
  | 'rate_limited'
  | 'conflict'
  | 'not_found'
  | 'vendor_error'
  | 'vendor_timeout'
  /** The shared store (Redis) is down and the operation must not run unguarded (invites, votes, bookings). */
  | 'service_unavailable';
