import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load';
import { defaultRateLimits } from './rateLimits';

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
    const invite = { visitor: { points: 600, durationSeconds: 60 } };
    const config = loadConfig(
      { ...base, limits: { shutdownTimeoutMs: 20_000, rateLimits: { invite } } },
      env,
    );
    expect(config.limits.rateLimits.invite).toEqual({ ...defaultRateLimits.invite, ...invite });
    expect(config.limits.shutdownTimeoutMs).toBe(20_000);
    expect(loadConfig(base, env).limits.rateLimits).toEqual(defaultRateLimits);
    expect(() =>
      loadConfig({ ...base, limits: { rateLimits: { invites: { points: 0, durationSeconds: 60 } } } }, env),
    ).toThrow(/limits\.rateLimits/);
  });

  it('fills every limit and cache setting a file leaves out with the documented defaults', () => {
    const config = loadConfig(base, { TOKEN_SECRET: secret, SIMPLYMEET_API_KEY: 'live-key-123456' });
    expect(config.limits).toEqual({
      bodyBytes: 65_536,
      vendorTimeoutMs: 10_000,
      shutdownTimeoutMs: 10_000,
      rateLimits: defaultRateLimits,
    });
    expect(config.cache).toEqual({
      enabled: true,
      ttlSeconds: { availability: 15, eventTypes: 60, cancellationPolicies: 300 },
    });
  });

  it("takes a site's own rate limits, the cache settings and the $schema an editor needs", () => {
    const config = loadConfig(
      {
        ...base,
        $schema: './proxy/convene.config.schema.json',
        sites: [
          {
            ...base.sites[0],
            limits: { rateLimits: { read: { site: { points: 20_000, durationSeconds: 60 } } } },
          },
        ],
        cache: { enabled: false, ttlSeconds: { availability: 5 } },
        limits: { vendorTimeoutMs: 4000 },
      },
      { TOKEN_SECRET: secret, SIMPLYMEET_API_KEY: 'live-key-123456' },
    );
    expect(config.sites[0]?.limits).toEqual({
      rateLimits: { read: { site: { points: 20_000, durationSeconds: 60 } } },
    });
    expect(config.cache).toEqual({
      enabled: false,
      ttlSeconds: { availability: 5, eventTypes: 60, cancellationPolicies: 300 },
    });
    expect(config.limits.vendorTimeoutMs).toBe(4000);
  });

  it('lists every problem with its path, in limits, cache, sites and vendors alike', () => {
    const broken = {
      ...base,
      mode: 'sandbox',
      vendors: { workspace: { clientId: 'env:WS_ID', clientSecret: 'env:WS_SECRET' } },
      sites: [
        {
          ...base.sites[0],
          limits: { rateLimits: { read: { visitor: { points: 0, durationSeconds: 60 } } } },
        },
      ],
      limits: {
        vendorTimeoutMs: 5,
        rateLimits: { invite: { site: { points: 10, durationSeconds: 0 } }, reads: {} },
      },
      cache: { enabled: 'yes', ttlSeconds: { availability: -1 } },
    };
    let error: unknown;
    try {
      loadConfig(broken, { TOKEN_SECRET: secret, WS_ID: 'ws-client', WS_SECRET: 'ws-secret-123456' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const paths = (error as ConfigError).problems.map((problem) => problem.split(':')[0]);
    expect(paths.sort()).toEqual(
      [
        'vendors.workspace.baseUrl',
        'sites.0.limits.rateLimits.read.visitor.points',
        'limits.vendorTimeoutMs',
        'limits.rateLimits.invite.site.durationSeconds',
        'limits.rateLimits',
        'cache.enabled',
        'cache.ttlSeconds.availability',
      ].sort(),
    );
    expect((error as ConfigError).message).not.toContain('ws-secret-123456');
  });
});
