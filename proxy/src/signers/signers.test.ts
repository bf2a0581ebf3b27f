import { describe, expect, it } from 'vitest';
import { createWorkspaceSimulator } from '../sandbox/workspace';
import {
  createCalcomSigner,
  createMeltingspotSigner,
  createSimplymeetSigner,
  createVolunteersSigner,
  createWorkspaceSigner,
  SignerError,
} from '.';
import type { FetchLike } from './types';

const signal = new AbortController().signal;

describe('signers', () => {
  it('add each vendor’s auth exactly as its text asks', async () => {
    expect(await createSimplymeetSigner({ apiKey: 'k1' }).headers(signal)).toEqual({ 'X-API-KEY': 'k1' });
    expect(await createMeltingspotSigner({ apiKey: 'k2' }).headers(signal)).toEqual({
      Authorization: 'Bearer k2',
    });
    expect(await createMeltingspotSigner({ apiKey: 'k2', header: 'x-api-key' }).headers(signal)).toEqual({
      'x-api-key': 'k2',
    });
    expect(await createVolunteersSigner({ token: 't3' }).headers(signal)).toEqual({
      Authorization: 'Bearer t3',
    });
    expect(await createCalcomSigner({ clientId: 'c', secretKey: 's' }).headers(signal)).toEqual({
      'x-cal-client-id': 'c',
      'x-cal-secret-key': 's',
    });
  });

  describe('workspace: a temporary token from /authorize', () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const simulator = createWorkspaceSimulator({ now: () => new Date(clock) });
    let authorizes = 0;
    const fetch: FetchLike = (url, init) => {
      if (url.endsWith('/authorize')) authorizes += 1;
      return Promise.resolve(simulator.app.request(new URL(url).pathname, init));
    };
    const { clientId, clientSecret } = simulator.credentials as { clientId: string; clientSecret: string };
    const signer = () =>
      createWorkspaceSigner({
        baseUrl: 'http://workspace.test',
        clientId,
        clientSecret,
        fetch,
        now: () => clock,
      });

    it('100 parallel calls make one authorize, and the token works', async () => {
      authorizes = 0;
      const workspace = signer();
      const all = await Promise.all(Array.from({ length: 100 }, () => workspace.headers(signal)));
      expect(authorizes).toBe(1);
      expect(new Set(all.map((h) => h.Authorization)).size).toBe(1);
      const users = await simulator.app.request('/v1/users?email=nobody%40example.com', { headers: all[0] });
      expect(users.status).not.toBe(401);
    });

    it('renews before expiry and once after a 401', async () => {
      authorizes = 0;
      const workspace = signer();
      await workspace.headers(signal);
      clock += 20_000;
      await workspace.headers(signal);
      expect(authorizes).toBe(1); // 20 s into a 60 s token: still good
      clock += 15_000;
      await workspace.headers(signal);
      expect(authorizes).toBe(2); // within 30 s of expiry: renewed ahead of time
      expect(workspace.rejected?.()).toBe(true);
      await workspace.headers(signal);
      expect(authorizes).toBe(3);
    });

    it('a refused authorize is a SignerError without the secret', async () => {
      const workspace = createWorkspaceSigner({
        baseUrl: 'http://workspace.test',
        clientId,
        clientSecret: 'wrong-secret-value',
        fetch,
      });
      const error = await workspace.headers(signal).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SignerError);
      expect(`${(error as Error).message} ${(error as Error).stack}`).not.toContain('wrong-secret-value');
    });
  });
});
