import type { Decorator, Preview } from '@storybook/react-vite';
import MockDate from 'mockdate';
import { ConveneProvider } from '../src/core/ConveneProvider';
import { loadCatalogs } from '../src/core/i18n/catalogStore';
import { createQueryClient } from '../src/core/queryClient';
import { FIXED_NOW } from '../test/clock';
import { SANDBOX_PROXY_PATH } from '../test/sandboxPath';

/**
 * Every story gets a provider pointed at the sandbox proxy served beside Storybook, and a fresh
 * query cache so that no story sees another's data.
 */
const withConvene: Decorator = (Story, context) => {
  // A story's loader may supply provider props that need a request first (a sandbox widget token).
  const convene = { ...context.parameters.convene, ...context.loaded?.convene } as Record<string, unknown>;
  return (
    <ConveneProvider
      proxyUrl={`${window.location.origin}${SANDBOX_PROXY_PATH}`}
      siteKey="pk_sandbox"
      locale={(convene.locale as string | undefined) ?? context.globals.locale ?? 'en'}
      timeZone={(convene.timeZone as string | undefined) ?? 'Europe/Amsterdam'}
      theme={(convene.theme as 'light' | 'dark' | undefined) ?? context.globals.theme ?? 'light'}
      queryClient={createQueryClient()}
      {...convene}
    >
      <Story />
    </ConveneProvider>
  );
};

const preview: Preview = {
  decorators: [withConvene],
  // Stories show widgets as a visitor sees them once their language has arrived: Dutch and French load on
  // first use (src/core/i18n/lazyCatalogs.test.tsx covers that moment), so they are fetched before rendering.
  //
  // Every story lives at the same instant, so what it shows (today's mark, past days, the free slots the
  // sandbox derives from its clock at reset) is the same every day. The clock is set in this project-level
  // loader because Storybook runs loaders (project, then component, then story) before any `beforeEach`:
  // a story's `resetSandbox()` loader must already send the fixed clock. The cleanup below puts it back.
  loaders: [
    async () => {
      MockDate.set(FIXED_NOW);
      await loadCatalogs(['nl', 'fr']);
      return {};
    },
  ],
  // The built Storybook (static files, no proxy process) runs the sandbox in the page; see .storybook/main.ts.
  beforeAll: async () => {
    if (import.meta.env.CONVENE_SANDBOX !== 'in-page') return;
    const { installInPageSandbox } = await import('./inPage/sandboxFetch');
    installInPageSandbox();
  },
  beforeEach: () => () => MockDate.reset(),
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { icon: 'globe', items: ['en', 'nl', 'fr'], dynamicTitle: true },
    },
    theme: {
      description: 'Theme of the widgets (a story that sets its own keeps it)',
      toolbar: { icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    // Every story is an accessibility test: a violation fails `npm test`.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
