import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { sandboxProxyPlugin } from '../test/sandboxProxyPlugin.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig, { configType }) => {
    if (configType === 'PRODUCTION') {
      // `npm run build-storybook` is published as plain files: the sandbox runs in the page
      // (.storybook/inPage/sandboxFetch.ts), with the memory store, so Redis's Node client stays out.
      const ioredis = fileURLToPath(new URL('./inPage/ioredis.ts', import.meta.url));
      viteConfig.resolve ??= {};
      const aliases = viteConfig.resolve.alias ?? [];
      viteConfig.resolve.alias = [
        ...(Array.isArray(aliases)
          ? aliases
          : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }))),
        { find: /^ioredis$/, replacement: ioredis },
      ];
      viteConfig.define = {
        ...viteConfig.define,
        'import.meta.env.CONVENE_SANDBOX': JSON.stringify('in-page'),
      };
      return viteConfig;
    }
    // `npm run storybook` and the story tests serve the sandbox proxy on the same origin, over real HTTP.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), sandboxProxyPlugin()];
    return viteConfig;
  },
};

export default config;
