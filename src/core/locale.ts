/** The languages every user-visible string exists in. */
export const SUPPORTED_LOCALES = ['en', 'nl', 'fr'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Picks the catalog for a BCP 47 tag ("nl-BE" -> "nl") and keeps the full tag for Intl, so that a
 * Belgian visitor gets Dutch words with Belgian date formats. Unknown languages fall back to English.
 */
export function resolveLocale(tag: string | undefined): { catalog: Locale; intl: string } {
  const fallback = { catalog: 'en' as Locale, intl: 'en' };
  if (!tag) return fallback;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return fallback;
  }
  const language = canonical.split('-')[0]!.toLowerCase();
  const catalog = (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
  return { catalog, intl: catalog === language ? canonical : catalog };
}

/** The visitor's preferred language, read only when called (never at import time, so SSR is safe). */
export function detectLocale(): string {
  if (typeof navigator === 'undefined') return 'en';
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
}
