// The proxy package's JavaScript: each entry bundled with esbuild (our sources use extensionless imports,
// which Node's ESM loader cannot resolve as tsc would emit them), every dependency left as an import so the
// installed `node_modules` serves it. Shared code goes to chunks, so `token.js` holds only what minting
// needs. Types come from `tsc -p tsconfig.build.json` (see package.json "build").
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const here = import.meta.dirname;
const { values } = parseArgs({ options: { outdir: { type: 'string', default: path.join(here, 'dist') } } });
const outdir = path.resolve(values.outdir);

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    // `@convene/proxy`: createApp, loadConfig, the store… for Workers, Bun, Deno or a custom Node server.
    server: path.join(here, 'src/server.ts'),
    // `@convene/proxy/token`: what a host backend imports to mint widget tokens (jose only).
    token: path.join(here, 'src/token.ts'),
    // The `convene-proxy` bin.
    'convene-proxy': path.join(here, 'src/cli/conveneProxy.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  // Readable output: operators read stack traces, and nothing here is downloaded by a browser.
  minify: false,
  sourcemap: true,
  logLevel: 'warning',
});
