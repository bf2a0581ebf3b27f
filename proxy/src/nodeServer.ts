import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';

/** A body left unread after an early answer is read and dropped up to this size; above it, the connection closes. */
export const DRAIN_LIMIT_BYTES = 64 * 1024;
/** How long requests in flight may take to finish after SIGTERM (orchestrators usually wait 30 s). */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

type Fetch = (request: Request, env: { incoming: IncomingMessage; outgoing: ServerResponse }) => unknown;

export interface NodeServerOptions {
  fetch: Fetch;
  port: number;
  hostname: string;
  shutdownTimeoutMs?: number | undefined;
  /** Called once shutdown starts: the app's `/readyz` answers 503 from then on. */
  onDrainStart?: (() => void) | undefined;
  /** Called after the last request finished or the deadline passed: close Redis here. */
  onClosed?: (() => Promise<void>) | undefined;
}

export interface NodeServer {
  server: Server;
  url: string;
  /** Requests being answered right now. */
  inFlight(): number;
  /** Stops accepting, lets requests in flight finish (up to the deadline), then closes. Idempotent. */
  shutdown(): Promise<{ finished: boolean }>;
}

/**
 * The proxy on Node's HTTP server, made safe for load balancers that pool connections:
 *
 * - An answer given before the request body was read (413, 415, 401, 403, 404, 429 on a POST) would leave
 *   the unread bytes on the socket, where they are parsed as the next request of the next visitor. A small
 *   declared body is read and dropped; anything else gets `Connection: close`, so the client opens a new
 *   connection instead of reusing a broken one.
 * - `shutdown()` (SIGTERM) stops accepting connections, answers requests in flight with
 *   `Connection: close` so keep-alive clients move to another instance, waits for them, and only then
 *   closes the store and lets the process exit.
 */
export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const listener = getRequestListener(options.fetch as Parameters<typeof getRequestListener>[0]);
  let active = 0;
  let draining = false;
  let idle: (() => void) | undefined;

  const server = createServer((req, res) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) idle?.();
    });
    guardConnection(req, res, () => draining);
    void listener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<{ finished: boolean }> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      draining = true;
      options.onDrainStart?.();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
      const finished = await new Promise<boolean>((resolve) => {
        if (active === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), deadline);
        idle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      server.closeAllConnections();
      await closed;
      await options.onClosed?.();
      return { finished };
    })();
    return stopping;
  };

  return { server, url: `http://${options.hostname}:${port}`, inFlight: () => active, shutdown };
}

function guardConnection(req: IncomingMessage, res: ServerResponse, draining: () => boolean): void {
  const writeHead = res.writeHead;
  res.writeHead = function guardedWriteHead(this: ServerResponse, ...args: unknown[]) {
    if (draining()) {
      this.setHeader('Connection', 'close');
    } else if (!req.complete) {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared <= DRAIN_LIMIT_BYTES) {
        // Read what is left and drop it, so the socket is clean for the next request.
        this.once('finish', () => req.resume());
      } else {
        this.setHeader('Connection', 'close');
      }
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}
