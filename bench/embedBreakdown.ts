/**
 * `npx tsx bench/embedBreakdown.ts [--top 25]`: where the bytes of `dist/embed/convene.js` come from. Builds
 * the script with a source map into a temporary folder (dist/ is left alone) and attributes every output
 * byte to the source module the map points it at. For each module it prints the minified bytes, the gzip
 * size of those bytes alone, and what the whole file would lose in gzip without them (the figure to cut
 * by: gzip shares strings across modules, so a module alone compresses worse than inside the file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const topArgument = process.argv.indexOf('--top');
const top = topArgument > 0 ? Number(process.argv[topArgument + 1]) : 25;

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

/** Node's own source-map reader: no dependency needed to ask "which source wrote this column?". */
function sliceBySource(code: string, map: Rolldown.SourceMap): Map<string, string[]> {
  const reader = new SourceMap(JSON.parse(map.toString()));
  const slices = new Map<string, string[]>();
  const lines = code.split('\n');
  lines.forEach((line, lineIndex) => {
    let start = 0;
    let owner = '(unmapped: inline CSS text, bundler glue)';
    const flush = (end: number) => {
      if (end <= start) return;
      const list = slices.get(owner) ?? [];
      list.push(line.slice(start, end));
      slices.set(owner, list);
    };
    for (let column = 0; column < line.length; column++) {
      const entry = reader.findEntry(lineIndex, column) as { originalSource?: string };
      // findEntry answers with the nearest mapping at or before the column: a new owner starts a new slice.
      const source = entry.originalSource
        ? shortName(entry.originalSource)
        : '(unmapped: inline CSS text, bundler glue)';
      if (source !== owner) {
        flush(column);
        owner = source;
        start = column;
      }
    }
    flush(line.length);
  });
  return slices;
}

function shortName(source: string): string {
  const relative = path.relative(root, source.replace(/^file:\/\//, '')).replace(/\?.*$/, '');
  return relative.replace(/^node_modules\//, 'npm:');
}

const dir = mkdtempSync(path.join(tmpdir(), 'convene-embed-breakdown-'));
try {
  const output = (await build({
    configFile: path.join(root, 'vite.embed.config.ts'),
    logLevel: 'silent',
    // 'hidden': the map without the comment that would point to it, so the code measured is the code shipped.
    build: { outDir: dir, sourcemap: 'hidden', write: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = (Array.isArray(output) ? output[0] : output)?.output.find((item) => item.type === 'chunk');
  if (!chunk?.map) throw new Error('embedBreakdown: the build produced no chunk with a source map');
  const code = chunk.code;
  const total = gzipBytes(code);
  const slices = sliceBySource(code, chunk.map);
  const rows = [...slices].map(([source, parts]) => {
    const own = parts.join('');
    // The file without this module's bytes, compressed: the difference is what removing it would save.
    const without = [...slices].flatMap(([other, list]) => (other === source ? [] : list)).join('');
    return { source, raw: own.length, gzipAlone: gzipBytes(own), gzipSaved: total - gzipBytes(without) };
  });
  rows.sort((a, b) => b.gzipSaved - a.gzipSaved);
  const kb = (bytes: number) => (bytes / 1024).toFixed(2).padStart(7);
  console.log(`convene.js: ${kb(code.length)} KB raw, ${kb(total)} KB gzip -9, ${rows.length} sources\n`);
  console.log(' gz saved   gz alone      raw  source');
  for (const row of rows.slice(0, top)) {
    console.log(`${kb(row.gzipSaved)}  ${kb(row.gzipAlone)}  ${kb(row.raw)}  ${row.source}`);
  }
  const byPackage = new Map<string, { raw: number; saved: number }>();
  for (const row of rows) {
    const group = row.source.startsWith('npm:')
      ? row.source
          .split('/')
          .slice(0, row.source.startsWith('npm:@') ? 2 : 1)
          .join('/')
      : row.source.split('/').slice(0, 3).join('/');
    const sum = byPackage.get(group) ?? { raw: 0, saved: 0 };
    sum.raw += row.raw;
    sum.saved += row.gzipSaved;
    byPackage.set(group, sum);
  }
  console.log('\n gz saved      raw  group (sum of the modules above; gzip savings overlap a little)');
  for (const [group, sum] of [...byPackage].sort((a, b) => b[1].saved - a[1].saved)) {
    console.log(`${kb(sum.saved)}  ${kb(sum.raw)}  ${group}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
