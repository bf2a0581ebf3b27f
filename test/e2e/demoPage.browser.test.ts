import { within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { demoPage } from '../../proxy/src/demo/page';
import { registerConveneElements } from '../../src/embed/elements';
import { resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';

const LONG = { timeout: 10_000 };

/** The demo's own markup and styles, with its widgets pointed at the sandbox beside the tests. */
function mountDemo(): void {
  const demo = new DOMParser().parseFromString(demoPage(), 'text/html');
  const style = document.createElement('style');
  style.dataset.demo = '';
  style.textContent = demo.querySelector('style')?.textContent ?? '';
  document.head.append(style);
  for (const script of demo.body.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(...[...demo.body.children].map((node) => document.importNode(node, true)));
  for (const widget of document.querySelectorAll('[proxy-url]')) {
    widget.setAttribute('proxy-url', sandboxProxyUrl());
    widget.setAttribute('locale', 'en-GB');
    widget.setAttribute('time-zone', 'Europe/Amsterdam');
  }
}

const shadow = (selector: string) => {
  const root = document.querySelector(selector)?.shadowRoot?.querySelector('.convene-embed-root');
  return within(root as HTMLElement);
};

beforeAll(() => registerConveneElements());
beforeEach(() => resetSandbox());
afterEach(async () => {
  document.body.replaceChildren();
  document.head.querySelector('style[data-demo]')?.remove();
  await page.viewport(1280, 800);
});

describe('the demo page on a phone', () => {
  it.each([320, 390])('does not scroll sideways at %i px, with every widget loaded', async (width) => {
    await page.viewport(width, 800);
    mountDemo();
    await shadow('convene-booker').findAllByRole('button', { name: /\d+ times? free/ }, LONG);
    await shadow('convene-poll-voter').findByRole('heading', { name: 'Team lunch' }, LONG);
    await shadow('convene-availability-picker').findAllByRole('columnheader', {}, LONG);
    expect(document.documentElement.clientWidth).toBe(width);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });
});
