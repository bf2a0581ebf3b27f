import type { Locale } from '../locale';
import type { Catalog, Catalogs, LoadedLocale } from './catalog';

/**
 * Every catalog group the running code has imported, so that "is Dutch ready?" covers exactly the widgets
 * on the page: a host bundle with only BookingForm never fetches the poll's strings.
 */
const registered = new Set<Catalogs<string>>();
/** A language whose chunk failed to load counts as settled: a widget in English beats one stuck loading. */
const failed = new Set<string>();
const inFlight = new Map<string, Promise<void>>();
const ids = new WeakMap<Catalogs<string>, number>();
const listeners = new Set<() => void>();

/** English inline, the other languages fetched on first use (a dynamic import: its own chunk). */
export function lazyCatalogs<Keys extends string>(
  en: Catalog<Keys>,
  load: Catalogs<Keys>['load'],
): Catalogs<Keys> {
  const catalogs: Catalogs<Keys> = { en, load, loaded: { en } };
  ids.set(catalogs as Catalogs<string>, registered.size);
  registered.add(catalogs as Catalogs<string>);
  return catalogs;
}

/** Every language inline: for strings needed before anything else can load (errors, "Loading…"). */
export function inlineCatalogs<Keys extends string>(all: Record<Locale, Catalog<Keys>>): Catalogs<Keys> {
  return {
    en: all.en,
    load: { nl: async () => all.nl, fr: async () => all.fr },
    loaded: { ...all },
  };
}

function loadKey(catalogs: Catalogs<string>, locale: Locale): string {
  return `${ids.get(catalogs)}:${locale}`;
}

function settled(catalogs: Catalogs<string>, locale: Locale): boolean {
  return catalogs.loaded[locale] !== undefined || failed.has(loadKey(catalogs, locale));
}

export function catalogsReady(locale: Locale): boolean {
  for (const catalogs of registered) if (!settled(catalogs, locale)) return false;
  return true;
}

function loadOne(catalogs: Catalogs<string>, locale: LoadedLocale): Promise<void> {
  const key = loadKey(catalogs, locale);
  const loading =
    inFlight.get(key) ??
    catalogs.load[locale]().then(
      (catalog) => {
        catalogs.loaded[locale] = catalog;
      },
      () => {
        failed.add(key);
      },
    );
  inFlight.set(key, loading);
  return loading;
}

/** Fetches what the registered groups miss for these languages; resolves when all have settled. */
export async function loadCatalogs(locales: readonly Locale[]): Promise<void> {
  const loads: Promise<void>[] = [];
  for (const locale of locales) {
    if (locale === 'en') continue;
    for (const catalogs of registered) if (!settled(catalogs, locale)) loads.push(loadOne(catalogs, locale));
  }
  if (loads.length === 0) return;
  await Promise.all(loads);
  for (const listener of listeners) listener();
}

export function subscribeToCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
