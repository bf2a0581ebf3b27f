import { composeStories } from '@storybook/react-vite';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview';

/**
 * Every story again, in the theme and languages that `npm test`'s story run (English, light, through each
 * play function) does not show: Dutch in dark and French in light, as the story renders once its data has
 * arrived. Play functions find controls by their English names, so they cannot drive the other languages;
 * the stories named Dark and Dutch take their play functions through those. So each story is checked in
 * light and dark, and in English, Dutch and French, by axe-core with its default rules (best practices
 * included) but `region`, which only makes sense for a whole page (test/demo/demoAxe.test.ts checks it
 * there). A story that sets its own theme or language keeps it.
 */
type StoriesModule = Parameters<typeof composeStories>[0];

const modules = import.meta.glob<StoriesModule>('../../stories/*.stories.tsx', { eager: true });

const VARIANTS = [
  { locale: 'nl', theme: 'dark' },
  { locale: 'fr', theme: 'light' },
] as const;

/** The same stories without their play functions: what a visitor sees on arrival. */
function withoutPlay(module: StoriesModule): StoriesModule {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) =>
      name === 'default' || typeof value !== 'object' || value === null
        ? [name, value]
        : [name, { ...value, play: undefined }],
    ),
  ) as StoriesModule;
}

/**
 * Waits until no widget says it is busy (data or a language still loading). A story that shows a loading
 * state on purpose stays busy: after a while it is checked as it is.
 */
async function settled(): Promise<void> {
  const deadline = Date.now() + 5_000;
  let quiet = 0;
  while (Date.now() < deadline && quiet < 3) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    quiet = document.querySelector('[aria-busy="true"]') ? 0 : quiet + 1;
  }
}

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('../../stories/', ''), () => {
    for (const variant of VARIANTS) {
      const stories = composeStories(withoutPlay(module), {
        ...preview,
        initialGlobals: { ...preview.initialGlobals, locale: variant.locale, theme: variant.theme },
      });
      for (const [name, Story] of Object.entries(stories) as [string, { run: () => Promise<void> }][]) {
        it(`${name} in ${variant.locale}, ${variant.theme}`, async () => {
          await Story.run();
          await settled();
          expect(await violations()).toEqual([]);
        });
      }
    }
  });
}
