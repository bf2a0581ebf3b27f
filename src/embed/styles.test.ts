import { describe, expect, it } from 'vitest';
import { EMBED_CSS, tokensForShadowRoot } from './styles';

describe('styles of the script build', () => {
  it('moves theme defaults to :host so the host page can override them on the element', () => {
    const css = tokensForShadowRoot(
      '.convene { --convene-accent: blue; } .convene[data-theme="dark"] { --convene-accent: navy; }',
    );
    expect(css).toBe(':host { --convene-accent: blue; } :host([theme="dark"]) { --convene-accent: navy; }');
  });

  it('rewrites the weightless :where() form the library ships', () => {
    const css = tokensForShadowRoot(
      ':where(.convene){--convene-accent:blue}:where(.convene[data-theme=dark]){--convene-accent:navy}',
    );
    expect(css).toBe(':host{--convene-accent:blue}:host([theme="dark"]){--convene-accent:navy}');
  });

  it('rewrites the minified form too, where attribute values lose their quotes', () => {
    const css = tokensForShadowRoot(
      '.convene{--convene-accent:blue}.convene[data-theme=dark]{--convene-accent:navy}' +
        "@media (prefers-color-scheme:dark){.convene[data-theme='auto']{--convene-accent:navy}}",
    );
    expect(css).toBe(
      ':host{--convene-accent:blue}:host([theme="dark"]){--convene-accent:navy}' +
        '@media (prefers-color-scheme:dark){:host(:not([theme="light"]):not([theme="dark"])){--convene-accent:navy}}',
    );
  });

  it('holds every rule of the library, with no theme default left on .convene', () => {
    expect(EMBED_CSS).toContain('.convene-button');
    expect(EMBED_CSS).toContain(':host { display: block;');
    expect(EMBED_CSS).not.toMatch(/\.convene\s*\{[^}]*--convene-accent/);
  });

  it('never sizes anything in rem, which inside a shadow root still follows the host page', () => {
    expect(EMBED_CSS).not.toMatch(/\d\s*rem\b/);
  });
});
