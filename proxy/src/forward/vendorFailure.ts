/** A vendor call that failed in a way that says the vendor is unwell (not that the request was wrong). */
export class VendorFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'server',
    readonly vendorStatus?: number,
    options?: { cause?: unknown },
  ) {
    super(`vendor ${kind}${vendorStatus ? ` (${vendorStatus})` : ''}`, options);
    this.name = 'VendorFailure';
  }
}

export const isVendorFailure = (error: unknown): boolean => error instanceof VendorFailure;
