import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';
import { afterAll } from 'vitest';
import { createRedisStore, type Store } from '../proxy/src/store';

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a throw-away `redis-server` on a free loopback port (no persistence), or resolves
 * `undefined` when redis-server is not installed, so Redis tests can `describe.skipIf(!redis)`.
 */
export async function startRedis(): Promise<RunningRedis | undefined> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore', env: withoutFakeClock(process.env) },
  );
  // Not `events.once`: it rejects on 'error', and ENOENT (not installed) is an answer here, not a failure.
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return undefined; // callers print which suite is skipped (noteSkippedWithoutRedis)
  await waitForPong(port, child);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * CI reruns the suites under a shifted clock with libfaketime (`.ci/run`), which crashes redis-server
 * at start. The server keeps the machine's clock, as a real Redis host would: the store only hands it
 * relative TTLs, so the shifted date still reaches every line of ours.
 */
function withoutFakeClock(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LD_PRELOAD, FAKETIME, FAKETIME_DONT_FAKE_MONOTONIC, ...rest } = env;
  return rest;
}

/** Prints why a Redis suite is skipped, so a green run without Redis is not mistaken for coverage. */
export function noteSkippedWithoutRedis(suite: string, redis: RunningRedis | undefined): void {
  // CI installs redis-server, so there a missing server is a failure, never a silent skip.
  if (!redis && process.env.CI) throw new Error(`redis-server is required in CI for "${suite}"`);
  if (!redis) {
    console.warn(
      `[test/redis] SKIPPING "${suite}": redis-server is not installed (apt-get install redis-server)`,
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForPong(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not answer PING within 10 s');
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface RedisSuite {
  redis: RunningRedis | undefined;
  /** A new client on the suite's server, as a second proxy instance would open; closed after the file. */
  openStore(): Store;
}

/** One throw-away Redis per test file, with its clients and server stopped after the file. */
export async function redisForSuite(suite: string): Promise<RedisSuite> {
  const redis = await startRedis();
  noteSkippedWithoutRedis(suite, redis);
  const opened: Store[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await redis?.stop();
  });
  return {
    redis,
    openStore() {
      if (!redis) throw new Error('redis not running');
      const store = createRedisStore(redis.url);
      opened.push(store);
      return store;
    },
  };
}
