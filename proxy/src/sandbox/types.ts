import type { Hono } from 'hono';
import type { VendorId } from '../vendors';

/**
 * A faithful stand-in for one vendor's API, following its text in ../shared/vendors: same paths,
 * shapes, status codes and validation, and it refuses calls not signed the way the real vendor
 * requires. The sandbox wraps every simulator with the call log and fault injection.
 */
export interface Simulator {
  vendor: VendorId;
  /** Answers the vendor's own paths (no /{vendor} prefix), e.g. GET /panel/api/event-type/1. */
  app: Hono;
  /** The credentials the proxy must sign with in sandbox mode (e.g. `{ apiKey: 'sandbox-…' }`). */
  credentials: Record<string, string>;
  /** True when the request carries this vendor's auth exactly as the vendor text requires. */
  isSigned(request: Request): boolean;
  /** Ids of the seed data, for `GET /__sandbox/seed` (tests and docs never guess ids). */
  seed(): Record<string, unknown>;
  /** Seed data back to the start. */
  reset(): void;
}

export interface SimulatorOptions {
  /** The simulator's clock; availability and expiry are computed from it. */
  now?: () => Date;
}
