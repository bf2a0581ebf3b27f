import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogValuesOnly } from './build/catalogValuesOnly.ts';
import { eagerDynamicImports } from './build/eagerDynamicImports.ts';
import { preactAliases } from './build/preactAliases.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The script-tag build: one self-contained file that registers the custom elements. It renders with
 * preact/compat instead of React (about a quarter of the size); the widgets' code is the same, and the
 * browser tests run against both builds. Styles are inlined into the shadow roots (see src/embed/styles.ts).
 */
export default defineConfig({
  plugins: [
    {
      // Side-effect `import './x.css'` would be injected into the host page's <head>, leaking our styles;
      // in this build the same files arrive as text through `?inline` and live only in shadow roots.
      name: 'convene-styles-only-in-shadow-roots',
      enforce: 'pre',
      load(id) {
        return /\.css$/.test(id) ? '' : undefined;
      },
    },
    eagerDynamicImports(),
    catalogValuesOnly(),
  ],
  resolve: { alias: preactAliases },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production JSX whatever NODE_ENV the builder runs under: the host tests build this file inside Vitest
  // (NODE_ENV=test), and would otherwise test a larger file with development JSX in it, not the one that ships.
  oxc: { jsx: { development: false } },
  build: {
    outDir: path.join(root, 'dist/embed'),
    emptyOutDir: true,
    // Every widget's CSS is already inlined as text; a separate stylesheet would be a second request.
    cssCodeSplit: false,
    lib: {
      entry: path.join(root, 'src/embed/script.ts'),
      formats: ['iife'],
      name: 'Convene',
      fileName: () => 'convene.js',
    },
    target: 'es2022',
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      onLog(level, log, handler) {
        // React Query marks its hooks 'use client'; in one script file for pages without React Server
        // Components that directive means nothing, and dropping it is right, not worth a warning per file.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
