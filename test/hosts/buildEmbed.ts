import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The theme tests check the script build as it ships (minified CSS inside a minified bundle), so the file
 * is built fresh before they run: a `dist/` left from an older checkout would test yesterday's code.
 */
export default async function buildEmbedScript(): Promise<void> {
  await build({ root, configFile: path.join(root, 'vite.embed.config.ts'), logLevel: 'error' });
}
