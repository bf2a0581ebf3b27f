import { describe, expect, it } from 'vitest';
import { demoRoutes } from './index';
import { regionalLocale } from './regionalLocale';

describe('the demo page', () => {
  it('keeps the visitor’s region when they pick a language', () => {
    expect(regionalLocale('en', ['en-GB', 'nl'])).toBe('en-GB');
    expect(regionalLocale('nl', ['nl-BE', 'fr-BE'])).toBe('nl-BE');
    expect(regionalLocale('fr', ['nl-BE', 'en'])).toBe('fr-BE');
    expect(regionalLocale('en', ['en-AU'])).toBe('en-AU');
    expect(regionalLocale('en', [])).toBe('en');
  });

  it('runs that same rule in the page, with a favicon and a grid no wider than a 320 px phone', async () => {
    const response = await demoRoutes().request('/');
    const html = await response.text();
    expect(html).toMatch(/<link rel="icon" [^>]*href="data:image\/svg\+xml,/);
    expect(html).toContain(`${regionalLocale}`);
    expect(html).not.toContain('__name');
    // Columns of at least 36rem (360 px) would scroll sideways on a 320 px phone.
    expect(html).toMatch(/minmax\(min\(36rem, 100%\), 1fr\)/);
  });
});
