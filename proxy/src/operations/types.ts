import type { z } from 'zod';
import type { CacheTtlName } from '../config/cacheTtls';
import type { SiteConfig } from '../config/site';
import type { WidgetClaims } from '../tokens/claims';
import type { ProxyErrorCode, Scope, VendorId } from '../vendors';

/** A validated request as operations see it; `query` values arrive as strings or string arrays. */
export interface OperationInput<P = Record<string, unknown>, Q = Record<string, unknown>, B = unknown> {
  params: P;
  query: Q;
  body: B;
}

export interface OperationContext {
  site: SiteConfig;
  /** Present when the operation needs a token (verified, scope checked). */
  claims?: WidgetClaims | undefined;
}

/** A pin either fills in what the site fixes or refuses the request, naming the field the browser set. */
export type PinResult<I> = { ok: true; input: I } | { ok: false; field: string; message: string };

/** A vendor error turned into the proxy's contract. */
export interface MappedError {
  status: number;
  code: ProxyErrorCode;
  message: string;
  details?: unknown;
}

/**
 * One call the widgets may make, as data. A vendor path is served only when it matches one of these;
 * everything else is `404 unknown_operation` and never reaches the vendor.
 */
// biome-ignore lint/suspicious/noExplicitAny: one registry holds operations of many shapes; function parameters are contravariant, so `unknown` defaults would not accept them.
export interface Operation<P = any, Q = any, B = any> {
  /** Stable id, also used in logs and token binding: "simplymeet.availability". */
  id: string;
  vendor: VendorId;
  method: 'GET' | 'POST' | 'PUT';
  /** The vendor's own path, with `{name}` for one path segment: "/panel/api/event-type/availability/{id}". */
  path: string;
  /** Path parameters, from the decoded segments (strings in). Ids are digits or the vendor's id pattern. */
  params: z.ZodType<P>;
  /** Query string schema; unknown keys are refused (strict). Repeated keys arrive as arrays. */
  query?: z.ZodType<Q> | undefined;
  /** JSON body schema; unknown keys are refused (strict). */
  body?: z.ZodType<B> | undefined;
  /** "public" = site key + allowed Origin; otherwise a widget token with this scope. */
  access: 'public' | { scope: Scope };
  /** Checks and fills what the site config fixes (event types served, role profile, access groups…). */
  pin?:
    | ((input: OperationInput<P, Q, B>, context: OperationContext) => PinResult<OperationInput<P, Q, B>>)
    | undefined;
  /** The query string sent to the vendor, rebuilt from validated values (never the browser's raw string). */
  vendorQuery?: ((input: OperationInput<P, Q, B>, context: OperationContext) => URLSearchParams) | undefined;
  /** The JSON body sent to the vendor; by default the validated, pinned body. */
  vendorBody?: ((input: OperationInput<P, Q, B>, context: OperationContext) => unknown) | undefined;
  /**
   * Short-lived shared cache of successful answers: `ttl` names the config's `cache.ttlSeconds` entry,
   * `tag` groups entries for invalidation.
   */
  cache?: { ttl: CacheTtlName; tag: (input: OperationInput<P, Q, B>) => string } | undefined;
  /** Cache tags a success of this operation makes stale (a booking invalidates that event type's availability). */
  invalidates?: ((input: OperationInput<P, Q, B>) => string[]) | undefined;
  /** POST/PUT that create things: `Idempotency-Key` required; same key + body replays the first answer. */
  idempotent?: boolean | undefined;
  /** Which rate-limit bucket the call counts against. Invites and votes cost real e-mails. */
  rateLimit: 'read' | 'write' | 'invite' | 'vote';
  /** Points one call costs in its bucket, from the validated input (a bulk invite: its addresses); 1 when absent. */
  rateCost?: ((input: OperationInput<P, Q, B>) => number) | undefined;
  /** What the browser may see of a successful vendor answer. Never the raw body. */
  project: (body: unknown, input: OperationInput<P, Q, B>, context: OperationContext) => unknown;
  /**
   * Names the widget token must bind (`["event"]`): a token of the right scope but bound to nothing
   * would otherwise reach every record of that kind. Missing binding = `403 scope_denied`.
   */
  requiresBinding?: readonly string[] | undefined;
  /**
   * A vendor read before the call itself, for rules that depend on the record (an event's type, its
   * state): `settle` fills in what the record fixes or refuses with a contract error.
   */
  lookup?:
    | {
        path: (input: OperationInput<P, Q, B>) => string;
        settle: (
          found: unknown,
          input: OperationInput<P, Q, B>,
          context: OperationContext,
        ) => { ok: true; input: OperationInput<P, Q, B> } | { ok: false; error: MappedError };
      }
    | undefined;
  /**
   * The projected answer starts something the visitor may manage later (a booking): the proxy adds
   * `manage: { token, expiresAt }`, a `booking:manage` token bound to that event.
   */
  grantsManage?: ((projected: unknown) => { event: number; startsAt: string } | undefined) | undefined;
  /**
   * Optional: the vendor's own text when it is, byte for byte, no more than what `project` would give
   * (then it is served as is, without re-serialising); undefined otherwise, and `project` runs.
   */
  projectedText?: ((body: unknown, text: string) => string | undefined) | undefined;
  /** Vendor-specific error mapping (e.g. a taken slot -> 409 conflict); the core maps the rest. */
  mapError?: ((status: number, body: unknown) => MappedError | undefined) | undefined;
}
