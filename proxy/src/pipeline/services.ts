import type { SiteConfig } from '../config/site';
import type { ProxyConfig } from '../config/types';
import type { VendorTarget } from '../forward/vendorTargets';
import type { Logger } from '../log/logger';
import type { Metrics } from '../metrics/types';
import type { Operation } from '../operations/types';
import type { ReadyResponseCache } from '../resilience/responseCache';
import type { Idempotency, RateLimiter, Store } from '../store/types';
import type { VendorId } from '../vendors';
import type { VerifyToken } from './checkToken';

/** Everything one request may use, built once by `createApp`. */
export interface ProxyServices {
  config: ProxyConfig;
  sites: ReadonlyMap<string, SiteConfig>;
  operations: Readonly<Record<VendorId, readonly Operation[]>>;
  targets: Partial<Record<VendorId, VendorTarget>>;
  store: Store;
  limiter: RateLimiter;
  idempotency: Idempotency;
  cache: ReadyResponseCache;
  verifyToken: VerifyToken;
  logger: Logger;
  /** Removes every configured credential from a text that came from a vendor. */
  scrub: (text: string) => string;
  /** The proxy's clock (the sandbox's in sandbox mode): manage tokens are minted against it. */
  now: () => Date;
  /** Counters and timings for `/metrics`; does nothing unless the runtime passed an implementation. */
  metrics: Metrics;
}
