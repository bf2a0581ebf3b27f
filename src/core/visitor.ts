import { useSyncExternalStore } from 'react';
import { detectLocale } from './locale';
import { detectTimeZone } from './timeZone';

/**
 * What a widget shows when nobody said which language and zone to use. A server cannot know the
 * visitor's, so it renders these; React's hydration pass renders them too (the server snapshot), so the
 * HTML matches, and the widget switches to the browser's language and zone right after hydrating.
 * A widget that mounts without server HTML (client-only React, the script build) starts in the
 * visitor's settings directly: nothing wrong is ever painted there.
 */
export const SERVER_LOCALE = 'en';
export const SERVER_TIME_ZONE = 'UTC';

function subscribeToLanguage(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

// Browsers announce no change of zone; a reload picks a new one up.
const subscribeToZone = () => () => {};

/** The visitor's language (BCP 47), following the browser's setting when it changes. */
export function useVisitorLocale(): string {
  return useSyncExternalStore(subscribeToLanguage, detectLocale, () => SERVER_LOCALE);
}

/** The visitor's IANA zone. */
export function useVisitorTimeZone(): string {
  return useSyncExternalStore(subscribeToZone, detectTimeZone, () => SERVER_TIME_ZONE);
}
