import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAIN_LIMIT_BYTES, type NodeServer, startNodeServer } from '../../proxy/src/nodeServer';
import { createHarness, ORIGIN, SITE } from './harness';

/**
 * A load balancer keeps connections to the proxy open and sends the next visitor's request down the same
 * socket. An early answer that leaves the body unread must not break that next request.
 */
interface Sent {
  status: number;
  connection: string | undefined;
  reusedSocket: boolean;
}

function send(
  agent: Agent,
  base: string,
  method: string,
  path: string,
  body?: string,
  headers = {},
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      agent,
      method,
      headers: { 'x-convene-site': SITE, origin: ORIGIN, 'content-type': 'application/json', ...headers },
    });
    req.once('response', (res) => {
      res.resume();
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    // A body the server refused early may meet a closed socket; the answer already arrived then.
    let answered = false;
    req.once('response', () => {
      answered = true;
    });
    req.once('error', (error) => (answered ? undefined : reject(error)));
    req.end(body);
  });
}

describe('keep-alive after an early answer', () => {
  const harness = createHarness();
  let server: NodeServer;
  beforeAll(async () => {
    server = await startNodeServer({ fetch: harness.proxy.app.fetch, port: 0, hostname: '127.0.0.1' });
  });
  afterAll(() => server.shutdown());

  const booking = JSON.stringify({ eventType: 1, scheduledAt: '2030-01-01 10:00:00' });
  const early: [string, string, string, Record<string, string>, number][] = [
    ['no site key (401)', 'POST', booking, { 'x-convene-site': '' }, 401],
    ['an unknown origin (403)', 'POST', booking, { origin: 'https://evil.example' }, 403],
    ['an unknown operation (404)', 'POST', booking, {}, 404],
    [
      'a body that is not JSON (415)',
      'POST',
      'x'.repeat(2000),
      { 'content-type': 'text/plain', 'idempotency-key': crypto.randomUUID() },
      415,
    ],
  ];

  it.each(early)(
    'after %s on a POST, the next request on the same socket succeeds',
    async (_, method, body, headers, status) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const path = status === 404 ? '/simplymeet/panel/api/nothing-here' : '/simplymeet/panel/api/event';
      const first = await send(agent, server.url, method, path, body, headers);
      expect(first.status).toBe(status);
      const next = await send(agent, server.url, 'GET', '/healthz');
      expect(next.status).toBe(200);
      // A small body is read and dropped, so the pooled socket stays in use.
      expect(next.reusedSocket).toBe(true);
      agent.destroy();
    },
  );

  it('after a 413 the connection is closed, and the next request on the pool succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let round = 0; round < 3; round += 1) {
      const big = JSON.stringify({ padding: 'x'.repeat(DRAIN_LIMIT_BYTES * 4) });
      const first = await send(agent, server.url, 'POST', '/simplymeet/panel/api/event', big, {
        'idempotency-key': crypto.randomUUID(),
      });
      expect(first.status).toBe(413);
      expect(first.connection).toBe('close');
      const next = await send(agent, server.url, 'GET', '/healthz');
      expect(next.status).toBe(200);
    }
    agent.destroy();
  });

  it('a body sent in chunks of unknown length and refused early closes the connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const answer = await new Promise<Sent>((resolve, reject) => {
      const req = request(`${server.url}/simplymeet/panel/api/event`, {
        agent,
        method: 'POST',
        headers: { 'x-convene-site': 'pk_unknown', origin: ORIGIN, 'content-type': 'application/json' },
      });
      req.once('response', (res) => {
        res.resume();
        res.once('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, reusedSocket: false }),
        );
      });
      req.once('error', reject);
      req.write('{"eventType":');
      setTimeout(() => req.end('1}'), 50);
    });
    expect(answer.status).toBe(401);
    expect((await send(agent, server.url, 'GET', '/healthz')).status).toBe(200);
    agent.destroy();
  });
});
