import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

export function gzipKb(bytes: Buffer | string): number {
  return Math.round((gzipSync(bytes, { level: 9 }).length / 1024) * 100) / 100;
}

/**
 * A widget's own code as a React app would ship it: a one-line entry importing just that widget from the
 * library, minified, with React, ReactDOM and TanStack Query left out (the recipe the issue compares
 * Cal.com Atoms and WorkOS widgets with). CSS is excluded: it is measured on its own.
 */
export async function widgetBundleKb(exportName: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'convene-bench-'));
  try {
    const entry = path.join(dir, 'entry.js');
    writeFileSync(
      entry,
      `export { ${exportName} } from ${JSON.stringify(path.join(root, 'src/index.ts'))};\n`,
    );
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [
        {
          name: 'bench-drop-css',
          enforce: 'pre',
          load: (id) => (/\.css($|\?)/.test(id) ? '' : undefined),
        },
      ],
      build: {
        outDir: path.join(dir, 'out'),
        emptyOutDir: true,
        minify: true,
        write: true,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: {
          external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/],
        },
      },
    });
    return gzipKb(readFileSync(path.join(dir, 'out/bundle.js')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
