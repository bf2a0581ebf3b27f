import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The real Node entry (`proxy/src/node.ts`) in live mode, from a config file that guards /metrics with a token. */
const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'metrics-token-from-the-environment';
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'convene-metrics-')), 'convene.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      mode: 'live',
      sites: [{ key: 'pk_live_metrics', origins: ['https://shop.example'] }],
      tokenKeys: [{ kid: 'k1', alg: 'HS256', secret: 'a-test-secret-of-more-than-32-bytes' }],
      metrics: { token: 'env:CONVENE_METRICS_TOKEN' },
    }),
  );
  child = spawn(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, CONVENE_CONFIG: config, PORT: '0', CONVENE_METRICS_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`proxy did not start:\n${output}`)), 30_000);
    const collect = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`proxy exited with ${code}:\n${output}`)));
  });
}, 40_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('the Node entry serves /metrics', () => {
  it('to the bearer of the configured token only, with Node process figures under convene_', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const answer = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text).toContain('# TYPE convene_process_cpu_user_seconds_total counter');
    expect(text).toMatch(/^convene_requests_total\{vendor="none",operation="none",status="401"\} 1$/m);
    expect(text).not.toContain(TOKEN);
  });
});
