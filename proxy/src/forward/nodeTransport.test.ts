import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTransport } from './nodeTransport';

/** A vendor on loopback that records what reached it and answers per path. */
let server: Server;
let base = '';
const received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      if (request.url === '/redirect') {
        response.writeHead(302, { location: `${base}/stolen` }).end();
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2_000);
      } else {
        response.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' }).end('{"a":1}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the Node vendor transport', () => {
  it('sends exactly the method, headers and body given, and reads status, headers and body', async () => {
    const answer = await nodeTransport(`${base}/panel/api/event`, {
      method: 'POST',
      headers: { 'x-api-key': 'key-0123456789', 'content-type': 'application/json' },
      body: '{"eventType":1}',
    });
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      url: '/panel/api/event',
      body: '{"eventType":1}',
      headers: { 'x-api-key': 'key-0123456789', 'content-type': 'application/json' },
    });
    expect(received.at(-1)?.headers.cookie).toBeUndefined();
    expect([answer.status, answer.ok, answer.headers.get('Retry-After')]).toEqual([429, false, '7']);
    expect(await answer.json()).toEqual({ a: 1 });
  });

  it('never follows a redirect: the key goes nowhere else', async () => {
    const before = received.length;
    const answer = await nodeTransport(`${base}/redirect`, { headers: { 'x-api-key': 'key-0123456789' } });
    expect(answer.status).toBe(302);
    expect(received.slice(before).map((call) => call.url)).toEqual(['/redirect']);
  });

  it('gives up when its signal aborts (the deadline or the browser leaving)', async () => {
    const call = nodeTransport(`${base}/slow`, { signal: AbortSignal.timeout(50) });
    await expect(call).rejects.toThrow();
  });
});
