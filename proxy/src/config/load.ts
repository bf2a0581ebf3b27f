import type { TokenKey } from '../tokens/keys';
import { VENDOR_IDS, type VendorId } from '../vendors';
import { configFileSchema } from './schema';
import type { SiteConfig } from './site';
import type { ProxyConfig } from './types';
import { credentialFields, requiredWhenCalled } from './vendorSchemas';

/** Thrown at start with every problem of the config file, one per line, never a secret's value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`convene.config.json is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The config file with `"env:NAME"` values taken from the environment. A vendor whose credentials are
 * all unset is left out: in sandbox mode its simulator answers, in live mode a site using it is an error.
 */
export function loadConfig(json: unknown, env: Record<string, string | undefined>): ProxyConfig {
  const problems: string[] = [];
  const resolved = resolveEnv(json, env, problems);
  const called = vendorsCalled(resolved, problems);
  problems.push(...sitesWithoutVendor(resolved, called));
  const parsed = configFileSchema.safeParse(resolved);
  // Every issue zod found, each with its path, and the checks above: the file is fixed once, not per line.
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`));
  // A metrics token from an unset variable must not quietly leave /metrics open to anyone.
  if (
    objectOf(objectOf(json).metrics).token !== undefined &&
    objectOf(objectOf(resolved).metrics).token === undefined
  )
    problems.push('metrics.token: its environment variable is not set');
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const raw = parsed.data;
  const vendors = Object.fromEntries(
    VENDOR_IDS.filter((vendor) => called.has(vendor)).map((vendor) => [vendor, raw.vendors[vendor]]),
  ) as ProxyConfig['vendors'];
  return {
    mode: raw.mode,
    sites: raw.sites as SiteConfig[],
    tokenKeys: raw.tokenKeys as TokenKey[],
    vendors,
    limits: raw.limits,
    cache: raw.cache,
    trustedProxy: raw.trustedProxy,
    redisUrl: raw.redisUrl ?? env.REDIS_URL,
    metrics: raw.metrics,
  };
}

const objectOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Vendors with any credential set (called for real); one with some but not all that it needs is a problem. */
function vendorsCalled(resolved: unknown, problems: string[]): Set<VendorId> {
  const called = new Set<VendorId>();
  const blocks = objectOf(objectOf(resolved).vendors);
  for (const vendor of VENDOR_IDS) {
    const block = objectOf(blocks[vendor]);
    if (!credentialFields[vendor].some((field) => block[field] !== undefined)) continue;
    const missing = requiredWhenCalled[vendor].filter((field) => block[field] === undefined);
    for (const field of missing)
      problems.push(`vendors.${vendor}.${field}: required when ${vendor} is called`);
    if (missing.length === 0) called.add(vendor);
  }
  return called;
}

/** In live mode there is no simulator: a site that uses a vendor needs that vendor's credentials. */
function sitesWithoutVendor(resolved: unknown, called: Set<VendorId>): string[] {
  const file = objectOf(resolved);
  if ((file.mode ?? 'live') !== 'live' || !Array.isArray(file.sites)) return [];
  return file.sites.flatMap((entry) => {
    const site = objectOf(entry);
    return VENDOR_IDS.filter((vendor) => site[vendor] && !called.has(vendor)).map(
      (vendor) => `sites.${String(site.key)}.${vendor}: no credentials for ${vendor} in live mode`,
    );
  });
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
