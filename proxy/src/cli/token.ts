import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TokenKey } from '../tokens/keys';
import { mintWidgetToken } from '../tokens/mint';
import { SCOPES, type Scope } from '../vendors';

const usage = `Mint a widget token (what a host backend does for a signed-in user).

  npm run token -- --site pk_live_shop --scope invite:meltingspot [--scope …]
                   [--ttl 900] [--bind eventId=42] [--origin https://shop.example]
                   [--max-uses 5] [--sub user-123]

Key: CONVENE_TOKEN_SECRET (HS256, at least 32 bytes) and CONVENE_TOKEN_KID,
  or CONVENE_TOKEN_PRIVATE_KEY_FILE (EdDSA, PKCS8 PEM) and CONVENE_TOKEN_KID.
Scopes: ${SCOPES.join(', ')}.
Prints only the token.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

function keyFromEnv(env: NodeJS.ProcessEnv): TokenKey {
  const kid = env.CONVENE_TOKEN_KID;
  if (!kid) fail('CONVENE_TOKEN_KID is not set.');
  if (env.CONVENE_TOKEN_PRIVATE_KEY_FILE) {
    const privateKey = readFileSync(env.CONVENE_TOKEN_PRIVATE_KEY_FILE, 'utf8');
    // Minting needs only the private key; the public half is what the proxy is configured with.
    return { kid, alg: 'EdDSA', publicKey: '-----BEGIN PUBLIC KEY-----', privateKey };
  }
  if (!env.CONVENE_TOKEN_SECRET)
    fail('Set CONVENE_TOKEN_SECRET (HS256) or CONVENE_TOKEN_PRIVATE_KEY_FILE (EdDSA).');
  return { kid, alg: 'HS256', secret: env.CONVENE_TOKEN_SECRET };
}

function parseBind(pairs: string[]): Record<string, string | number> {
  const bind: Record<string, string | number> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][\w.]*)=(.+)$/.exec(pair);
    if (!match) fail(`--bind takes name=value, got "${pair}".`);
    const [, name, value] = match as unknown as [string, string, string];
    bind[name] = /^\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return bind;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  const parse = () =>
    parseArgs({
      options: {
        site: { type: 'string' },
        scope: { type: 'string', multiple: true },
        ttl: { type: 'string' },
        bind: { type: 'string', multiple: true },
        origin: { type: 'string' },
        'max-uses': { type: 'string' },
        sub: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  try {
    ({ values } = parse());
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!values.site) fail('--site is required.');
  const scopes = values.scope ?? [];
  if (scopes.length === 0) fail('At least one --scope is required.');
  const unknown = scopes.find((scope) => !(SCOPES as readonly string[]).includes(scope));
  if (unknown) fail(`Unknown scope "${unknown}".`);
  const ttl = values.ttl === undefined ? 900 : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 3600)
    fail('--ttl must be a whole number of seconds from 1 to 3600.');
  const maxUses = values['max-uses'] === undefined ? undefined : Number(values['max-uses']);
  if (maxUses !== undefined && (!Number.isInteger(maxUses) || maxUses < 1))
    fail('--max-uses must be a positive whole number.');
  try {
    const token = await mintWidgetToken({
      key: keyFromEnv(process.env),
      site: values.site,
      scopes: scopes as Scope[],
      ttlSeconds: ttl,
      bind: parseBind(values.bind ?? []),
      ...(values.origin ? { origin: values.origin } : {}),
      ...(values.sub ? { sub: values.sub } : {}),
      ...(maxUses ? { maxUses } : {}),
    });
    process.stdout.write(`${token}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

await main();
