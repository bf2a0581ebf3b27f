/**
 * `@convene/proxy/token`: what a host backend imports to mint a widget token for a signed-in user. Only
 * `jose` comes with it (test/proxy/tokenEntry.test.ts checks the built file), so a backend that never runs
 * the proxy does not load Hono, Redis or zod.
 */
export type { WidgetClaims } from './tokens/claims';
export { assertTokenKey, MAX_TOKEN_SECONDS, type TokenKey } from './tokens/keys';
export { type MintWidgetTokenOptions, mintWidgetToken } from './tokens/mint';
export { SCOPES, type Scope } from './vendors';
