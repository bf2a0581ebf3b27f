import type { HTMLAttributes, ReactNode } from 'react';
import { useConvene } from '../context';
import { createTranslator } from '../i18n/catalog';
import { coreMessages } from '../i18n/messages';
import { useCatalogsReady } from '../i18n/useCatalogsReady';
import '../styles/tokens.css';
import '../styles/elements.css';
import '../styles/base.css';
import '../styles/forms.css';

/** The one element every widget renders at its top: theme, language and direction live here. */
export function WidgetRoot({
  widget,
  children,
  className,
  ...rest
}: { widget: string; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const { locale, theme } = useConvene();
  // Until the visitor's language has arrived the widget shows "Loading…" in that language, not English.
  const catalogsReady = useCatalogsReady(locale.catalog);
  return (
    <div
      {...rest}
      aria-busy={catalogsReady ? rest['aria-busy'] : true}
      className={className ? `convene ${className}` : 'convene'}
      data-convene-widget={widget}
      data-theme={theme}
      lang={locale.intl}
    >
      {catalogsReady ? (
        children
      ) : (
        <p role="status">{createTranslator(coreMessages, locale)('status.loading')}</p>
      )}
    </div>
  );
}
