/** What happened to one address, whatever the directory. */
export type InviteResult =
  | { email: string; status: 'invited' }
  | { email: string; status: 'already_member' }
  /** `reason` is the vendor's own words when it gave any; the widget shows it beside the address. */
  | { email: string; status: 'failed'; reason?: string; code?: string }
  /** `retryAfter` in seconds, from `Retry-After`. */
  | { email: string; status: 'rate_limited'; retryAfter?: number };

export type InviteStatus = InviteResult['status'];
