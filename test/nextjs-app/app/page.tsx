// A server component, as a Next.js page is by default: it imports Convene's components directly (they
// carry 'use client') and calls its server-safe exports (client, query options) on the server.
import { Booker, ConveneProvider, createClient, eventTypeQuery } from 'convene';
import { headers } from 'next/headers';

export const dynamic = 'force-dynamic';

type Seed = { simplymeet: { eventTypes: { fixed: number } } };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const proxyUrl = process.env.CONVENE_PROXY_URL;
  if (!proxyUrl) throw new Error('Set CONVENE_PROXY_URL to the sandbox proxy (test/nextjs/run.mjs does).');
  const seed = (await (await fetch(`${proxyUrl}/__sandbox/seed`, { cache: 'no-store' })).json()) as Seed;
  const eventType = seed.simplymeet.eventTypes.fixed;
  const queryKey = eventTypeQuery(createClient({ proxyUrl, siteKey: 'pk_sandbox' }), eventType).queryKey;

  // `?detect` leaves language and zone to the widgets (the browser's); otherwise the page passes them, as
  // a site that knows its visitor does: the language from Accept-Language, the zone from the URL.
  const params = await searchParams;
  const detect = params.detect !== undefined;
  const language = (await headers()).get('accept-language')?.split(',')[0]?.split(';')[0];
  return (
    <main data-query-key={JSON.stringify(queryKey)}>
      <h1>Book a call</h1>
      <ConveneProvider
        proxyUrl={proxyUrl}
        siteKey="pk_sandbox"
        locale={detect ? undefined : language}
        timeZone={detect ? undefined : params.tz}
      >
        <Booker eventType={eventType} />
      </ConveneProvider>
    </main>
  );
}
