import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Booker } from '../../widgets/booker/Booker';
import { fakeConvene } from '../../widgets/booking-form/testSupport';
import { createTranslator } from './catalog';
import { catalogsReady, lazyCatalogs, loadCatalogs } from './catalogStore';

// One test file = one module state: the first test meets Dutch not yet loaded, as a first visit does.
describe('Dutch and French strings, loaded on first use', () => {
  it('server-renders "Laden…" for a Dutch page, hydrates it without a mismatch, then shows Dutch, never English', async () => {
    const { wrapper: Wrapper } = fakeConvene({}, { locale: { catalog: 'nl', intl: 'nl-NL' } });
    const page = (
      <Wrapper>
        <Booker eventType={2} initialMonth="2026-12" />
      </Wrapper>
    );
    expect(catalogsReady('nl')).toBe(false);
    const html = renderToString(page);
    expect(html).toContain('Laden…');
    expect(html).not.toMatch(/Loading|Step 1/);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, page, { onRecoverableError }));

    expect(await screen.findByRole('region', { name: 'Stap 1 van 2: kies een tijd' })).toBeTruthy();
    expect(container.textContent).not.toMatch(/Loading|Step 1|Choose/);
    expect(onRecoverableError).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('shows English rather than loading forever when a language cannot be fetched', async () => {
    const group = lazyCatalogs<'greeting'>(
      { greeting: 'Hello' },
      { nl: async () => ({ greeting: 'Hallo' }), fr: () => Promise.reject(new Error('offline')) },
    );
    expect(catalogsReady('fr')).toBe(false);
    await loadCatalogs(['fr']);
    expect(catalogsReady('fr')).toBe(true);
    expect(createTranslator(group, { catalog: 'fr', intl: 'fr' })('greeting')).toBe('Hello');
    await loadCatalogs(['nl']);
    expect(createTranslator(group, { catalog: 'nl', intl: 'nl' })('greeting')).toBe('Hallo');
  });
});
