import { screen, within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent as user } from 'vitest/browser';
import { registerConveneElements } from '../../src/embed/elements';
import {
  bookingCalls,
  resetSandbox,
  sandboxProxyUrl,
  simulatorCalls,
} from '../../src/widgets/booker/sandboxTesting';

/** What careless or hostile host pages do; none of it may reach into the widget. */
const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  * { all: unset; }
  body { display: block; color: rgb(255, 0, 0); letter-spacing: 6px; font-family: "Comic Sans MS", cursive; line-height: 3; }
  button { display: none !important; }
  div, span, p { color: rgb(0, 255, 0) !important; font-size: 30px !important; }
`;
const LONG = { timeout: 10_000 };

function addHostileCss(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  return style;
}

function mountBooker(): HTMLElement {
  const element = document.createElement('convene-booker');
  element.setAttribute('proxy-url', sandboxProxyUrl());
  element.setAttribute('site-key', 'pk_sandbox');
  element.setAttribute('event-type', '1');
  element.setAttribute('locale', 'en-GB');
  element.setAttribute('time-zone', 'Europe/Amsterdam');
  document.body.append(element);
  return element;
}

/** Queries inside the element's shadow root (Testing Library needs an element, not the root itself). */
const inside = (element: HTMLElement) =>
  within((element.shadowRoot as ShadowRoot).querySelector('.convene-embed-root') as HTMLElement);

function styleOf(element: Element) {
  const style = getComputedStyle(element);
  return {
    display: style.display,
    color: style.color,
    fontSize: style.fontSize,
    fontFamily: style.fontFamily,
    letterSpacing: style.letterSpacing,
    lineHeight: style.lineHeight,
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

beforeAll(() => registerConveneElements());
beforeEach(() => resetSandbox());
afterEach(() => {
  document.body.replaceChildren();
  for (const style of document.head.querySelectorAll('style[data-hostile]')) style.remove();
});

describe('<convene-booker> on a hostile page, script tag only', () => {
  it('books a slot and the page receives convene:booked on document', async () => {
    const hostile = addHostileCss();
    hostile.dataset.hostile = '';
    const booked = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('convene:booked', (event) => resolve(event as CustomEvent), { once: true }),
    );
    const element = mountBooker();
    const widget = inside(element);

    const [day] = await widget.findAllByRole('button', { name: /\d+ times? free/ }, LONG);
    await user.click(day as HTMLElement);
    const [time] = await widget.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / }, LONG);
    await user.click(time as HTMLElement);
    // Real input through the browser (CDP): focus inside a shadow root is the browser's business.
    await user.fill(await widget.findByRole('textbox', { name: 'Full name' }, LONG), 'Ada Lovelace');
    await user.fill(widget.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    const policy = widget.queryByRole('checkbox', { name: /cancellation policy/i });
    if (policy && !(policy as HTMLInputElement).checked) await user.click(policy);
    await user.click(widget.getByRole('button', { name: 'Book' }));

    expect(await widget.findByRole('heading', { name: 'You are booked' }, LONG)).toBeTruthy();
    const event = await booked;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toMatchObject({ eventType: { id: 1 } });
    expect(bookingCalls(await simulatorCalls())).toHaveLength(1);
  });

  it('keeps its computed styles whatever the host CSS, and leaves the host page’s alone', async () => {
    const hostParagraph = document.createElement('p');
    hostParagraph.textContent = 'Host text';
    document.body.append(hostParagraph);
    const hostBefore = styleOf(hostParagraph);

    const element = mountBooker();
    const widget = inside(element);
    const [day] = await widget.findAllByRole('button', { name: /\d+ times? free/ }, LONG);
    const heading = (element.shadowRoot as ShadowRoot).querySelector('.convene') as Element;
    await frame();
    const before = { day: styleOf(day as Element), root: styleOf(heading) };
    expect(styleOf(hostParagraph)).toEqual(hostBefore); // the widget leaked nothing into the page

    const hostile = addHostileCss();
    hostile.dataset.hostile = '';
    await frame();
    expect({ day: styleOf(day as Element), root: styleOf(heading) }).toEqual(before);
    expect(styleOf(day as Element).display).not.toBe('none');
    // Sizes come from --convene-font-size, not the host's root font size.
    expect(Number.parseFloat(before.root.fontSize)).toBeGreaterThanOrEqual(14);
    expect(screen.queryByText('Host text')).toBeTruthy();
  });

  it('two identical pickers on one page share one client and make one request per month', async () => {
    const requested: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('/availability/')) requested.push(url);
      return original(input, init);
    };
    try {
      const pickers = [0, 1].map(() => {
        const element = document.createElement('convene-availability-picker');
        element.setAttribute('proxy-url', sandboxProxyUrl());
        element.setAttribute('site-key', 'pk_sandbox');
        // A zone no earlier test used: the page-wide cache has nothing for these months yet.
        element.setAttribute('event-type', '2');
        element.setAttribute('time-zone', 'Asia/Tokyo');
        document.body.append(element);
        return element;
      });
      for (const picker of pickers)
        await inside(picker).findAllByRole('button', { name: /\d+ times? free/ }, LONG);
      await frame();
      expect(requested.length).toBeGreaterThan(0);
      expect(new Set(requested).size).toBe(requested.length);
    } finally {
      globalThis.fetch = original;
    }
  });
});
