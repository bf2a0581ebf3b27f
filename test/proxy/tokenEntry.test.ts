import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../proxy/src/tokens/verify';

/**
 * `@convene/proxy/token` as a host backend loads it: the built file, with everything it imports. A backend
 * that only mints tokens must not load Hono, Redis, zod or the rest of the proxy.
 */
const root = path.resolve(import.meta.dirname, '../..');
// Inside node_modules, so the built files' bare imports resolve to the installed packages.
const scratch = path.join(root, 'node_modules', '.cache');

/** Every module specifier a built ES module names: static imports, re-exports and dynamic imports. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** The packages a built entry reaches, following its relative imports (its chunks) to the end. */
function packagesReachedFrom(entry: string): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return [...packages].sort();
}

describe('@convene/proxy/token, as built', () => {
  let outdir: string;
  beforeAll(async () => {
    mkdirSync(scratch, { recursive: true });
    outdir = mkdtempSync(path.join(scratch, 'convene-proxy-build-'));
    await promisify(execFile)(process.execPath, ['proxy/build.mjs', '--outdir', outdir], { cwd: root });
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('imports jose and nothing else, while the full entry does pull in the proxy', () => {
    expect(packagesReachedFrom(path.join(outdir, 'token.js'))).toEqual(['jose']);
    // The same walk on the proxy's own entry sees its dependencies, so the walk itself is not blind.
    expect(packagesReachedFrom(path.join(outdir, 'server.js'))).toEqual(
      expect.arrayContaining(['hono', 'ioredis', 'jose', 'zod']),
    );
  });

  it('mints a token the proxy accepts', async () => {
    const { mintWidgetToken } = (await import(
      pathToFileURL(path.join(outdir, 'token.js')).href
    )) as typeof import('../../proxy/src/token');
    const key = { kid: 'host', alg: 'HS256' as const, secret: 'a-host-secret-of-more-than-32-bytes' };
    const token = await mintWidgetToken({ key, site: 'pk_live_shop', scopes: ['invite:meltingspot'] });
    const verdict = await createTokenVerifier([key])(token, 'pk_live_shop');
    expect(verdict).toMatchObject({ ok: true, claims: { scopes: ['invite:meltingspot'] } });
  });
});
