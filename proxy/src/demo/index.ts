import { Hono } from 'hono';
import { demoPage } from './page';

export interface DemoOptions {
  /** The script build (`dist/embed/convene.js`); injected so this file stays free of runtime APIs. */
  loadScript?: () => Promise<string | undefined>;
}

/** The demo site served at /demo in sandbox mode. */
export function demoRoutes(options: DemoOptions = {}): Hono {
  const app = new Hono();
  app.get('/', (c) => c.html(demoPage()));
  app.get('/convene.js', async (c) => {
    const script = await options.loadScript?.();
    if (!script) {
      return c.text('// The embed build is missing: run `npm run build` (npm start does it for you).', 404);
    }
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'no-cache');
    return c.body(script);
  });
  return app;
}
