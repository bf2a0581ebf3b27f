export type { WidgetClaims } from './claims';
export { assertTokenKey, MAX_TOKEN_SECONDS, type TokenKey } from './keys';
export { type MintWidgetTokenOptions, mintWidgetToken } from './mint';
export { createTokenVerifier, type TokenRefusal, type TokenVerdict } from './verify';
