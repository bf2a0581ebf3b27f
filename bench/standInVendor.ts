import { createServer, type Server } from 'node:http';
import { createSimplymeetSimulator } from '../proxy/src/sandbox/simplymeet';

/**
 * The availability answer the stand-in serves: computed once by the SimplyMeet simulator (so it has the
 * vendor's shape and a realistic size), then kept as bytes.
 */
export async function availabilityAnswer(path: string): Promise<Buffer> {
  const simulator = createSimplymeetSimulator();
  const headers = { 'x-api-key': String(simulator.credentials.apiKey) };
  const response = await simulator.app.request(path, { headers });
  if (!response.ok) throw new Error(`the simulator refused ${path}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * A vendor that answers from memory: the same precomputed bytes for every signed availability read, a
 * 401 without the key, a 404 otherwise. Plain `node:http`, so the proxies are measured, not the vendor.
 */
export function standInVendor(body: Buffer, apiKey: string): Server {
  return createServer((request, response) => {
    if (request.headers['x-api-key'] !== apiKey) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Unauthorized"}');
    } else if (request.method === 'GET' && request.url?.startsWith('/panel/api/event-type/availability/')) {
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
        .end(body);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
    }
  });
}
