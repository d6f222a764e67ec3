/**
 * How a CSV is read: as a table (one row = one example) or as sequences (one recording, or one
 * window of rows, = one example). Core's detection proposes one and says why; a file where no
 * sequence layout fits stays a table, with the reason.
 */
import type { SequenceDetection } from '../../core/sources/sequences/types';

interface ReadAsProps {
  readonly kind: 'table' | 'sequences';
  readonly detection: SequenceDetection;
  readonly disabled: boolean;
  readonly onKind: (kind: 'table' | 'sequences') => void;
}

export function ReadAs({ kind, detection, disabled, onKind }: ReadAsProps) {
  const fits = detection.proposal !== null;
  return (
    <fieldset className="radio-group read-as" disabled={disabled}>
      <legend>Read this file as</legend>
      <label className="radio">
        <input type="radio" name="read-as" checked={kind === 'table'} onChange={() => onKind('table')} />
        <span>
          A table <span className="muted">(one row = one example)</span>
          {!detection.likely ? <span className="badge">proposed</span> : null}
        </span>
      </label>
      <label className="radio">
        <input type="radio" name="read-as" checked={kind === 'sequences'} disabled={!fits} onChange={() => onKind('sequences')} aria-describedby="read-as-reason" />
        <span>
          Sequences <span className="muted">(one recording, or one window of rows, = one example)</span>
          {detection.likely && fits ? <span className="badge">proposed</span> : null}
        </span>
      </label>
      <p id="read-as-reason" className="field-help">
        {detection.reason}
      </p>
    </fieldset>
  );
}
