import { useCallback, useEffect, useRef, useState } from 'react';

/** sessionStorage, or null on the server, in private modes that throw, or when storage is disabled. */
function sessionStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function readDraft<T>(key: string): T | undefined {
  const raw = sessionStore()?.getItem(key);
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/**
 * Typed form input that survives a reload of the tab until the form succeeds (then call `clear`).
 * sessionStorage (not localStorage) so a draft never outlives the tab nor leaks to another visitor of a
 * shared computer. The first render always uses `initial` so server and client markup match; the stored
 * draft is restored in an effect right after hydration.
 */
export function useSessionDraft<T>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(initial);
  // The first `initial` is the reset value: callers often pass a fresh object literal each render.
  const initialRef = useRef(initial);

  useEffect(() => {
    const stored = readDraft<T>(key);
    if (stored !== undefined) setValue(stored);
  }, [key]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        sessionStore()?.setItem(key, JSON.stringify(next));
      } catch {
        // Quota exceeded or storage disabled: the draft just lives in memory then.
      }
    },
    [key],
  );

  const clear = useCallback(() => {
    sessionStore()?.removeItem(key);
    setValue(initialRef.current);
  }, [key]);

  return [value, update, clear];
}
