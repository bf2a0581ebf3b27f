import { useMemo } from 'react';
import { useConvene } from '../context';
import { asConveneError, type ConveneError } from '../errors';
import { createTranslator } from '../i18n/catalog';
import { type CoreMessageKey, coreMessages } from '../i18n/messages';
import '../styles/tokens.css';
import '../styles/base.css';

/** The person's-language sentence for an error; never the raw message, which may be English or technical. */
export function useErrorText(): (error: unknown) => string {
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  return (raw) => {
    const error: ConveneError = asConveneError(raw);
    if (error.code === 'rate_limited') {
      return error.retryAfter !== undefined
        ? t('error.rate_limited', { seconds: error.retryAfter })
        : t('error.rate_limited_plain');
    }
    return t(`error.${error.code}` as CoreMessageKey);
  };
}

export interface ErrorMessageProps {
  error: unknown;
  /** Shows a retry button when given. */
  onRetry?: (() => void) | undefined;
  /** Widget-specific wording that replaces the generic sentence (e.g. "This poll is closed"). */
  text?: string | undefined;
}

/** An error as a person sees it: an alert with the sentence in their language and, where it helps, retry. */
export function ErrorMessage({ error, onRetry, text }: ErrorMessageProps) {
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const errorText = useErrorText();
  const code = asConveneError(error).code;
  return (
    <div className="convene-alert" role="alert" data-tone="danger" data-error-code={code}>
      <p className="convene-alert-text">{text ?? errorText(error)}</p>
      {onRetry ? (
        <button type="button" className="convene-button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  );
}
