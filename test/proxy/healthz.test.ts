import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../proxy/src/app';

describe('health check', () => {
  it('answers through app.request()', async () => {
    const response = await createApp({ sandbox: true }).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', sandbox: true });
  });

  it('answers over a real loopback socket', async () => {
    const server = serve({ fetch: createApp({ sandbox: true }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
