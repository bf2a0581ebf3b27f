export {
  type ClientOptions,
  type ConveneClient,
  createClient,
  type RequestOptions,
} from './client/createClient';
export { ConveneProvider, type ConveneProviderProps } from './core/ConveneProvider';
export { type ConveneContextValue, type Theme, useConvene } from './core/context';
export { ConveneError, type ErrorCode, type FieldIssue, isConveneError } from './core/errors';
export { type Locale, SUPPORTED_LOCALES } from './core/locale';
export { ErrorMessage, type ErrorMessageProps } from './core/parts/ErrorMessage';
