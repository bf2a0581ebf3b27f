import type { Locale } from '../locale';
import { formatMessage, type MessageValues } from './format';

/** A catalog is the English one's keys with strings of another language; missing keys fail the typecheck. */
export type Catalog<Keys extends string = string> = Readonly<Record<Keys, string>>;
export type Catalogs<Keys extends string> = Readonly<Record<Locale, Catalog<Keys>>>;

export type Translate<Keys extends string> = (key: Keys, values?: MessageValues) => string;

export function createTranslator<Keys extends string>(
  catalogs: Catalogs<Keys>,
  locale: { catalog: Locale; intl: string },
): Translate<Keys> {
  const catalog = catalogs[locale.catalog];
  return (key, values) => formatMessage(catalog[key] ?? catalogs.en[key] ?? key, values, locale.intl);
}
