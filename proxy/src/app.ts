import { Hono } from 'hono';

export interface AppOptions {
  /** True when the built-in simulators stand in for the vendors (no credentials configured). */
  sandbox: boolean;
}

/** The whole proxy as a Hono app, with no runtime code: Node, Workers, Bun and Deno all mount this. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok', sandbox: options.sandbox }));
  return app;
}
