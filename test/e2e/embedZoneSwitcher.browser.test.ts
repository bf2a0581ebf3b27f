import { within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { userEvent as user } from 'vitest/browser';
import { registerConveneElements } from '../../src/embed/elements';
import { resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';

const LONG = { timeout: 10_000 };

beforeAll(() => registerConveneElements());
beforeEach(() => resetSandbox());
afterEach(() => document.body.replaceChildren());

/**
 * In the script build `autoFocus` does nothing (preact/compat renders a plain attribute, which browsers honour
 * only at page load), so the search box must take focus by script, inside the shadow root.
 */
it('moves focus into the zone search on open and back to the button on Escape, inside the shadow root', async () => {
  const element = document.createElement('convene-availability-picker');
  element.setAttribute('proxy-url', sandboxProxyUrl());
  element.setAttribute('site-key', 'pk_sandbox');
  element.setAttribute('event-type', '1');
  element.setAttribute('locale', 'en-GB');
  element.setAttribute('time-zone', 'Europe/Amsterdam');
  document.body.append(element);
  const root = element.shadowRoot as ShadowRoot;
  const widget = within(root.querySelector('.convene-embed-root') as HTMLElement);

  await widget.findAllByRole('button', { name: /\d+ times? free/ }, LONG);
  const trigger = widget.getByRole('button', { name: 'Amsterdam time (UTC+1)' });
  await user.click(trigger);
  const search = await widget.findByRole('combobox', { name: 'Search time zones' });
  await expect.poll(() => root.activeElement).toBe(search);

  await user.keyboard('Kyiv');
  expect(widget.getAllByRole('option')[0]?.textContent).toMatch(/^Kyiv/);
  await user.keyboard('{Escape}');
  expect(widget.queryByRole('listbox')).toBeNull();
  expect(root.activeElement).toBe(trigger);
});
