/**
 * Advice at the layer it is about: an icon and a word as well as a colour, the plain message,
 * what the layer expects and what it got, and one button per fix.
 */
import type { Advice, ModelFix } from '../../core/model/designer-types';

interface AdviceBlockProps {
  readonly advice: Advice;
  readonly position: number;
  readonly disabled: boolean;
  readonly onFix: (fix: ModelFix) => void;
}

export function AdviceBlock({ advice, position, disabled, onFix }: AdviceBlockProps) {
  const error = advice.severity === 'error';
  // The app's input shape is the data's: a fix that only changes it (a spec file's) has nothing to do here.
  const fixes = advice.fixes.filter((fix) => fix.edits.some((edit) => edit.kind !== 'set-input-shape'));
  return (
    <div className={error ? 'advice advice-error' : 'advice advice-warning'} aria-label={`Advice for layer ${position}`} role="group">
      <p className="advice-message">
        <span className="advice-icon" aria-hidden="true">
          {error ? '✖' : '!'}
        </span>
        <strong>{error ? 'Needs a fix: ' : 'Check: '}</strong>
        {advice.message}
      </p>
      {advice.expected || advice.got ? (
        <dl className="advice-shapes">
          {advice.expected ? (
            <div>
              <dt>Expected:</dt>
              <dd>
                <code>{advice.expected}</code>
              </dd>
            </div>
          ) : null}
          {advice.got ? (
            <div>
              <dt>Got:</dt>
              <dd>
                <code>{advice.got}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {fixes.length > 0 ? (
        <div className="advice-fixes">
          {fixes.map((fix) => (
            <button key={fix.label} type="button" className="button primary small" disabled={disabled} onClick={() => onFix(fix)}>
              {fix.label}
            </button>
          ))}
        </div>
      ) : null}
      {advice.detail ? (
        <details className="alert-details">
          <summary>Details</summary>
          <pre>{advice.detail}</pre>
        </details>
      ) : null}
    </div>
  );
}
