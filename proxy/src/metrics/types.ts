import type { RateLimitBucket } from '../store/types';
import type { VendorId } from '../vendors';

/** Who ran out of budget: one visitor (client IP), the whole site, or one widget token. */
export type RateLimitScope = 'visitor' | 'site' | 'token';

/** A vendor's circuit breaker as cockatiel reports it, in words a dashboard can show. */
export type BreakerState = 'closed' | 'open' | 'half_open' | 'isolated';

/**
 * What the pipeline reports while it answers. `createApp` stays free of runtime code: it calls these
 * hooks and never knows how (or whether) they are recorded; the Node entry passes a Prometheus
 * implementation (`createPrometheusMetrics`), everything else gets `noMetrics`.
 *
 * Every label value is one of a fixed set (vendor ids, operation ids, HTTP statuses, bucket names):
 * never a site key, token, address or IP.
 */
export interface Metrics {
  /** One answered request; `operation` is the operation id, or undefined when none matched. */
  requestAnswered(operation: string | undefined, status: number): void;
  /** One HTTP attempt at a vendor (a retried GET is two), from sending to the whole answer read. */
  vendorCallTimed(operation: string, seconds: number): void;
  /** A cacheable read: served from the response cache, or loaded from the vendor. */
  cacheLookedUp(operation: string, hit: boolean): void;
  rateLimited(bucket: RateLimitBucket, scope: RateLimitScope): void;
  /** An idempotent write answered with the stored first answer, without calling the vendor. */
  idempotentReplayed(operation: string): void;
  /** Called once by `createApp`; read at scrape time only, never on the request path. */
  watchBreakers(read: () => Iterable<[VendorId, BreakerState]>): void;
  /** The exposition text; undefined when nothing is recorded (no `/metrics` route then). */
  scrape?: (() => Promise<{ contentType: string; body: string }>) | undefined;
}

const ignore = () => {};

/** The default: every hook does nothing, and the app serves no `/metrics`. */
export const noMetrics: Metrics = {
  requestAnswered: ignore,
  vendorCallTimed: ignore,
  cacheLookedUp: ignore,
  rateLimited: ignore,
  idempotentReplayed: ignore,
  watchBreakers: ignore,
};
