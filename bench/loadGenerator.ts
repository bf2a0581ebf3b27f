import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers: each one makes the figure suspect. */
  failures: number;
}

export interface Load {
  url: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
}

const autocannonBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')),
  'autocannon.js',
);

/** autocannon's CLI in its own process, so the load generator never shares an event loop with a server. */
export function runLoad({ url, headers, seconds, connections }: Load): Promise<LoadResult> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const args = [
    autocannonBin,
    '--json',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    ...headerArgs,
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const result = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      resolve({
        rps: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        failures: result.errors + result.timeouts + result.non2xx,
      });
    });
  });
}
