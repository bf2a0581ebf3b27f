import type { Plugin } from 'vite';
import { SANDBOX_PROXY_PATH } from './sandboxPath.ts';

type SandboxModule = typeof import('../proxy/src/sandbox/index.ts');
type RuntimeModule = typeof import('../proxy/src/nodeRuntime.ts');

/**
 * Mounts the real proxy, in sandbox mode, inside the Vite dev server that Storybook and the browser
 * tests run on. Stories then talk HTTP to the same proxy and simulators that `npm start` serves,
 * with no second process to start. The proxy is loaded with tsx at server start, as `npm start`
 * runs it, rather than through whichever loader reads this config (Storybook's is plain Node ESM).
 */
export function sandboxProxyPlugin(): Plugin {
  return {
    name: 'convene-sandbox-proxy',
    async configureServer(server) {
      const { getRequestListener } = await import('@hono/node-server');
      const { tsImport } = await import('tsx/esm/api');
      const proxyEntry = new URL('../proxy/src/', import.meta.url);
      const sandbox = (await tsImport(
        new URL('sandbox/index.ts', proxyEntry).href,
        import.meta.url,
      )) as SandboxModule;
      const runtime = (await tsImport(
        new URL('nodeRuntime.ts', proxyEntry).href,
        import.meta.url,
      )) as RuntimeModule;
      // Request logs would bury the test output; CONVENE_LOG=1 shows them when debugging a story.
      const logWrite = process.env.CONVENE_LOG ? undefined : () => {};
      const { app } = sandbox.createSandboxProxy({ connectionIp: runtime.nodeConnectionIp, logWrite });
      const listener = getRequestListener(app.fetch);
      server.middlewares.use(SANDBOX_PROXY_PATH, (req, res) => {
        void listener(req, res);
      });
    },
  };
}
