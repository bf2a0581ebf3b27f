/** Test-only: the context a ConveneProvider gives, around a fake proxy client, and a fresh query cache. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ConveneClient } from '../src/client/createClient';
import { ConveneContext, type ConveneContextValue } from '../src/core/context';

export function fakeConveneWrapper(
  request: (...args: never[]) => Promise<unknown>,
  context: Partial<ConveneContextValue> = {},
) {
  const client: ConveneClient = {
    proxyUrl: 'http://proxy.test',
    siteKey: 'pk_test',
    request: request as unknown as ConveneClient['request'],
  };
  const value: ConveneContextValue = {
    proxyUrl: client.proxyUrl,
    siteKey: client.siteKey,
    locale: { catalog: 'en', intl: 'en-GB' },
    timeZone: 'Europe/Amsterdam',
    theme: 'light',
    hourCycle: 'h23',
    client,
    ...context,
  };
  // Every test gets its own cache, and no retry hides a failure the test is about.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ConveneContext.Provider value={value}>{children}</ConveneContext.Provider>
    </QueryClientProvider>
  );
  return { wrapper, client, queryClient };
}
