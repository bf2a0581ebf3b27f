import type { TokenKey } from '../tokens/keys';
import type { VendorId } from '../vendors';
import type { CacheTtlName } from './cacheTtls';
import type { RateLimitOverrides } from './rateLimits';
import type { SiteConfig } from './site';

/**
 * Where a vendor lives and the credentials the proxy signs with. Base URLs the vendor texts do not
 * give (workspace, volunteers) have no default and must be configured; the others default to the
 * documented or best-known host (README, "Assumptions").
 */
export interface VendorSettings {
  simplymeet: { baseUrl: string; apiKey: string };
  meltingspot: { baseUrl: string; apiKey: string; authHeader: 'authorization-bearer' | 'x-api-key' };
  workspace: { baseUrl: string; clientId: string; clientSecret: string; authorizePath: string };
  volunteers: { baseUrl: string; token: string };
  calcom: { baseUrl: string; clientId: string; secretKey: string };
}

export interface ProxyConfig {
  /**
   * `sandbox`: vendors without credentials are served by the built-in simulators and `/__sandbox/*`
   * exists. `live`: every vendor a site uses must have credentials, and there is no sandbox.
   */
  mode: 'sandbox' | 'live';
  sites: SiteConfig[];
  /** Keys widget tokens are verified with; several during a rotation, chosen by `kid`. */
  tokenKeys: TokenKey[];
  /** Vendors with credentials: these are called for real. */
  vendors: { [V in VendorId]?: VendorSettings[V] };
  limits: {
    /** Largest request body accepted (413 above). */
    bodyBytes: number;
    /** Per vendor call, including the one retry of a GET. */
    vendorTimeoutMs: number;
    /** Per bucket, a visitor's and a site's budget; what is absent is `defaultRateLimits`. */
    rateLimits: RateLimitOverrides;
    /** After SIGTERM, how long requests in flight may take before the process stops anyway (10 s). */
    shutdownTimeoutMs?: number | undefined;
  };
  /** The short shared cache of public reads; on with `defaultCacheTtls` when absent. */
  cache?: { enabled: boolean; ttlSeconds: Record<CacheTtlName, number> } | undefined;
  /**
   * The client IP is the connection's address unless the proxy runs behind a trusted load balancer:
   * then this header, read `hops` entries from the right (X-Forwarded-For) so a client cannot forge it.
   */
  trustedProxy?: { header: string; hops: number } | undefined;
  /** Shared store for several instances; memory when absent. */
  redisUrl?: string | undefined;
  /** `/metrics` (docs/metrics.md): served unless `enabled` is false; with `token`, only to its bearer. */
  metrics?: { enabled: boolean; token?: string | undefined } | undefined;
}

export const defaultLimits: ProxyConfig['limits'] = {
  bodyBytes: 64 * 1024,
  vendorTimeoutMs: 10_000,
  rateLimits: {},
};
