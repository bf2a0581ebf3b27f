/**
 * `npm run bench [-- --quick]`: size, speed and proxy cost, measured side by side in one run. Prints a
 * table and writes bench/results.json (one object, stable keys, units in the key names; the README's table
 * comes from that file, which is committed) or, with --quick, bench/results.quick.json. Nothing here
 * fails on a time: figures are reported, and ratios are measured in the same run so the machine's speed
 * cancels out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { browserFigures } from './browser';
import { gzipKb, widgetBundleKb } from './bundle';
import { inviteFigures } from './invite';
import { proxyFigures } from './proxy';

const root = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');

type Figures = Record<string, number | string | null>;

async function section(name: string, run: () => Promise<Figures>): Promise<Figures> {
  const started = performance.now();
  try {
    const figures = await run();
    process.stderr.write(`bench: ${name} done in ${Math.round(performance.now() - started)} ms\n`);
    return figures;
  } catch (error) {
    // A broken section must be visible in the results, not silently missing.
    process.stderr.write(`bench: ${name} FAILED: ${error instanceof Error ? error.stack : String(error)}\n`);
    return { [`${name}.error`]: error instanceof Error ? error.message : String(error) };
  }
}

function ensureBuilt(): void {
  if (
    !existsSync(path.join(root, 'dist/embed/convene.js')) ||
    !existsSync(path.join(root, 'dist/style.css'))
  ) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
}

async function bundleFigures(): Promise<Figures> {
  ensureBuilt();
  const figures: Figures = {
    'bundle.embed_gzip_kb': gzipKb(readFileSync(path.join(root, 'dist/embed/convene.js'))),
    'bundle.css_gzip_kb': gzipKb(readFileSync(path.join(root, 'dist/style.css'))),
  };
  const widgets = {
    booker: 'Booker',
    availability_picker: 'AvailabilityPicker',
    booking_form: 'BookingForm',
    poll_voter: 'PollVoter',
    member_invite: 'MemberInvite',
  };
  const exported = readFileSync(path.join(root, 'src/index.ts'), 'utf8');
  for (const [key, exportName] of Object.entries(widgets)) {
    figures[`bundle.${key}_gzip_kb`] = new RegExp(`\\b${exportName}\\b`).test(exported)
      ? await widgetBundleKb(exportName)
      : null;
  }
  return figures;
}

function chromiumVersion(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) {
      try {
        return execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    }
  }
  return null;
}

const sections: Array<[string, () => Promise<Figures>]> = [
  ['bundle', bundleFigures],
  ['proxy', () => proxyFigures(quick)],
  ['invite', async () => inviteFigures(quick)],
  [
    'browser',
    () => {
      ensureBuilt();
      return browserFigures(quick);
    },
  ],
];

const results: Figures = {
  'machine.cpu_model': cpus()[0]?.model ?? 'unknown',
  'machine.cpu_count': cpus().length,
  'machine.node_version': process.version,
  'machine.chromium_version': chromiumVersion(),
  'run.mode': quick ? 'quick' : 'full',
  'run.date': new Date().toISOString(),
};
for (const [name, run] of sections) Object.assign(results, await section(name, run));

const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
// A quick run (CI) never overwrites the committed figures of the last full run.
const output = quick ? 'bench/results.quick.json' : 'bench/results.json';
writeFileSync(path.join(root, output), `${JSON.stringify(sorted, null, 2)}\n`);
const width = Math.max(...Object.keys(sorted).map((key) => key.length));
for (const [key, value] of Object.entries(sorted)) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
