/** The vendor calls' transport: the runtime's fetch, or the sandbox's in-process simulators. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How one vendor's requests are authenticated, from the proxy's own credentials (never the browser's). */
export interface Signer {
  /** Auth headers for one outgoing call. */
  headers(signal: AbortSignal): Promise<Record<string, string>>;
  /** The vendor answered 401: forget any cached temporary credential. True when one retry is worth it. */
  rejected?(): boolean;
}

/** Signing could not even start (the vendor refused the client credentials). Never carries a secret. */
export class SignerError extends Error {
  constructor(
    message: string,
    readonly vendorStatus?: number,
  ) {
    super(message);
    this.name = 'SignerError';
  }
}
