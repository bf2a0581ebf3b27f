import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStandInSimplymeet } from '../production/standInSimplymeet';

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
  const vendor = await startStandInSimplymeet();
  vendor.holdBookingsMs = bookingDelayMs;
  return {
    url: vendor.url,
    apiKey: vendor.apiKey,
    bookingsReceived: () =>
      vendor.calls.filter((call) => call.method === 'POST' && call.path === '/panel/api/event').length,
    close: () => vendor.close(),
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
  exited: Promise<number | null>;
}

/** Starts a proxy command and resolves once it prints "listening on <url>"; rejects if it exits first. */
export function spawnListening(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProxyProcess> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the proxy did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output, exited });
      }
    });
    void exited.then((code) => reject(new Error(`the proxy exited with ${code}:\n${output}`)));
  });
}

/** Writes `config` to a file and starts `proxy/src/node.ts` on it (any free port); resolves once it listens. */
export function startProxyProcess(config: unknown, env: Record<string, string> = {}): Promise<ProxyProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'convene-proxy-'));
  const configPath = path.join(dir, 'convene.config.json');
  writeFileSync(configPath, JSON.stringify(config));
  return spawnListening(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, CONVENE_CONFIG: configPath, PORT: '0', ...env },
  });
}

/** SIGTERM, as an orchestrator stops an instance; resolves with the exit code. */
export async function stopProxyProcess(proxy: ProxyProcess): Promise<number | null> {
  proxy.child.kill('SIGTERM');
  return proxy.exited;
}
