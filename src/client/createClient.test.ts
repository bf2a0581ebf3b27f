import { describe, expect, it, vi } from 'vitest';
import { ConveneError } from '../core/errors';
import { createClient } from './createClient';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('createClient', () => {
  it('sends the site key, the token and the idempotency key, and never cookies', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { ok: 1 }),
    );
    const client = createClient({ proxyUrl: 'https://proxy.test/', siteKey: 'pk_x', token: 'tok', fetch });
    await client.request('POST', '/simplymeet/panel/api/event', { body: { a: 1 }, idempotencyKey: 'key-1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://proxy.test/simplymeet/panel/api/event');
    const headers = new Headers(init?.headers);
    expect(headers.get('x-convene-site')).toBe('pk_x');
    expect(headers.get('authorization')).toBe('Bearer tok');
    expect(headers.get('idempotency-key')).toBe('key-1');
    expect(init?.credentials).toBe('omit');
  });

  it('turns the proxy error contract into a ConveneError with code, details and Retry-After', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '12' }),
    );
    const client = createClient({ proxyUrl: 'https://proxy.test', siteKey: 'pk_x', fetch });
    const error = await client.request('GET', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConveneError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 12 });
  });

  it('reports a network failure as `network`', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = createClient({ proxyUrl: 'https://proxy.test', siteKey: 'pk_x', fetch });
    await expect(client.request('GET', '/x')).rejects.toMatchObject({ code: 'network' });
  });

  it('renews an expired token once through getToken and retries with it', async () => {
    const seen: string[] = [];
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      seen.push(auth);
      return auth === 'Bearer fresh'
        ? jsonResponse(200, { done: true })
        : jsonResponse(401, { error: { code: 'invalid_token', message: 'expired' } });
    });
    const getToken = vi.fn(async () => 'fresh');
    const client = createClient({
      proxyUrl: 'https://p.test',
      siteKey: 'pk',
      token: 'stale',
      getToken,
      fetch,
    });
    await expect(client.request('GET', '/x')).resolves.toEqual({ done: true });
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('gives up after one renewal when the new token is refused too', async () => {
    const fetch = vi.fn(async () => jsonResponse(401, { error: { code: 'invalid_token', message: 'no' } }));
    const getToken = vi.fn(async () => 'also-bad');
    const client = createClient({ proxyUrl: 'https://p.test', siteKey: 'pk', token: 't', getToken, fetch });
    await expect(client.request('GET', '/x')).rejects.toMatchObject({ code: 'invalid_token' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
