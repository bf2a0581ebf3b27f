/**
 * `@convene/proxy`: the proxy for runtimes other than the `convene-proxy` bin (Workers, Bun, Deno, a custom
 * Node server), and token minting. A host backend that only mints tokens imports `@convene/proxy/token`.
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
