import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load';

const secret = 's'.repeat(40);
const base = {
  tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'env:TOKEN_SECRET' }],
  vendors: {
    simplymeet: { apiKey: 'env:SIMPLYMEET_API_KEY' },
    workspace: { baseUrl: 'https://ws.example', clientId: 'env:WS_ID', clientSecret: 'env:WS_SECRET' },
  },
  sites: [
    { key: 'pk_live_shop', origins: ['https://shop.example'], simplymeet: { eventTypes: [1], polls: [] } },
  ],
};

describe('convene.config.json', () => {
  it('takes values from the environment and defaults the documented base URL', () => {
    const config = loadConfig(base, { TOKEN_SECRET: secret, SIMPLYMEET_API_KEY: 'live-key-123456' });
    expect(config.mode).toBe('live');
    expect(config.vendors.simplymeet).toEqual({
      baseUrl: 'https://secure.simplymeet.me',
      apiKey: 'live-key-123456',
    });
    expect(config.vendors.workspace).toBeUndefined(); // no credentials set: not a real vendor
  });

  it('in live mode, a site that uses a vendor without credentials is an error', () => {
    expect(() => loadConfig(base, { TOKEN_SECRET: secret })).toThrow(
      /sites\.pk_live_shop\.simplymeet: no credentials/,
    );
  });

  it('in sandbox mode, vendors without credentials are left to the simulators', () => {
    const config = loadConfig({ ...base, mode: 'sandbox' }, { TOKEN_SECRET: secret });
    expect(config.vendors).toEqual({});
  });

  it('lists every problem at once and never prints a secret', () => {
    const broken = {
      ...base,
      tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'too-short-secret' }],
      sites: [{ key: 'shop', origins: ['shop.example/*'] }],
      extra: true,
    };
    let error: unknown;
    try {
      loadConfig(broken, { SIMPLYMEET_API_KEY: 'live-key-123456' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(message).not.toContain('too-short-secret');
    expect(message).not.toContain('live-key-123456');
  });

  it('sets rate limits per bucket and the shutdown deadline, and refuses nonsense in them', () => {
    const env = { TOKEN_SECRET: secret, SIMPLYMEET_API_KEY: 'live-key-123456' };
    const config = loadConfig(
      {
        ...base,
        limits: { shutdownTimeoutMs: 20_000, rateLimits: { invite: { points: 600, durationSeconds: 60 } } },
      },
      env,
    );
    expect(config.limits.rateLimits).toEqual({ invite: { points: 600, durationSeconds: 60 } });
    expect(config.limits.shutdownTimeoutMs).toBe(20_000);
    expect(loadConfig(base, env).limits.rateLimits).toEqual({});
    expect(() =>
      loadConfig({ ...base, limits: { rateLimits: { invites: { points: 0, durationSeconds: 60 } } } }, env),
    ).toThrow(/limits\.rateLimits/);
  });
});
