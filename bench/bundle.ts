import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

export function gzipKb(bytes: Buffer | string): number {
  return Math.round((gzipSync(bytes, { level: 9 }).length / 1024) * 100) / 100;
}

/**
 * The entry chunk and every chunk it imports statically: what the browser must fetch before the widget can
 * render. Chunks reached only by `import()` (Dutch and French strings, the Booker's form step) load on first
 * use and are left out, the way a code-split app ships them.
 */
function eagerCode(output: Rolldown.RolldownOutput): string {
  const chunks = new Map(
    output.output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])),
  );
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('bench: the widget build produced no entry chunk');
  const eager = new Set<string>();
  const visit = (fileName: string) => {
    if (eager.has(fileName)) return;
    eager.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) if (chunks.has(imported)) visit(imported);
  };
  visit(entry.fileName);
  return [...eager].map((fileName) => chunks.get(fileName)?.code ?? '').join('\n');
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
    const output = await build({
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
        write: false,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: {
          external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/],
        },
      },
    });
    return gzipKb(eagerCode((Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
