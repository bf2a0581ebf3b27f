import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { expect } from 'vitest';
import { configuredSecrets } from '../../proxy/src/forward/vendorTargets';
import { nodeConnectionIp, nodeRawTarget } from '../../proxy/src/nodeRuntime';
import { createSandboxProxy, type SandboxProxy, type SandboxProxyOptions } from '../../proxy/src/sandbox';

export const ORIGIN = 'http://localhost:5173';
export const SITE = 'pk_sandbox';

export interface CallInit {
  method?: string;
  /** Sent as JSON with `Content-Type: application/json` unless `rawBody` is given. */
  json?: unknown;
  rawBody?: string;
  /** Defaults: the sandbox site and a localhost origin; `null` leaves a header out. */
  site?: string | null;
  origin?: string | null;
  token?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface Harness {
  proxy: SandboxProxy;
  /** Every credential this proxy holds (vendor keys, token secret). */
  secrets: string[];
  /** Every log line written so far. */
  logs: string[];
  call(path: string, init?: CallInit): Promise<Answer>;
  token(scopes: string[], extra?: Record<string, unknown>): Promise<string>;
  vendorCalls(): ReturnType<SandboxProxy['calls']>;
  /** The same proxy on a real loopback socket. */
  listen(): Promise<{ url: string; close(): Promise<void> }>;
}

/**
 * A sandbox proxy for one test file. Every answer and every log line that passes through it is checked
 * for every credential the proxy holds: the whole proxy suite doubles as the credential-leak test.
 */
export function createHarness(options: SandboxProxyOptions = {}): Harness {
  const logs: string[] = [];
  const proxy = createSandboxProxy({
    connectionIp: nodeConnectionIp,
    rawTarget: nodeRawTarget,
    ...options,
    logWrite: (line) => {
      logs.push(line);
      assertNoSecret(line, 'log line');
    },
  });
  const secrets = configuredSecrets(
    proxy.config,
    Object.values(proxy.simulators).map((simulator) => simulator.credentials),
  );
  const assertNoSecret = (text: string, where: string) => {
    for (const secret of secrets ?? [])
      expect(text, `a credential leaked into a ${where}`).not.toContain(secret);
  };

  const harness: Harness = {
    proxy,
    secrets,
    logs,
    async call(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.site !== null) headers.set('x-convene-site', init.site ?? SITE);
      if (init.origin !== null) headers.set('origin', init.origin ?? ORIGIN);
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      if (init.idempotencyKey) headers.set('idempotency-key', init.idempotencyKey);
      let body: string | undefined = init.rawBody;
      if (init.json !== undefined) {
        body = JSON.stringify(init.json);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      const response = await proxy.app.request(path, {
        method: init.method ?? (body ? 'POST' : 'GET'),
        headers,
        body,
      });
      const text = await response.text();
      assertNoSecret(text, 'response body');
      assertNoSecret(JSON.stringify([...response.headers]), 'response header');
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, text, json };
    },
    async token(scopes, extra = {}) {
      const answer = await harness.call('/__sandbox/token', { json: { scopes, ...extra } });
      expect(answer.status).toBe(200);
      return (answer.json as { token: string }).token;
    },
    vendorCalls: () => proxy.calls(),
    async listen() {
      const server = serve({ fetch: proxy.app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
  };
  return harness;
}

/** An error answer in the contract's shape. */
export function expectError(answer: Answer, status: number, code: string): void {
  expect({
    status: answer.status,
    code: (answer.json as { error?: { code?: string } })?.error?.code,
  }).toEqual({
    status,
    code,
  });
}

/**
 * A request whose target is sent byte for byte (`fetch` and `Request` would resolve `..` and `\`
 * first), as an attacker's raw client would.
 */
export function rawRequest(
  baseUrl: string,
  target: string,
  headers: Record<string, string> = { 'x-convene-site': SITE, origin: ORIGIN },
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: hostname, port, path: target, method: 'GET', headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}
