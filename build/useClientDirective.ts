import type { Plugin } from 'vite';

/** Modules that render or use React state; only these are client modules in a React Server Components app. */
const REACT_IMPORT = /^\s*import\s[^;]*?\sfrom\s*["'](react|react\/jsx-runtime|react-dom)["']/m;

/**
 * Puts `'use client'` at the top of every output module that imports React, so a Next.js App Router page (a
 * server component) can render `<ConveneProvider><Booker/></ConveneProvider>` by plain import, while modules
 * without React (query option factories, the client, errors, locales) stay callable from server code.
 * Bundlers drop module-level directives when they merge modules, so this runs on the output, one module per
 * file (`preserveModules`): a directive is true of a whole file, and a file here is exactly one source module.
 */
export function useClientDirective(): Plugin {
  return {
    name: 'convene-use-client-directive',
    apply: 'build',
    renderChunk(code) {
      if (!REACT_IMPORT.test(code) || code.startsWith('"use client"')) return null;
      return { code: `"use client";\n${code}`, map: null };
    },
  };
}
