import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSimplymeetSimulator } from '../../proxy/src/sandbox/simplymeet';

export interface VendorCall {
  method: string;
  path: string;
  /** Whether the call carried the vendor's API key, as the proxy must add it. */
  signed: boolean;
}

export interface StandInSimplymeet {
  url: string;
  apiKey: string;
  calls: VendorCall[];
  /** Availability reads the vendor is holding right now (while `holdReadsMs` is set). */
  readsInProgress(): number;
  /** Makes availability reads wait this long before answering, so they are in flight at SIGTERM. */
  holdReadsMs: number;
  /** Makes bookings wait this long before answering, so they are in flight at SIGTERM. */
  holdBookingsMs: number;
  close(): void;
}

/**
 * SimplyMeet as a live deployment meets it: the sandbox's simulator (vendors/simplymeet.txt: availability,
 * bookings that refuse a taken slot, 401 without the key) behind a real socket on loopback, with a log of
 * every call it received.
 */
export async function startStandInSimplymeet(): Promise<StandInSimplymeet> {
  const simulator = createSimplymeetSimulator();
  const apiKey = simulator.credentials.apiKey as string;
  let inProgress = 0;
  const standIn: StandInSimplymeet = {
    url: '',
    apiKey,
    calls: [],
    readsInProgress: () => inProgress,
    holdReadsMs: 0,
    holdBookingsMs: 0,
    close: () => server.close(),
  };
  const server = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: async (request) => {
      const url = new URL(request.url);
      standIn.calls.push({
        method: request.method,
        path: url.pathname + url.search,
        signed: request.headers.get('x-api-key') === apiKey,
      });
      if (standIn.holdReadsMs > 0 && url.pathname.startsWith('/panel/api/event-type/availability/')) {
        inProgress += 1;
        await new Promise((resolve) => setTimeout(resolve, standIn.holdReadsMs));
        inProgress -= 1;
      }
      if (standIn.holdBookingsMs > 0 && request.method === 'POST' && url.pathname === '/panel/api/event')
        await new Promise((resolve) => setTimeout(resolve, standIn.holdBookingsMs));
      return simulator.app.fetch(request);
    },
  });
  await once(server, 'listening');
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
