import type { Plugin } from 'vite';
import { SANDBOX_PROXY_PATH } from './sandboxPath.ts';

/**
 * Mounts the real proxy, in sandbox mode, inside the Vite dev server that Storybook and the browser
 * tests run on. Stories then talk HTTP to the same proxy and simulators that `npm start` serves,
 * with no second process to start.
 */
export function sandboxProxyPlugin(): Plugin {
  return {
    name: 'convene-sandbox-proxy',
    async configureServer(server) {
      const { getRequestListener } = await import('@hono/node-server');
      const { createApp } = await import('../proxy/src/app.ts');
      const app = createApp({ sandbox: true });
      const listener = getRequestListener(app.fetch);
      server.middlewares.use(SANDBOX_PROXY_PATH, (req, res) => {
        void listener(req, res);
      });
    },
  };
}
