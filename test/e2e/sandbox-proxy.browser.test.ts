import { describe, expect, it } from 'vitest';
import { SANDBOX_PROXY_PATH } from '../sandboxPath';

describe('the sandbox proxy beside the browser tests', () => {
  it('is reachable from the page over real HTTP', async () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    const response = await fetch(`${SANDBOX_PROXY_PATH}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', mode: 'sandbox' });
  });
});
