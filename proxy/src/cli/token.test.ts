import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../tokens/verify';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('./token.ts', import.meta.url));
const secret = 'cli-test-secret-of-at-least-32-bytes';
const env = { ...process.env, CONVENE_TOKEN_KID: 'cli', CONVENE_TOKEN_SECRET: secret };
const token = (args: string[]) => run(process.execPath, ['--import', 'tsx', cli, ...args], { env });

describe('npm run token', () => {
  it('prints a token the proxy accepts, with its scopes and bindings', async () => {
    const { stdout } = await token([
      '--site',
      'pk_live_shop',
      '--scope',
      'invite:workspace',
      '--bind',
      'eventId=42',
      '--ttl',
      '600',
    ]);
    const verdict = await createTokenVerifier([{ kid: 'cli', alg: 'HS256', secret }])(
      stdout.trim(),
      'pk_live_shop',
    );
    expect(verdict).toMatchObject({
      ok: true,
      claims: { scopes: ['invite:workspace'], bind: { eventId: 42 } },
    });
  });

  it.each([
    [['--site', 'pk_x', '--scope', 'invite:everything'], /Unknown scope/],
    [['--site', 'pk_x', '--scope', 'invite:calcom', '--ttl', '7200'], /3600/],
    [['--scope', 'invite:calcom'], /--site is required/],
  ])('refuses %j with exit code 2 and a clear message', async (args, message) => {
    const failure = await token(args).catch(
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(message);
    expect((failure as { stderr: string }).stderr).not.toContain(secret);
  });
});
