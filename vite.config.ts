import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { preactAliases } from './build/preactAliases.ts';
import { useClientDirective } from './build/useClientDirective.ts';
import { CHROMIUM_ARGS, resolveChromium } from './test/chromium.ts';
import { hostCommands } from './test/hosts/commands.ts';
import { sandboxProxyPlugin } from './test/sandboxProxyPlugin.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The two entries at the top of dist (package.json `exports`), every other module under dist/lib by its
 * source path. A stylesheet imported as text (`x.css?inline`, the embed's shadow-root styles) becomes
 * `x.css.inline.js`, so it never takes the name of the component beside it (Booker.tsx vs booker.css).
 */
function libraryFileName(chunk: { isEntry: boolean; name: string; facadeModuleId: string | null }): string {
  if (chunk.isEntry && ['index', 'embed'].includes(chunk.name)) return '[name].js';
  const [source, query] = chunk.facadeModuleId?.split('?') ?? [];
  if (source?.startsWith(root)) {
    const relative = path.relative(root, source).replace(/\.(tsx?|jsx?)$/, '');
    return `lib/${relative}${query === 'inline' ? '.inline' : ''}.js`;
  }
  return 'lib/[name].js';
}

export default defineConfig(async ({ command }): Promise<ViteUserConfig> => {
  // Only tests need a browser; `vite build` must not unpack one.
  const needsBrowser = command === 'serve' && process.env.VITEST !== undefined;
  const executablePath = needsBrowser ? await resolveChromium() : undefined;
  // A fresh object per project: Vitest writes into `instances`, so sharing one breaks the second project.
  const browser = (contextOptions?: { locale: string; timezoneId: string }) =>
    executablePath
      ? {
          enabled: true,
          headless: true,
          provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS }, contextOptions }),
          instances: [{ browser: 'chromium' as const }],
        }
      : undefined;

  return {
    plugins: [react(), useClientDirective()],
    build: {
      // Readable output: hosts minify their own bundles, and DevTools and stack traces keep our names.
      minify: false,
      lib: {
        entry: {
          index: path.join(root, 'src/index.ts'),
          embed: path.join(root, 'src/embed/index.ts'),
        },
        formats: ['es'],
      },
      cssCodeSplit: false,
      sourcemap: true,
      rolldownOptions: {
        // The runtime and our dependencies stay imports, so the host app dedupes and tree-shakes them.
        external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^ofetch($|\/)/],
        output: {
          // One file per source module: `'use client'` then marks exactly the modules that need React (see
          // build/useClientDirective.ts), hosts tree-shake per module, and the Dutch and French catalogs stay
          // the separate files their dynamic imports point to.
          preserveModules: true,
          preserveModulesRoot: root,
          entryFileNames: libraryFileName,
          assetFileNames: (asset: { names?: readonly string[] }) =>
            asset.names?.[0]?.endsWith('.css') ? 'style.css' : '[name][extname]',
        },
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'happy-dom',
            include: ['src/**/*.test.{ts,tsx}', 'test/ssr/**/*.test.tsx'],
            setupFiles: ['test/setupUnit.ts'],
            // CI runs this project seven times (shifted clocks and zones) on two cores; a render-heavy flow
            // can take longer than Vitest's 5 s default there without anything being wrong.
            testTimeout: 15_000,
            // The embed's stylesheet text (`?inline`) is under test; Vitest skips CSS unless told. Only that:
            // the widgets' stylesheets applied in happy-dom slow every role query and test nothing real.
            css: { include: [/[?&]inline\b/] },
            exclude: ['src/**/*.browser.test.{ts,tsx}'],
          },
        },
        {
          extends: true,
          test: {
            name: 'proxy',
            environment: 'node',
            include: [
              'proxy/**/*.test.ts',
              'test/proxy/**/*.test.ts',
              'test/docs/**/*.test.ts',
              'bench/**/*.test.ts',
            ],
            testTimeout: 20_000,
          },
        },
        {
          // The demo page as it ships (the built script, every widget) under axe, driven by Playwright from Node.
          extends: true,
          test: {
            name: 'demo',
            environment: 'node',
            include: ['test/demo/**/*.test.ts'],
            globalSetup: ['test/hosts/buildEmbed.ts'],
            // Three languages, each loaded, checked, then a day opened and checked again, per width and theme.
            testTimeout: 240_000,
            hookTimeout: 60_000,
          },
        },
        {
          // Every story is a browser test (its play function and an axe check), against the sandbox proxy.
          extends: true,
          plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
          // One file at a time: stories share one sandbox, and a fault or a booking must not leak into another.
          test: { name: 'browser', browser: browser(), testTimeout: 30_000, fileParallelism: false },
        },
        {
          // Every story again in dark, Dutch and French, under axe (test/a11y/storyVariants.browser.test.tsx).
          extends: true,
          plugins: [sandboxProxyPlugin()],
          test: {
            name: 'browser-story-variants',
            include: ['test/a11y/**/*.browser.test.{ts,tsx}'],
            browser: browser(),
            testTimeout: 30_000,
            fileParallelism: false,
          },
        },
        {
          // End-to-end flows in the same real Chromium, talking to the sandbox proxy over HTTP.
          extends: true,
          plugins: [sandboxProxyPlugin()],
          test: {
            name: 'browser-e2e',
            include: ['src/**/*.browser.test.{ts,tsx}', 'test/e2e/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setupBrowserClock.ts'],
            browser: browser(),
            testTimeout: 30_000,
            fileParallelism: false,
          },
        },
        {
          // The embed flows again, on preact/compat as the script build ships them.
          extends: true,
          plugins: [sandboxProxyPlugin()],
          resolve: { alias: preactAliases },
          test: {
            name: 'browser-embed-preact',
            include: ['test/e2e/embed*.browser.test.{ts,tsx}'],
            setupFiles: ['test/setupBrowserClock.ts'],
            browser: browser(),
            testTimeout: 30_000,
            fileParallelism: false,
          },
        },
        {
          // The widgets on other people's pages: server HTML hydrated by a visitor from elsewhere (a French
          // browser in New York), the built script's themes, host CSS frameworks around the React build.
          extends: true,
          plugins: [sandboxProxyPlugin()],
          test: {
            name: 'browser-hosts',
            include: ['test/hosts/**/*.browser.test.{ts,tsx}'],
            globalSetup: ['test/hosts/buildEmbed.ts'],
            setupFiles: ['test/setupBrowserClock.ts'],
            browser: {
              ...browser({ locale: 'fr-FR', timezoneId: 'America/New_York' }),
              commands: hostCommands,
            },
            testTimeout: 30_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
