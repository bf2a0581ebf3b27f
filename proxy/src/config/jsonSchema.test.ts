import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configJsonSchema } from './jsonSchema';
import { loadConfig } from './load';

const proxyDir = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(proxyDir, file), 'utf8')) as unknown;
const committedSchema = readJson('convene.config.schema.json') as Record<string, unknown>;
const example = readJson('convene.config.example.json') as Record<string, unknown>;

/** What an editor does with the published schema, done by an independent reader of JSON Schema. */
const validatesAgainstSchema = (file: unknown) =>
  z.fromJSONSchema(committedSchema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(file).success;

const exampleEnv = {
  CONVENE_TOKEN_SECRET: 'an-example-secret-of-more-than-32-bytes',
  SIMPLYMEET_API_KEY: 'simplymeet-example-key',
  MELTINGSPOT_API_KEY: 'meltingspot-example-key',
  WS_CLIENT_ID: 'ws-client',
  WS_CLIENT_SECRET: 'ws-example-secret',
  VOLUNTEERS_TOKEN: 'volunteers-example-token',
  CAL_CLIENT_ID: 'cal-client',
  CAL_SECRET_KEY: 'cal-example-secret',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

describe('proxy/convene.config.schema.json', () => {
  it('is what the loader’s zod schema generates (else: npx tsx proxy/scripts/writeConfigSchema.ts)', () => {
    expect(
      committedSchema,
      'proxy/convene.config.schema.json is stale: run `npx tsx proxy/scripts/writeConfigSchema.ts` and commit it',
    ).toEqual(configJsonSchema());
  });

  it('the example config points at it and is valid for the schema and for the loader', () => {
    expect(example.$schema).toBe('./convene.config.schema.json');
    expect(validatesAgainstSchema(example)).toBe(true);
    const config = loadConfig(example, exampleEnv);
    expect(Object.keys(config.vendors).sort()).toEqual(
      ['calcom', 'meltingspot', 'simplymeet', 'volunteers', 'workspace'].sort(),
    );
    expect(config.sites[0]?.limits?.rateLimits?.read?.site?.points).toBe(20_000);
  });

  it('refuses what the loader refuses: an unknown key, a rate limit of 0, a URL that is not one', () => {
    expect(validatesAgainstSchema({ ...example, rateLimits: {} })).toBe(false);
    expect(
      validatesAgainstSchema({
        ...example,
        limits: { rateLimits: { read: { visitor: { points: 0, durationSeconds: 60 } } } },
      }),
    ).toBe(false);
    expect(validatesAgainstSchema({ ...example, vendors: { volunteers: { baseUrl: 'not a url' } } })).toBe(
      false,
    );
  });
});
