import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './ids';

/**
 * Submits at most once per intent. A synchronous in-flight guard drops a second click that lands before
 * React re-renders the disabled button, and the Idempotency-Key stays the same for as long as the request
 * is the same, so "Try again" after a network failure replays the first attempt at the proxy instead of
 * acting twice. A changed request is a new intent and gets a new key.
 */
export function useOncePerIntent<Request>(mutate: (request: Request, idempotencyKey: string) => void) {
  const attempt = useRef<{ payload: string; key: string } | null>(null);
  const inFlight = useRef(false);

  const submit = useCallback(
    (request: Request) => {
      if (inFlight.current) return;
      const payload = JSON.stringify(request);
      if (attempt.current?.payload !== payload) attempt.current = { payload, key: newIdempotencyKey() };
      inFlight.current = true;
      mutate(request, attempt.current.key);
    },
    [mutate],
  );
  /** Call when the request settled: the next submit may go. */
  const settled = useCallback((succeeded: boolean) => {
    inFlight.current = false;
    if (succeeded) attempt.current = null;
  }, []);
  return { submit, settled };
}
