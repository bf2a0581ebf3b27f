import { describe, expect, it } from 'vitest';
import type { TokenKey } from './keys';
import { mintManageToken, signingKeyOf } from './manageToken';
import { createTokenVerifier } from './verify';

const key: TokenKey = { kid: 'k1', alg: 'HS256', secret: 'manage-secret-of-at-least-32-bytes!!' };
const now = new Date('2026-11-16T08:30:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000);

describe('manage tokens', () => {
  const verify = createTokenVerifier([key], { now: () => now });

  it('ends when the event starts, even weeks ahead, and verifies as booking:manage bound to the event', async () => {
    const grant = await mintManageToken(key, { site: 'pk_shop', event: 42, startsAt: inDays(40), now });
    expect(grant?.expiresAt).toBe(inDays(40).toISOString());
    const verdict = await verify(grant?.token as string, 'pk_shop');
    expect(verdict).toMatchObject({ ok: true, claims: { scopes: ['booking:manage'], bind: { event: 42 } } });
  });

  it('ends earlier when the site says so', async () => {
    const grant = await mintManageToken(key, {
      site: 'pk_shop',
      event: 42,
      startsAt: inDays(40),
      now,
      maxSeconds: 7 * 24 * 3600,
    });
    expect(grant?.expiresAt).toBe(inDays(7).toISOString());
  });

  it('none for an event that has begun', async () => {
    expect(await mintManageToken(key, { site: 'pk_shop', event: 42, startsAt: now, now })).toBeUndefined();
  });

  it('a long lifetime is only for booking:manage: another scope over an hour is refused', async () => {
    const { mintWidgetToken } = await import('./mint');
    await expect(
      mintWidgetToken({ key, site: 'pk_shop', scopes: ['invite:workspace'], expiresAt: inDays(2), now }),
    ).rejects.toThrow(/3600/);
    await expect(
      mintWidgetToken({
        key,
        site: 'pk_shop',
        scopes: ['booking:manage', 'invite:workspace'],
        expiresAt: inDays(2),
        now,
      }),
    ).rejects.toThrow(/3600/);
  });

  it('signs with a key that can sign: never a public-only EdDSA key', () => {
    const publicOnly: TokenKey = { kid: 'ed', alg: 'EdDSA', publicKey: '-----BEGIN PUBLIC KEY-----' };
    expect(signingKeyOf([publicOnly, key])).toBe(key);
    expect(signingKeyOf([publicOnly])).toBeUndefined();
  });
});
