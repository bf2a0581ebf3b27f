import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The `convene-proxy` bin refusing to start, as an operator meets it (the smoke test covers a good start). */
const bin = fileURLToPath(new URL('./conveneProxy.ts', import.meta.url));

function conveneProxy(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', bin, ...args],
      // No CONVENE_CONFIG from the machine running the tests; a port no test listens on.
      { env: { PATH: process.env.PATH ?? '', PORT: '0', ...env } },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

function configFile(json: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'convene-bin-')), 'convene.config.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('convene-proxy', () => {
  it('prints its usage with --help and exits 0', async () => {
    const { code, stdout } = await conveneProxy(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: convene-proxy --config <file>');
    expect(stdout).toContain('CONVENE_CONFIG');
  });

  it('does not start without a config file, and says how to give one', async () => {
    const { code, stderr } = await conveneProxy([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^No config file: pass --config <file> or set CONVENE_CONFIG\./);
  });

  it('names a config file that is not there', async () => {
    const { code, stderr } = await conveneProxy([], { CONVENE_CONFIG: '/nowhere/convene.config.json' });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('Cannot read the config file /nowhere/convene.config.json: no such file.');
  });

  it('lists every problem of an invalid config, without the secrets in it', async () => {
    const file = configFile({
      mode: 'live',
      sites: [],
      tokenKeys: [{ kid: 'k', alg: 'HS256', secret: 'short-secret-value' }],
    });
    const { code, stderr } = await conveneProxy(['--config', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('sites:');
    expect(stderr).toContain('tokenKeys.0.secret:');
    expect(stderr).not.toContain('short-secret-value');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
