import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import bootstrapCss from 'bootstrap/dist/css/bootstrap.min.css?inline';
import tailwindPreflightCss from 'tailwindcss/preflight.css?inline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { createQueryClient } from '../../src/core/queryClient';
import { AvailabilityPicker } from '../../src/widgets/availability-picker/AvailabilityPicker';
import { firstFreeSlot, resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';
import { BookingForm } from '../../src/widgets/booking-form/BookingForm';
import { PollVoter } from '../../src/widgets/poll-voter/PollVoter';

const LONG = { timeout: 10_000 };

/** What a host's stylesheet can change on an element that the widget's look depends on. */
const PROPERTIES = [
  'display',
  'box-sizing',
  'width',
  'height',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'background-color',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-left-width',
  'border-radius',
  'list-style-type',
  'vertical-align',
  'appearance',
  'cursor',
] as const;

/** The elements a visitor sees and uses: headings, day and time buttons, form fields, the comment list. */
function watchedElements(): Record<string, Element> {
  const picker = document.querySelector('[data-convene-widget="availability-picker"]') as HTMLElement;
  const poll = document.querySelector('[data-convene-widget="poll-voter"]') as HTMLElement;
  const form = document.querySelector('[data-convene-widget="booking-form"]') as HTMLElement;
  const one = (root: ParentNode, selector: string) => {
    const element = root.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  return {
    'picker heading': one(picker, 'h2'),
    'month heading': one(picker, 'h3'),
    'day button': one(picker, '.convene-picker-day[data-free]'),
    'time list': one(picker, '.convene-picker-slot-list'),
    'time button': one(picker, '.convene-picker-slot'),
    'poll heading': one(poll, 'h2'),
    'comment heading': one(poll, '.convene-poll-comments h3'),
    'comment list': one(poll, '.convene-poll-comments ul'),
    comment: one(poll, '.convene-poll-comments li'),
    'email input': one(poll, 'input[type="email"]'),
    'comment textarea': one(poll, 'textarea'),
    'secondary button': one(poll, '.convene-button[data-variant="secondary"]'),
    'form text input': one(form, 'input[type="text"]'),
    'form select': one(form, 'select'),
    'form checkbox': one(form, 'input[type="checkbox"]'),
    'form radio': one(form, 'input[type="radio"]'),
    'form legend': one(form, 'legend'),
    'form label': one(form, 'label'),
    'submit button': one(form, '.convene-button[data-variant="primary"]'),
  };
}

function computedStyles(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(watchedElements()).map(([name, element]) => {
      const style = getComputedStyle(element);
      const values = Object.fromEntries(
        PROPERTIES.map((property) => [property, style.getPropertyValue(property)]),
      );
      // A border of width 0 draws nothing, whatever its style (Tailwind sets `border: 0 solid` everywhere).
      if (values['border-top-width'] === '0px') values['border-top-style'] = 'none';
      return [name, values];
    }),
  );
}

function withHostCss<T>(css: string, measure: () => T): T {
  const style = document.createElement('style');
  style.textContent = css;
  // Last in <head>: the host's stylesheet comes after ours and wins every tie of specificity.
  document.head.append(style);
  try {
    return measure();
  } finally {
    style.remove();
  }
}

beforeEach(async () => {
  await resetSandbox();
  sessionStorage.clear();
});
afterEach(cleanup);

describe('the React widgets on pages with a CSS framework', () => {
  it('keep every watched style on Bootstrap 5 and under Tailwind’s preflight', async () => {
    const slot = await firstFreeSlot(2, { timeZone: 'Europe/Amsterdam', durationMinutes: 30 });
    render(
      <ConveneProvider
        proxyUrl={sandboxProxyUrl()}
        siteKey="pk_sandbox"
        locale="en-GB"
        timeZone="Europe/Amsterdam"
        theme="light"
        queryClient={createQueryClient()}
      >
        <AvailabilityPicker eventTypeId={1} />
        <PollVoter poll={1} />
        <BookingForm eventTypeId={2} slot={slot} />
      </ConveneProvider>,
    );
    await expect.poll(() => document.querySelector('.convene-picker-day[data-free]'), LONG).toBeTruthy();
    await userEvent.click(document.querySelector('.convene-picker-day[data-free]') as HTMLElement);
    await screen.findByRole('heading', { name: 'Comments' }, LONG);
    await expect.poll(() => document.querySelector('.convene-picker-slot'), LONG).toBeTruthy();
    await expect
      .poll(() => document.querySelector('[data-convene-widget="booking-form"] select'), LONG)
      .toBeTruthy();

    const bare = computedStyles();
    expect(withHostCss(bootstrapCss, computedStyles)).toEqual(bare);
    expect(withHostCss(tailwindPreflightCss, computedStyles)).toEqual(bare);
  });

  it.each(['light', 'dark'] as const)(
    'let the host’s own --convene-* values win in the %s theme, wherever its CSS is loaded',
    async (theme) => {
      const hostTheme = document.createElement('style');
      hostTheme.textContent = '.convene { --convene-background: rgb(1, 2, 3); }';
      // Before ours: a host whose stylesheet comes first must still win, so our defaults weigh nothing.
      document.head.prepend(hostTheme);
      try {
        render(
          <ConveneProvider proxyUrl={sandboxProxyUrl()} siteKey="pk_sandbox" locale="en-GB" theme={theme}>
            <PollVoter poll={1} />
          </ConveneProvider>,
        );
        const widget = await screen.findByRole('heading', { level: 2 }, LONG);
        expect(getComputedStyle(widget.closest('.convene') as Element).backgroundColor).toBe('rgb(1, 2, 3)');
      } finally {
        hostTheme.remove();
      }
    },
  );
});
