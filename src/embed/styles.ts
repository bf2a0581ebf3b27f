/**
 * Every stylesheet of the library as text, so a shadow root can hold it: the host page's CSS cannot
 * reach in and ours cannot leak out. Collected at build time; one constructable sheet is shared by all
 * elements on the page, made on first use (never at import time, so a server can import this file).
 */
import elementsCss from '../core/styles/elements.css?inline';
import tokensCss from '../core/styles/tokens.css?inline';

// The element baseline goes first: the other sheets' rules of equal weight (`.convene-button`) must win.
const sources = import.meta.glob<string>(
  ['../core/**/*.css', '../widgets/**/*.css', '!../core/styles/tokens.css', '!../core/styles/elements.css'],
  {
    query: '?inline',
    import: 'default',
    eager: true,
  },
);

/**
 * `:where(.convene[data-theme="dark"])` as written, or `:where(.convene[data-theme=dark])` as the minifier
 * ships it (with or without the `:where()`).
 */
const THEMED_ROOT =
  /:where\(\.convene\[data-theme=(["']?)(light|dark|auto)\1\]\)|\.convene\[data-theme=(["']?)(light|dark|auto)\3\]/g;
/** `:where(.convene)` or `.convene` alone, not `.convene-button` nor `.convene[…]`. */
const ROOT = /:where\(\.convene\)|\.convene(?![\w[-])/g;

const HOST_FOR_THEME: Record<string, string> = {
  light: ':host([theme="light"])',
  dark: ':host([theme="dark"])',
  auto: ':host(:not([theme="light"]):not([theme="dark"]))',
};

/**
 * Inside a shadow root the theme defaults move from `.convene` to `:host`, where they have the lowest
 * precedence: `convene-booker { --convene-accent: teal }` on the host page then wins, and still
 * inherits into the widget, in light and dark alike. Matches quoted and unquoted attribute values,
 * because the script build minifies the CSS before this runs.
 */
export function tokensForShadowRoot(css: string): string {
  return css
    .replace(
      THEMED_ROOT,
      (match, _quote, wrapped?: string, _bareQuote?: string, bare?: string) =>
        HOST_FOR_THEME[wrapped ?? bare ?? ''] ?? match,
    )
    .replace(ROOT, ':host');
}

/** Host-level rules: only here, because `:host` means nothing in the npm build's light DOM. */
const hostRules = `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
.convene-embed-root {
  all: initial;
  display: block;
  font-size: var(--convene-font-size, 15px);
}
`;

export const EMBED_CSS = [
  tokensForShadowRoot(tokensCss),
  hostRules,
  elementsCss,
  ...Object.values(sources),
].join('\n');

let shared: CSSStyleSheet | undefined;

/** Adopts the shared sheet where the browser can; a <style> element elsewhere. */
export function applyStyles(root: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(EMBED_CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = EMBED_CSS;
  root.appendChild(style);
}
