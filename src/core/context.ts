import { createContext, useContext, useMemo } from 'react';
import type { ConveneClient } from '../client/createClient';
import { useCatalogsReady } from './i18n/useCatalogsReady';
import type { Locale } from './locale';

export type Theme = 'light' | 'dark' | 'auto';

/** What every widget below a ConveneProvider can rely on. */
export interface ConveneContextValue {
  proxyUrl: string;
  siteKey: string;
  /** `catalog` picks the strings, `intl` (e.g. "nl-BE") the date and number formats. */
  locale: { catalog: Locale; intl: string };
  /** The IANA zone times are shown in unless a widget is told otherwise. */
  timeZone: string;
  theme: Theme;
  /** 12- or 24-hour clock; undefined means "as the locale does it". */
  hourCycle: 'h12' | 'h23' | undefined;
  client: ConveneClient;
}

export const ConveneContext = createContext<ConveneContextValue | null>(null);

export function useConvene(): ConveneContextValue {
  const value = useContext(ConveneContext);
  if (!value) {
    throw new Error('Convene widgets must be rendered inside <ConveneProvider proxyUrl="…" siteKey="…">.');
  }
  // A fresh `locale` once the language's strings arrive, so every `useMemo(..., [locale])` translator rebuilds.
  const catalogsReady = useCatalogsReady(value.locale.catalog);
  const locale = useMemo(
    () => (catalogsReady ? { ...value.locale } : value.locale),
    [value.locale, catalogsReady],
  );
  return useMemo(() => ({ ...value, locale }), [value, locale]);
}
