import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConveneProvider } from './ConveneProvider';
import { useConvene } from './context';

function Probe() {
  const { proxyUrl, siteKey, locale, timeZone, theme } = useConvene();
  return <output>{JSON.stringify({ proxyUrl, siteKey, locale, timeZone, theme })}</output>;
}

function provided() {
  return JSON.parse(screen.getByRole('status').textContent ?? '{}');
}

describe('ConveneProvider', () => {
  it('provides the proxy, site, locale, zone and theme it was given', () => {
    render(
      <ConveneProvider
        proxyUrl="https://proxy.example/"
        siteKey="pk_live_1"
        locale="nl-BE"
        timeZone="Asia/Kolkata"
        theme="dark"
      >
        <Probe />
      </ConveneProvider>,
    );
    expect(provided()).toEqual({
      proxyUrl: 'https://proxy.example',
      siteKey: 'pk_live_1',
      locale: { catalog: 'nl', intl: 'nl-BE' },
      timeZone: 'Asia/Kolkata',
      theme: 'dark',
    });
  });

  it('falls back to the browser zone when given a zone that does not exist', () => {
    render(
      <ConveneProvider proxyUrl="https://p" siteKey="pk" timeZone="Mars/Olympus_Mons">
        <Probe />
      </ConveneProvider>,
    );
    expect(provided().timeZone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('speaks the browser’s language from the first render, and follows when the visitor changes it', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-BE', 'en']);
    try {
      render(
        <ConveneProvider proxyUrl="https://p" siteKey="pk">
          <Probe />
        </ConveneProvider>,
      );
      expect(provided().locale).toEqual({ catalog: 'fr', intl: 'fr-BE' });
      languages.mockReturnValue(['nl-NL']);
      act(() => {
        window.dispatchEvent(new Event('languagechange'));
      });
      expect(provided().locale).toEqual({ catalog: 'nl', intl: 'nl-NL' });
    } finally {
      languages.mockRestore();
    }
  });

  it('tells a developer what is missing when a widget is used without a provider', () => {
    expect(() => render(<Probe />)).toThrow(/ConveneProvider/);
  });
});
