import { serve } from '@hono/node-server';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 8787);
const app = createApp({ sandbox: true });

serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  const base = `http://localhost:${info.port}`;
  process.stdout.write(`Convene proxy (sandbox mode) listening on ${base}\n  health: ${base}/healthz\n`);
});
