import { describe, expect, it } from 'vitest';
import { createHarness } from './harness';

describe('health and readiness', () => {
  const harness = createHarness();

  it('answers /healthz through app.request()', async () => {
    const answer = await harness.call('/healthz', { site: null, origin: null });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: 'ok', mode: 'sandbox' });
  });

  it('answers /healthz and /readyz over a real loopback socket', async () => {
    const server = await harness.listen();
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.headers.get('content-type')).toContain('application/json');
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', store: 'memory' });
    } finally {
      await server.close();
    }
  });
});
