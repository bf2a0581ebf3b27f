import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { BrowserCommand } from 'vitest/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The OS colour scheme the page sees (`prefers-color-scheme`), as a visitor's system setting would set it. */
const emulateColorScheme: BrowserCommand<['light' | 'dark']> = async (context, colorScheme) => {
  if (!('page' in context)) throw new Error('emulateColorScheme needs the Playwright provider');
  await context.page.emulateMedia({ colorScheme });
};

/** The built `dist/embed/convene.js` (test/hosts/buildEmbed.ts builds it first), as a page would load it. */
const readBuiltEmbed: BrowserCommand<[]> = async () =>
  readFile(path.join(root, 'dist/embed/convene.js'), 'utf8');

/**
 * Renders `test/hosts/serverMarkup.tsx` in Node, as a host's server would: no window, no navigator, the
 * server's own zone. The browser then hydrates this HTML as a visitor from elsewhere.
 */
const renderOnServer: BrowserCommand<[proxyUrl: string]> = async (_context, proxyUrl) => {
  // A Vite of its own, set up as an SSR app would be: React stays Node's react-dom/server, CSS is skipped.
  const server = await createServer({
    root,
    configFile: false,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const module = (await server.ssrLoadModule(
      '/test/hosts/serverMarkup.tsx',
    )) as typeof import('./serverMarkup');
    return module.renderServerMarkup(proxyUrl);
  } finally {
    await server.close();
  }
};

export const hostCommands = { emulateColorScheme, readBuiltEmbed, renderOnServer };

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: (colorScheme: 'light' | 'dark') => Promise<void>;
    readBuiltEmbed: () => Promise<string>;
    renderOnServer: (proxyUrl: string) => Promise<string>;
  }
}
