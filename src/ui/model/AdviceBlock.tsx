/**
 * Advice at the layer it is about: an icon and a word as well as a colour, the plain message,
 * what the layer expects and what it got, and one button per fix.
 */
import type { Message } from '../../core/i18n/message';
import type { Advice, ModelFix } from '../../core/model/designer-types';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

interface AdviceBlockProps {
  readonly advice: Advice;
  readonly position: number;
  readonly disabled: boolean;
  readonly onFix: (fix: ModelFix) => void;
}

/** A shape or Keras text as it is, in code; words in the UI's language. */
function ShapeOrWords({ value }: { readonly value: string | Message }) {
  return typeof value === 'string' ? <code>{value}</code> : <Text m={value} />;
}

export function AdviceBlock({ advice, position, disabled, onFix }: AdviceBlockProps) {
  const t = useT();
  const error = advice.severity === 'error';
  // The app's input shape is the data's: a fix that only changes it (a spec file's) has nothing to do here.
  const fixes = advice.fixes.filter((fix) => fix.edits.some((edit) => edit.kind !== 'set-input-shape'));
  return (
    <div className={error ? 'advice advice-error' : 'advice advice-warning'} aria-label={t('designer.advice.group', { n: position })} role="group">
      <p className="advice-message">
        <span className="advice-icon" aria-hidden="true">
          {error ? '✖' : '!'}
        </span>
        <strong>{t(error ? 'designer.advice.error' : 'designer.advice.warning')}</strong>
        <Text m={advice.message} />
      </p>
      {advice.expected || advice.got ? (
        <dl className="advice-shapes">
          {advice.expected ? (
            <div>
              <dt>{t('designer.advice.expected')}</dt>
              <dd>
                <ShapeOrWords value={advice.expected} />
              </dd>
            </div>
          ) : null}
          {advice.got ? (
            <div>
              <dt>{t('designer.advice.got')}</dt>
              <dd>
                <ShapeOrWords value={advice.got} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {fixes.length > 0 ? (
        <div className="advice-fixes">
          {fixes.map((fix, i) => (
            <button key={i} type="button" className="button primary small" disabled={disabled} onClick={() => onFix(fix)}>
              {t(fix.label)}
            </button>
          ))}
        </div>
      ) : null}
      {advice.detail ? (
        <details className="alert-details">
          <summary>{t('designer.advice.details')}</summary>
          <pre>{advice.detail}</pre>
        </details>
      ) : null}
    </div>
  );
}
