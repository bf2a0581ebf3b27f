import { QueryClient } from '@tanstack/react-query';
import { isConveneError } from './errors';

/** Codes that will not change on a retry: asking again only delays the message the person needs. */
const FINAL_CODES = new Set([
  'invalid_request',
  'invalid_token',
  'scope_denied',
  'forbidden_origin',
  'missing_site',
  'unknown_operation',
  'not_found',
  'conflict',
  'payload_too_large',
]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && !(isConveneError(error) && FINAL_CODES.has(error.code)),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

const shared = new Map<string, QueryClient>();

/**
 * Widgets that talk to the same proxy share one cache, so two pickers on a page make one request.
 * On a server (SSR) every render gets its own client: a module-level cache would leak between visitors.
 */
export function sharedQueryClient(key: string): QueryClient {
  if (typeof window === 'undefined') return createQueryClient();
  let client = shared.get(key);
  if (!client) {
    client = createQueryClient();
    shared.set(key, client);
  }
  return client;
}
