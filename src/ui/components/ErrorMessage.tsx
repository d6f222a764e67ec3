import type { ReactNode } from 'react';
import type { AppErrorInfo } from '../../core/errors';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';

interface ErrorMessageProps {
  readonly error: AppErrorInfo;
  /** Carries out `error.fix.action`; without it the fix button is not shown. */
  readonly onFix?: (action: string) => void;
  readonly onDismiss?: () => void;
  /** Extra sentence under the message, e.g. that the previous dataset is still open. */
  readonly children?: ReactNode;
}

/** A problem in plain words; developer detail only behind a "Details" disclosure. */
export function ErrorMessage({ error, onFix, onDismiss, children }: ErrorMessageProps) {
  const t = useT();
  const fix = error.fix;
  return (
    <div role="alert" className="alert">
      <p className="alert-message">{errorText(t, error)}</p>
      {children}
      {(fix && onFix) || onDismiss ? (
        <div className="alert-actions">
          {fix && onFix ? (
            <button type="button" className="button primary small" onClick={() => onFix(fix.action)}>
              {t(fix.label)}
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="button small" onClick={onDismiss}>
              {t('app.dismiss')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error.detail ? (
        <details className="alert-details">
          <summary>{t('app.details')}</summary>
          <pre>{error.detail}</pre>
        </details>
      ) : null}
    </div>
  );
}
