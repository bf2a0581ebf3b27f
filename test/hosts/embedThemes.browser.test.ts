import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';

/** tokens.css: the background of a light and of a dark widget, as computed colours. */
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 24, 33)';
const HOST_SET = 'rgb(1, 2, 3)';

const added: Element[] = [];

/** The built dist/embed/convene.js, loaded as a page's <script> would run it. */
beforeAll(async () => {
  const script = document.createElement('script');
  script.textContent = await commands.readBuiltEmbed();
  document.head.append(script);
  expect(customElements.get('convene-poll-voter')).toBeDefined();
});

afterEach(async () => {
  for (const element of added.splice(0)) element.remove();
  await commands.emulateColorScheme('light');
});

function mountPoll(theme: string | null): HTMLElement {
  const element = document.createElement('convene-poll-voter');
  element.setAttribute('proxy-url', sandboxProxyUrl());
  element.setAttribute('site-key', 'pk_sandbox');
  element.setAttribute('poll', '1');
  if (theme !== null) element.setAttribute('theme', theme);
  document.body.append(element);
  added.push(element);
  return element;
}

async function widgetBackground(element: HTMLElement): Promise<string> {
  await expect.poll(() => element.shadowRoot?.querySelector('.convene')).toBeTruthy();
  return getComputedStyle(element.shadowRoot?.querySelector('.convene') as Element).backgroundColor;
}

describe('themes of the built script', () => {
  it.each([
    ['light', 'light', LIGHT],
    ['light', 'dark', LIGHT],
    ['dark', 'light', DARK],
    ['dark', 'dark', DARK],
    ['auto', 'light', LIGHT],
    ['auto', 'dark', DARK],
    [null, 'dark', DARK],
  ] as const)('theme=%s on an OS in %s mode paints the widget %s', async (theme, scheme, colour) => {
    await commands.emulateColorScheme(scheme);
    expect(await widgetBackground(mountPoll(theme))).toBe(colour);
  });

  it.each(['light', 'dark'] as const)(
    'a --convene-* value the host page sets on the element wins in %s',
    async (theme) => {
      const style = document.createElement('style');
      style.textContent = `convene-poll-voter { --convene-background: ${HOST_SET}; }`;
      document.head.append(style);
      added.push(style);
      expect(await widgetBackground(mountPoll(theme))).toBe(HOST_SET);
    },
  );
});
