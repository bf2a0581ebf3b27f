/**
 * `convene/server`: what a host backend and a proxy deployment import. Minting widget tokens for signed-in
 * users, and the proxy itself for runtimes other than the bundled Node entry (Workers, Bun, Deno).
 */
export { type AppOptions, createApp } from './app';
export { ConfigError, loadConfig } from './config/load';
export type { SiteConfig } from './config/site';
export type { ProxyConfig, VendorSettings } from './config/types';
export { createSandboxProxy, type SandboxProxy, type SandboxProxyOptions } from './sandbox';
export { createStore, type Store } from './store';
export {
  assertTokenKey,
  createTokenVerifier,
  type MintWidgetTokenOptions,
  mintWidgetToken,
  type TokenKey,
  type TokenVerdict,
  type WidgetClaims,
} from './tokens';
export { SCOPES, type Scope, VENDOR_IDS, type VendorId } from './vendors';
