/**
 * Writes proxy/convene.config.schema.json from the loader's zod schema. Run after changing the config
 * schema: `npx tsx proxy/scripts/writeConfigSchema.ts` (a test fails while the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchema } from '../src/config/jsonSchema';

export const CONFIG_SCHEMA_FILE = path.resolve(import.meta.dirname, '../convene.config.schema.json');

writeFileSync(CONFIG_SCHEMA_FILE, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), CONFIG_SCHEMA_FILE)}\n`);
