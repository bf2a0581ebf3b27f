// tsc keeps our extensionless relative imports in the emitted .d.ts files; Node's ESM resolution (and
// so TypeScript's node16 mode in consumers' projects) needs full paths. This rewrites './x' to './x.js'
// or './x/index.js', whichever exists, so the published types resolve everywhere. Side-effect CSS imports
// mean nothing in a type file and would not resolve there: they are dropped.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'dist/types');
const specifier = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)(['"])/g;

function resolveSpecifier(file, spec) {
  if (/\.(js|mjs|cjs|json|css)$/.test(spec)) return spec;
  const base = path.resolve(path.dirname(file), spec);
  if (existsSync(`${base}.d.ts`)) return `${spec}.js`;
  if (existsSync(path.join(base, 'index.d.ts'))) return `${spec}/index.js`;
  return spec;
}

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (full.endsWith('.d.ts')) {
      const text = readFileSync(full, 'utf8');
      const fixed = text
        .replace(/^import\s+['"][^'"]+\.css['"];?\s*$/gm, '')
        .replace(specifier, (_, head, spec, tail) => `${head}${resolveSpecifier(full, spec)}${tail}`);
      if (fixed !== text) writeFileSync(full, fixed);
    }
  }
}

walk(root);
