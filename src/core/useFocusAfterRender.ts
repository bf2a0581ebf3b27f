import { useCallback, useEffect, useRef, useState } from 'react';

type FindTarget = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: the target (an error, a result heading) often mounts in
 * that very render. Every request counts, so pressing Send again with the same mistakes moves focus and
 * gets it read out again, where a boolean flag set twice would change nothing.
 */
export function useFocusAfterRender(): (find: FindTarget) => void {
  const target = useRef<FindTarget | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    const find = target.current;
    target.current = null;
    find?.()?.focus();
  }, [request]);
  return useCallback((find: FindTarget) => {
    target.current = find;
    setRequest((count) => count + 1);
  }, []);
}
