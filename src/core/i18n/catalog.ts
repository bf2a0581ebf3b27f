import type { Locale } from '../locale';
import { formatMessage, type MessageValues } from './format';

/** A catalog is the English one's keys with strings of another language; missing keys fail the typecheck. */
export type Catalog<Keys extends string = string> = Readonly<Record<Keys, string>>;

/** Languages whose strings are not inline in the ESM build: each is its own chunk, fetched on first use. */
export type LoadedLocale = Exclude<Locale, 'en'>;

/**
 * One part's strings in every language. English is always there; the others sit in `loaded` once they
 * have arrived (see catalogStore.ts, which fills it and tells widgets when a language is ready).
 */
export interface Catalogs<Keys extends string> {
  readonly en: Catalog<Keys>;
  readonly load: Readonly<Record<LoadedLocale, () => Promise<Catalog<Keys>>>>;
  readonly loaded: Partial<Record<Locale, Catalog<Keys>>>;
}

export type Translate<Keys extends string> = (key: Keys, values?: MessageValues) => string;

export function createTranslator<Keys extends string>(
  catalogs: Catalogs<Keys>,
  locale: { catalog: Locale; intl: string },
): Translate<Keys> {
  const catalog = catalogs.loaded[locale.catalog] ?? catalogs.en;
  return (key, values) => formatMessage(catalog[key] ?? catalogs.en[key] ?? key, values, locale.intl);
}
