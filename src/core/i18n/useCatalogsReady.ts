import { useEffect, useSyncExternalStore } from 'react';
import type { Locale } from '../locale';
import { catalogsReady, loadCatalogs, subscribeToCatalogs } from './catalogStore';

/**
 * Whether every imported widget's strings exist in this language, fetching them if not. The server and a
 * hydrating client read the same store: neither has Dutch or French unless it was loaded before rendering
 * (effects never run on the server), so a Dutch page server-renders "Laden…", hydrates that, then shows Dutch.
 */
export function useCatalogsReady(locale: Locale): boolean {
  const snapshot = () => catalogsReady(locale);
  const ready = useSyncExternalStore(subscribeToCatalogs, snapshot, snapshot);
  useEffect(() => {
    if (!ready) void loadCatalogs([locale]);
  }, [ready, locale]);
  return ready;
}
