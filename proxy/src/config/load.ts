import { z } from 'zod';
import type { TokenKey } from '../tokens/keys';
import { VENDOR_IDS, type VendorId } from '../vendors';
import type { SiteConfig } from './site';
import { defaultLimits, type ProxyConfig, type VendorSettings } from './types';

/** Thrown at start with every problem of the config file, one per line, never a secret's value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`convene.config.json is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const url = z.url({ protocol: /^https?$/ });
const secret = z.string().min(8);
const positiveId = z.number().int().positive();

/** Vendor blocks: credentials may come from the environment ("env:NAME"); base URLs default where known. */
const vendorSchemas = {
  // The vendor text gives this base URL.
  simplymeet: z.strictObject({ baseUrl: url.default('https://secure.simplymeet.me'), apiKey: secret }),
  // Assumed host and header (the text is silent): configurable.
  meltingspot: z.strictObject({
    baseUrl: url.default('https://api.meltingspot.io'),
    apiKey: secret,
    authHeader: z.enum(['authorization-bearer', 'x-api-key']).default('authorization-bearer'),
  }),
  // No documented host: must be configured.
  workspace: z.strictObject({
    baseUrl: url,
    clientId: z.string().min(1),
    clientSecret: secret,
    authorizePath: z
      .string()
      .regex(/^\/[\w/-]*$/)
      .default('/authorize'),
  }),
  volunteers: z.strictObject({ baseUrl: url, token: secret }),
  calcom: z.strictObject({
    baseUrl: url.default('https://api.cal.com'),
    clientId: z.string().min(1),
    secretKey: secret,
  }),
} satisfies Record<VendorId, z.ZodType>;

const credentialFields: Record<VendorId, string[]> = {
  simplymeet: ['apiKey'],
  meltingspot: ['apiKey'],
  workspace: ['clientId', 'clientSecret'],
  volunteers: ['token'],
  calcom: ['clientId', 'secretKey'],
};

const site = z.strictObject({
  key: z.string().regex(/^pk_[A-Za-z0-9_]{3,64}$/, 'site keys look like pk_live_shop'),
  origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port|:*]')).min(1),
  simplymeet: z
    .strictObject({
      eventTypes: z.array(positiveId),
      polls: z.array(z.strictObject({ id: positiveId, uuid: z.string().min(1).max(64) })),
      manageTokenMaxSeconds: z
        .number()
        .int()
        .min(60)
        .max(366 * 24 * 3600)
        .optional(),
    })
    .optional(),
  meltingspot: z.strictObject({ emailNotification: z.enum(['always', 'never', 'choice']) }).optional(),
  workspace: z
    .strictObject({
      accessGroups: z.array(z.string().min(1)),
      idpType: z.enum(['database', 'saml', 'gsuite', 'okta', 'azureAD', 'adLdap']),
    })
    .optional(),
  volunteers: z
    .strictObject({
      roleProfileId: positiveId,
      teamId: positiveId.optional(),
      sendPasswordResetEmail: z.boolean(),
    })
    .optional(),
  calcom: z.strictObject({ clientId: z.string().min(1) }).optional(),
});

const tokenKey = z.discriminatedUnion('alg', [
  z.strictObject({
    kid: z.string().min(1),
    alg: z.literal('HS256'),
    secret: z.string().min(32, 'at least 32 characters'),
  }),
  z.strictObject({
    kid: z.string().min(1),
    alg: z.literal('EdDSA'),
    publicKey: z.string().includes('PUBLIC KEY'),
  }),
]);

const file = z.strictObject({
  mode: z.enum(['live', 'sandbox']).default('live'),
  sites: z.array(site).min(1),
  tokenKeys: z.array(tokenKey).min(1),
  vendors: z.partialRecord(z.enum(VENDOR_IDS), z.record(z.string(), z.unknown())).default({}),
  limits: z
    .strictObject({
      bodyBytes: z
        .number()
        .int()
        .min(1024)
        .max(10 * 1024 * 1024)
        .optional(),
      vendorTimeoutMs: z.number().int().min(100).max(60_000).optional(),
      shutdownTimeoutMs: z.number().int().min(0).max(120_000).optional(),
      rateLimits: z
        .partialRecord(
          z.enum(['read', 'write', 'invite', 'vote']),
          z.strictObject({
            points: z.number().int().min(1),
            durationSeconds: z.number().int().min(1).max(86_400),
          }),
        )
        .optional(),
    })
    .default({}),
  trustedProxy: z
    .strictObject({ header: z.string().min(1), hops: z.number().int().min(1).max(5) })
    .optional(),
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\//)
    .optional(),
  metrics: z.strictObject({ enabled: z.boolean().default(true), token: secret.optional() }).optional(),
});

/**
 * The config file with `"env:NAME"` values taken from the environment. A vendor whose credentials are
 * all unset is left out: in sandbox mode its simulator answers, in live mode a site using it is an error.
 */
export function loadConfig(json: unknown, env: Record<string, string | undefined>): ProxyConfig {
  const problems: string[] = [];
  const parsed = file.safeParse(resolveEnv(json, env, problems));
  if (!parsed.success) {
    throw new ConfigError([
      ...problems,
      ...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ]);
  }
  const raw = parsed.data;
  const vendors: ProxyConfig['vendors'] = {};
  for (const vendor of VENDOR_IDS) {
    const block = raw.vendors[vendor];
    if (!block) continue;
    const present = credentialFields[vendor].filter((field) => block[field] !== undefined);
    if (present.length === 0) continue;
    const result = vendorSchemas[vendor].safeParse(block);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => `vendors.${vendor}.${i.path.join('.')}: ${i.message}`));
    } else {
      (vendors as Record<string, VendorSettings[VendorId]>)[vendor] = result.data as VendorSettings[VendorId];
    }
  }
  if (raw.mode === 'live') {
    for (const s of raw.sites) {
      for (const vendor of VENDOR_IDS) {
        if (s[vendor] && !vendors[vendor])
          problems.push(`sites.${s.key}.${vendor}: no credentials for ${vendor} in live mode`);
      }
    }
  }
  // A metrics token from an unset variable must not quietly leave /metrics open to anyone.
  if ((json as { metrics?: { token?: unknown } } | null)?.metrics?.token !== undefined && !raw.metrics?.token)
    problems.push('metrics.token: its environment variable is not set');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: raw.mode,
    sites: raw.sites as SiteConfig[],
    tokenKeys: raw.tokenKeys as TokenKey[],
    vendors,
    limits: { ...defaultLimits, ...raw.limits, rateLimits: raw.limits.rateLimits ?? {} },
    trustedProxy: raw.trustedProxy,
    redisUrl: raw.redisUrl ?? env.REDIS_URL,
    metrics: raw.metrics,
  };
}

function resolveEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  problems: string[],
  path = '',
): unknown {
  if (typeof value === 'string' && value.startsWith('env:')) {
    const name = value.slice(4);
    if (!/^[A-Z_][A-Z0-9_]*$/.test(name))
      problems.push(`${path}: "${value}" is not an environment variable name`);
    const resolved = env[name];
    return resolved === '' ? undefined : resolved;
  }
  if (Array.isArray(value)) return value.map((item, i) => resolveEnv(item, env, problems, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => {
        const resolved = resolveEnv(item, env, problems, path ? `${path}.${key}` : key);
        return resolved === undefined ? [] : [[key, resolved]];
      }),
    );
  }
  return value;
}
