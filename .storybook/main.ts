import type { StorybookConfig } from '@storybook/react-vite';
import { sandboxProxyPlugin } from '../test/sandboxProxyPlugin.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // `npm run storybook` serves the sandbox proxy on the same origin, so every story talks to real HTTP.
  viteFinal: async (viteConfig) => {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), sandboxProxyPlugin()];
    return viteConfig;
  },
};

export default config;
