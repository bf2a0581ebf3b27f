import { createServer, type Server } from 'node:http';

/**
 * The anchor: what someone would write instead of Convene. It adds the vendor key and passes the answer
 * through: no site or origin check, no validation, no limits, no logging, no projection, no cache.
 */
export function naiveForwarder(vendorUrl: string, apiKey: string): Server {
  return createServer(async (request, response) => {
    try {
      const url = `${vendorUrl}${(request.url ?? '/').replace(/^\/simplymeet/, '')}`;
      const answer = await fetch(url, { headers: { 'x-api-key': apiKey } });
      const body = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
      response.end(body);
    } catch {
      response.writeHead(502).end();
    }
  });
}
