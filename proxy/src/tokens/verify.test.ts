import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store';
import type { TokenKey } from './keys';
import { mintWidgetToken } from './mint';
import { consumeTokenUse } from './uses';
import { createTokenVerifier } from './verify';

const current: TokenKey = { kid: '2026-11', alg: 'HS256', secret: 'current-secret-of-at-least-32-bytes!!' };
const previous: TokenKey = { kid: '2026-10', alg: 'HS256', secret: 'previous-secret-of-at-least-32-bytes!' };
const site = 'pk_live_shop';
const mint = (extra: Partial<Parameters<typeof mintWidgetToken>[0]> = {}) =>
  mintWidgetToken({ key: current, site, scopes: ['invite:meltingspot'], ...extra });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString());

describe('widget tokens', () => {
  const verify = createTokenVerifier([current, previous]);

  it('a minted token verifies with its claims', async () => {
    const verdict = await verify(
      await mint({ bind: { eventId: 42 }, origin: 'https://shop.example', sub: 'u1', maxUses: 3 }),
      site,
    );
    expect(verdict).toMatchObject({
      ok: true,
      claims: {
        site,
        scopes: ['invite:meltingspot'],
        bind: { eventId: 42 },
        origin: 'https://shop.example',
        sub: 'u1',
        maxUses: 3,
      },
    });
  });

  it.each([
    ['expired', () => mint({ ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) }), 'expired'],
    ['not yet valid', () => mint({ now: new Date(Date.now() + 3_600_000) }), 'bad_claims'],
    [
      'forged signature',
      async () => `${(await mint()).split('.').slice(0, 2).join('.')}.${b64('forged')}`,
      'bad_signature',
    ],
    [
      'signed with another secret',
      () => mint({ key: { ...current, secret: 'x'.repeat(40) } }),
      'bad_signature',
    ],
    ['unknown kid', () => mint({ key: { ...current, kid: 'retired' } }), 'unknown_kid'],
    ['another site', () => mint({ site: 'pk_other' }), 'wrong_site'],
    [
      'alg none',
      async () =>
        `${b64({ alg: 'none', kid: current.kid, typ: 'convene-widget+jwt' })}.${b64(payloadOf(await mint()))}.`,
      'bad_signature',
    ],
    [
      'no kid',
      async () => `${b64({ alg: 'HS256', typ: 'convene-widget+jwt' })}.${b64(payloadOf(await mint()))}.x`,
      'unknown_kid',
    ],
    ['garbage', async () => 'a.b.c', 'malformed'],
  ])('%s is refused', async (_name, token, reason) => {
    const verdict = await verify(await token(), site);
    expect(verdict).toEqual({ ok: false, reason });
  });

  it('refuses the wrong typ and audience, and lifetimes over an hour', async () => {
    const { SignJWT } = await import('jose');
    const secret = new TextEncoder().encode(current.secret);
    const now = Math.floor(Date.now() / 1000);
    const build = (header: Record<string, unknown>, aud: string, exp: number) =>
      new SignJWT({ scope: 'invite:meltingspot' })
        .setProtectedHeader({ alg: 'HS256', kid: current.kid, ...header })
        .setIssuer(site)
        .setAudience(aud)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .setJti('j')
        .sign(secret);
    expect(await verify(await build({ typ: 'JWT' }, 'convene-proxy', now + 60), site)).toEqual({
      ok: false,
      reason: 'wrong_type',
    });
    expect(await verify(await build({ typ: 'convene-widget+jwt' }, 'other', now + 60), site)).toEqual({
      ok: false,
      reason: 'wrong_audience',
    });
    expect(
      await verify(await build({ typ: 'convene-widget+jwt' }, 'convene-proxy', now + 7200), site),
    ).toEqual({
      ok: false,
      reason: 'lifetime_too_long',
    });
  });

  it('refuses to mint for more than an hour, or with a short secret', async () => {
    await expect(mint({ ttlSeconds: 3601 })).rejects.toThrow(/3600/);
    await expect(mint({ key: { kid: 'k', alg: 'HS256', secret: 'short' } })).rejects.toThrow(/32 bytes/);
    await expect(mint({ key: { kid: 'k', alg: 'HS256', secret: 'short' } })).rejects.not.toThrow(/short/);
  });

  it('rotation: tokens of both keys verify; once a key is removed its tokens fail', async () => {
    const old = await mintWidgetToken({ key: previous, site, scopes: ['invite:workspace'] });
    expect((await verify(old, site)).ok).toBe(true);
    expect(await createTokenVerifier([current])(old, site)).toEqual({ ok: false, reason: 'unknown_kid' });
  });

  it('EdDSA: the proxy verifies with only the public key; an HS256 token under that kid is refused', async () => {
    const pair = await generateKeyPair('EdDSA', { extractable: true });
    const publicKey = await exportSPKI(pair.publicKey);
    const privateKey = await exportPKCS8(pair.privateKey);
    const token = await mintWidgetToken({
      key: { kid: 'ed', alg: 'EdDSA', publicKey, privateKey },
      site,
      scopes: ['invite:calcom'],
    });
    const edVerify = createTokenVerifier([{ kid: 'ed', alg: 'EdDSA', publicKey }]);
    expect((await edVerify(token, site)).ok).toBe(true);
    // Algorithm confusion: an HS256 token "signed" with the public key text must not pass.
    const confused = await mintWidgetToken({
      key: { kid: 'ed', alg: 'HS256', secret: publicKey },
      site,
      scopes: ['invite:calcom'],
    });
    expect(await edVerify(confused, site)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('max uses are counted in the shared store', async () => {
    const store = createMemoryStore();
    const verdict = await verify(await mint({ maxUses: 2 }), site);
    if (!verdict.ok) throw new Error('token should verify');
    expect(await consumeTokenUse(store, verdict.claims)).toBe(true);
    expect(await consumeTokenUse(store, verdict.claims)).toBe(true);
    expect(await consumeTokenUse(store, verdict.claims)).toBe(false);
  });
});
