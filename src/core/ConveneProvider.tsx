import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useRef } from 'react';
import { createClient } from '../client/createClient';
import { ConveneContext, type ConveneContextValue, type Theme } from './context';
import { resolveLocale } from './locale';
import { sharedQueryClient } from './queryClient';
import { isValidTimeZone } from './timeZone';
import { useVisitorLocale, useVisitorTimeZone } from './visitor';

export interface ConveneProviderProps {
  /** Where the Convene proxy runs, e.g. "https://convene.example.com". */
  proxyUrl: string;
  /** The public site key the proxy knows this website by (`X-Convene-Site`). */
  siteKey: string;
  /**
   * BCP 47 tag; defaults to the browser's language. English, Dutch and French have their own strings.
   * Server rendering without it renders English, then switches after hydration (docs/ssr.md).
   */
  locale?: string | undefined;
  /** IANA zone for showing times; defaults to the browser's zone (UTC on a server, docs/ssr.md). */
  timeZone?: string | undefined;
  /** A widget token minted by your backend, for invites and other signed-in operations. */
  token?: string | undefined;
  /** Called when the token has expired; return a fresh one and the request is retried once. */
  getToken?: (() => Promise<string> | string) | undefined;
  theme?: Theme | undefined;
  hourCycle?: 'h12' | 'h23' | undefined;
  /** Bring your own TanStack Query client; by default widgets on the same proxy share one. */
  queryClient?: QueryClient | undefined;
  children: ReactNode;
}

export function ConveneProvider(props: ConveneProviderProps) {
  const { proxyUrl, siteKey, token, queryClient, children } = props;
  // Held in a ref so that a host re-rendering with a new arrow function does not rebuild the client.
  const getTokenRef = useRef(props.getToken);
  getTokenRef.current = props.getToken;

  const client = useMemo(
    () =>
      createClient({
        proxyUrl,
        siteKey,
        token,
        getToken: () => getTokenRef.current?.(),
      }),
    [proxyUrl, siteKey, token],
  );

  const visitorLocale = useVisitorLocale();
  const visitorZone = useVisitorTimeZone();
  const localeTag = props.locale ?? visitorLocale;
  const locale = useMemo(() => resolveLocale(localeTag), [localeTag]);
  const timeZone = useMemo(
    () => (props.timeZone && isValidTimeZone(props.timeZone) ? props.timeZone : visitorZone),
    [props.timeZone, visitorZone],
  );

  const value = useMemo<ConveneContextValue>(
    () => ({
      proxyUrl: client.proxyUrl,
      siteKey,
      locale,
      timeZone,
      theme: props.theme ?? 'auto',
      hourCycle: props.hourCycle,
      client,
    }),
    [client, siteKey, locale, timeZone, props.theme, props.hourCycle],
  );

  const cache = useMemo(
    () => queryClient ?? sharedQueryClient(`${client.proxyUrl}|${siteKey}|${token ?? ''}`),
    [queryClient, client.proxyUrl, siteKey, token],
  );

  return (
    <QueryClientProvider client={cache}>
      <ConveneContext.Provider value={value}>{children}</ConveneContext.Provider>
    </QueryClientProvider>
  );
}
