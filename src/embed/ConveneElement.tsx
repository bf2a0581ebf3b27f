import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ConveneProvider } from '../core/ConveneProvider';
import type { Theme } from '../core/context';
import { applyStyles } from './styles';

/** The attributes every element understands (DESIGN.md, "Custom elements"). */
export const COMMON_ATTRIBUTES = ['proxy-url', 'site-key', 'token', 'locale', 'time-zone', 'theme'] as const;

/** The DESIGN.md events, plus `picked` from the picker (a slot chosen; Convene extension). */
export type EmitEvent = (
  name: 'booked' | 'voted' | 'invited' | 'error' | 'picked' | 'rescheduled' | 'cancelled',
  detail: unknown,
) => void;

export interface ElementDefinition {
  /** Attributes specific to this element, besides the common ones. */
  attributes: readonly string[];
  /** Attributes that cannot change after mount: a change is refused with a console warning. */
  fixedAttributes?: readonly string[];
  render: (attributes: (name: string) => string | null, emit: EmitEvent) => ReactNode;
}

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * A custom element that renders one widget into an open shadow root. Attribute changes re-render
 * with the new props; removing the element unmounts the React tree, so no timer or listener outlives it.
 */
export function createConveneElement(definition: ElementDefinition): CustomElementConstructor {
  const observed = [...COMMON_ATTRIBUTES, ...definition.attributes];

  return class ConveneElement extends HTMLElement {
    static observedAttributes = observed;
    #root: Root | undefined;
    #container: HTMLDivElement | undefined;
    #fixed = new Map<string, string | null>();

    connectedCallback(): void {
      if (!this.#container) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        applyStyles(shadow);
        this.#container = document.createElement('div');
        this.#container.className = 'convene-embed-root';
        shadow.appendChild(this.#container);
      }
      for (const name of definition.fixedAttributes ?? []) this.#fixed.set(name, this.getAttribute(name));
      this.#root ??= createRoot(this.#container);
      this.#render();
    }

    disconnectedCallback(): void {
      // A move within the page disconnects and reconnects in one task: only unmount if it stays gone.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#root?.unmount();
        this.#root = undefined;
      });
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
      if (!this.#root || previous === next) return;
      if (this.#fixed.has(name) && this.#fixed.get(name) !== next) {
        console.warn(
          `<${this.localName}>: "${name}" cannot change after the widget has started; remove the element and add a new one.`,
        );
        return;
      }
      this.#render();
    }

    #emit: EmitEvent = (name, detail) => {
      this.dispatchEvent(new CustomEvent(`convene:${name}`, { detail, bubbles: true, composed: true }));
    };

    #attribute = (name: string): string | null =>
      this.#fixed.has(name) ? (this.#fixed.get(name) ?? null) : this.getAttribute(name);

    #render(): void {
      const proxyUrl = this.getAttribute('proxy-url');
      const siteKey = this.getAttribute('site-key');
      if (!proxyUrl || !siteKey) {
        console.warn(`<${this.localName}> needs "proxy-url" and "site-key" attributes.`);
      }
      const theme = this.getAttribute('theme') as Theme | null;
      this.#root?.render(
        <ConveneProvider
          proxyUrl={new URL(proxyUrl ?? '/', document.baseURI).href}
          siteKey={siteKey ?? ''}
          token={this.getAttribute('token') ?? undefined}
          // A page renews an expired token by setting `element.getToken = async () => '…'` (a function cannot be an attribute).
          getToken={(this as { getToken?: () => Promise<string> }).getToken}
          locale={this.getAttribute('locale') ?? undefined}
          timeZone={this.getAttribute('time-zone') ?? undefined}
          theme={theme && THEMES.includes(theme) ? theme : 'auto'}
        >
          {definition.render(this.#attribute, this.#emit)}
        </ConveneProvider>,
      );
    }
  };
}

/** Registers once: a page that loads the script twice (or two versions) must not throw. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
