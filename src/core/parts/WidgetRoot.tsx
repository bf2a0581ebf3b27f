import type { HTMLAttributes, ReactNode } from 'react';
import { useConvene } from '../context';
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
  return (
    <div
      {...rest}
      className={className ? `convene ${className}` : 'convene'}
      data-convene-widget={widget}
      data-theme={theme}
      lang={locale.intl}
    >
      {children}
    </div>
  );
}
