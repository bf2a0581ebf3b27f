import { describe, expect, it } from 'vitest';
import { createApp } from '../../proxy/src/app';
import { defaultLimits, type ProxyConfig } from '../../proxy/src/config/types';
import { ORIGIN, SITE } from './harness';

const API_KEY = 'live-simplymeet-key-0123456789';

/** A live-mode proxy whose "vendor" is a recording fake, to see exactly what leaves the proxy. */
function liveProxy(answer: () => Response) {
  const sent: { url: string; init: RequestInit }[] = [];
  const config: ProxyConfig = {
    mode: 'live',
    sites: [{ key: SITE, origins: [ORIGIN], simplymeet: { eventTypes: [1], polls: [] } }],
    tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 's'.repeat(40) }],
    vendors: { simplymeet: { baseUrl: 'https://secure.simplymeet.me', apiKey: API_KEY } },
    limits: defaultLimits,
  };
  const logs: string[] = [];
  const app = createApp({
    config,
    logWrite: (line) => logs.push(line),
    fetch: async (url, init) => {
      sent.push({ url, init });
      return answer();
    },
  });
  return { app, sent, logs };
}

const eventTypeBody = JSON.stringify({
  id: 1,
  name: 'Intro',
  user: { fullName: 'Ann', email: 'ann@vendor.example' },
});

describe('what leaves the proxy and what comes back', () => {
  it('builds the vendor request from scratch: the vendor key, and nothing the browser sent', async () => {
    const { app, sent } = liveProxy(
      () => new Response(eventTypeBody, { headers: { 'content-type': 'application/json' } }),
    );
    const response = await app.request('/simplymeet/panel/api/event-type/1', {
      headers: {
        'x-convene-site': SITE,
        origin: ORIGIN,
        cookie: 'session=browser-cookie',
        authorization: 'Bearer browser-token',
        'x-api-key': 'browser-chosen-key',
        'x-forwarded-for': '6.6.6.6',
        'x-forwarded-host': 'evil.example',
      },
    });
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    const { url, init } = sent[0] as (typeof sent)[0];
    expect(url).toBe('https://secure.simplymeet.me/panel/api/event-type/1');
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.headers).toEqual({ accept: 'application/json', 'X-API-KEY': API_KEY });
  });

  it('copies back no vendor header: no cookies, no server banner, no vendor auth', async () => {
    const { app } = liveProxy(
      () =>
        new Response(eventTypeBody, {
          headers: {
            'content-type': 'application/json',
            'set-cookie': 'vendor_session=abc',
            server: 'nginx/1.2.3',
            'x-powered-by': 'PHP/8',
            'x-api-key': API_KEY,
          },
        }),
    );
    const response = await app.request('/simplymeet/panel/api/event-type/1', {
      headers: { 'x-convene-site': SITE, origin: ORIGIN },
    });
    for (const header of ['set-cookie', 'server', 'x-powered-by', 'x-api-key']) {
      expect(response.headers.get(header)).toBeNull();
    }
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('trims the event type owner to a name and avatar', async () => {
    const { app } = liveProxy(
      () =>
        new Response(
          JSON.stringify({
            id: 1,
            name: 'Intro',
            user: {
              fullName: 'Ann',
              avatarName: 'ann.png',
              email: 'ann@vendor.example',
              phone: '+31 6',
              lat: 52.1,
              lastLogin: '2026-11-01',
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    const response = await app.request('/simplymeet/panel/api/event-type/1', {
      headers: { 'x-convene-site': SITE, origin: ORIGIN },
    });
    const body = (await response.json()) as { user: Record<string, unknown> };
    expect(body.user).toEqual({ fullName: 'Ann', avatarName: 'ann.png' });
  });

  it('answers a preflight only for configured origins, never with *', async () => {
    const { app } = liveProxy(() => new Response('{}'));
    const preflight = (origin: string) =>
      app.request('/simplymeet/panel/api/event-type/1', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'x-convene-site',
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-convene-site');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('writes one JSON log line per request, without the key or any e-mail address', async () => {
    const { app, logs } = liveProxy(
      () => new Response(eventTypeBody, { headers: { 'content-type': 'application/json' } }),
    );
    await app.request('/simplymeet/panel/api/event-type/1', {
      headers: { 'x-convene-site': SITE, origin: ORIGIN },
    });
    expect(logs).toHaveLength(1);
    const line = JSON.parse(logs[0] as string);
    expect(line).toMatchObject({
      operation: 'simplymeet.eventType',
      site: SITE,
      status: 200,
      vendorStatus: 200,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(logs[0]).not.toContain(API_KEY);
    expect(logs[0]).not.toMatch(/@/);
  });
});

describe('same-origin pages', () => {
  it('a same-origin GET (no Origin, Sec-Fetch-Site: same-origin) counts as the proxy’s own origin', async () => {
    const { app } = liveProxy(
      () => new Response(eventTypeBody, { headers: { 'content-type': 'application/json' } }),
    );
    const own = await app.request(`${ORIGIN}/simplymeet/panel/api/event-type/1`, {
      headers: { 'x-convene-site': SITE, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const crossSite = await app.request(`${ORIGIN}/simplymeet/panel/api/event-type/1`, {
      headers: { 'x-convene-site': SITE, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
  });
});
