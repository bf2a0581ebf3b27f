import { createSandboxProxy } from '../../proxy/src/sandbox/index';
import { SANDBOX_PROXY_PATH } from '../../test/sandboxPath';

/** Origins `pk_sandbox` accepts; a page served from anywhere else speaks to the sandbox as localhost. */
const SANDBOX_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * The built Storybook has no server behind it: the sandbox proxy (the real Hono app and the five
 * simulators) runs in the page, and every request to `…/__convene/…` goes to it instead of the network.
 * `/__sandbox/*` (reset, faults, call log, tokens) behave as over HTTP. The widgets' client and the
 * stories' helpers call `fetch`, which this replaces; everything else still reaches the network.
 */
export function installInPageSandbox(): void {
  const { app } = createSandboxProxy({ logWrite: () => {} });
  const networkFetch = globalThis.fetch.bind(globalThis);
  const pageOrigin = SANDBOX_HOSTS.has(window.location.hostname)
    ? window.location.origin
    : 'http://localhost';

  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${SANDBOX_PROXY_PATH}/`)) return networkFetch(input, init);
    url.pathname = url.pathname.slice(SANDBOX_PROXY_PATH.length);
    return app.fetch(await asCrossOriginRequest(request, url, pageOrigin));
  };
}

/**
 * The request as the proxy sees it from a customer's page: with the page's `Origin`. A page cannot put
 * `Origin` on a Request it builds (a forbidden header), so the proxy gets a Headers object of its own.
 */
async function asCrossOriginRequest(request: Request, url: URL, origin: string): Promise<Request> {
  const body =
    request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  const headers = new Headers(request.headers);
  headers.set('origin', origin);
  // With a length given, the proxy's body limit counts it instead of re-wrapping the request.
  if (body) headers.set('content-length', String(body.byteLength));
  const forwarded = new Request(url, { method: request.method, body, signal: request.signal });
  Object.defineProperty(forwarded, 'headers', { value: headers });
  return forwarded;
}
