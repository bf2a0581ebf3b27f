import { screen } from '@testing-library/dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { createQueryClient } from '../../src/core/queryClient';
import { resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';
import { HostedWidgets } from './HostedWidgets';

const LONG = { timeout: 10_000 };
let root: Root | undefined;
let container: HTMLElement | undefined;

beforeEach(() => resetSandbox());
afterEach(() => {
  root?.unmount();
  container?.remove();
});

/**
 * This browser is a French visitor in New York (vite.config.ts, project browser-hosts); the server is
 * Node with no browser at all. A host page that gives no locale or zone must hydrate without a single
 * mismatch, then speak French in New York time.
 */
describe('server-rendered widgets hydrating for a visitor from elsewhere', () => {
  it('hydrate without a recoverable error, then follow the visitor’s language and zone', async () => {
    expect(navigator.language).toBe('fr-FR');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    const proxyUrl = sandboxProxyUrl();
    const html = await commands.renderOnServer(proxyUrl);
    expect(html).toContain('lang="en"');
    expect(html).toContain('UTC');

    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    root = hydrateRoot(container, <HostedWidgets proxyUrl={proxyUrl} queryClient={createQueryClient()} />, {
      onRecoverableError: (error) => errors.push(error),
    });

    // After hydration: the visitor's language on every widget, times in the visitor's zone, real data.
    const languages = () =>
      [...(container as HTMLElement).querySelectorAll('.convene')].map((el) => el.getAttribute('lang'));
    await expect.poll(() => new Set(languages()), LONG).toEqual(new Set(['fr-FR']));
    expect((await screen.findAllByText(/New York/, {}, LONG)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
