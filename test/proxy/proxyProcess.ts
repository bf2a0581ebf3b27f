import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createSimplymeetSimulator } from '../../proxy/src/sandbox/simplymeet';

/** The proxy as an operator runs it: the real Node entry, a config file, its own process. */
const root = path.resolve(import.meta.dirname, '../..');

export interface StandIn {
  url: string;
  apiKey: string;
  bookingsReceived: () => number;
  close(): void;
}

/**
 * The SimplyMeet simulator over real HTTP, outside any proxy process, so it outlives a proxy restart.
 * `bookingDelayMs` keeps bookings in flight (a SIGTERM test).
 */
export async function startStandInVendor(bookingDelayMs = 0): Promise<StandIn> {
  const simulator = createSimplymeetSimulator();
  let bookings = 0;
  const server = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: async (request) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/panel/api/event') {
        bookings += 1;
        await new Promise((resolve) => setTimeout(resolve, bookingDelayMs));
      }
      return simulator.app.fetch(request);
    },
  });
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey: simulator.credentials.apiKey as string,
    bookingsReceived: () => bookings,
    close: () => server.close(),
  };
}

/** Free slots of event type 1 as the stand-in vendor shows them ("Y-m-d H:i:s", Amsterdam wall clock). */
export async function freeSlots(vendor: StandIn): Promise<string[]> {
  const start = new Date();
  const end = new Date(start.getTime() + 40 * 24 * 3600 * 1000);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const answer = await fetch(
    `${vendor.url}/panel/api/event-type/availability/1?startDate=${iso(start)}&endDate=${iso(end)}&timezone=Europe%2FAmsterdam`,
    { headers: { 'x-api-key': vendor.apiKey } },
  );
  const days = (await answer.json()) as { date: string; hours: { start: string; available: boolean }[] }[];
  return days.flatMap((day) =>
    day.hours.filter((hour) => hour.available).map((hour) => `${day.date} ${hour.start}:00`),
  );
}

export interface ProxyProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Writes `config` to a file and starts `proxy/src/node.ts` on it (any free port); resolves once it listens. */
export function startProxyProcess(config: unknown, env: Record<string, string> = {}): Promise<ProxyProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'convene-proxy-'));
  const configPath = path.join(dir, 'convene.config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const child = spawn(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, CONVENE_CONFIG: configPath, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`proxy did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    });
    child.once('exit', (code) => reject(new Error(`proxy exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM, as an orchestrator stops an instance; resolves with the exit code. */
export async function stopProxyProcess(proxy: ProxyProcess): Promise<number | null> {
  const exited = once(proxy.child, 'exit');
  proxy.child.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}
