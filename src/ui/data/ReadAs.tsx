/**
 * How a CSV is read: as a table (one row = one example) or as sequences (one recording, or one
 * window of rows, = one example). Core's detection proposes one and says why; a file where no
 * sequence layout fits stays a table, with the reason.
 */
import type { SequenceDetection } from '../../core/sources/sequences/types';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

interface ReadAsProps {
  readonly kind: 'table' | 'sequences';
  readonly detection: SequenceDetection;
  readonly disabled: boolean;
  readonly onKind: (kind: 'table' | 'sequences') => void;
}

export function ReadAs({ kind, detection, disabled, onKind }: ReadAsProps) {
  const fits = detection.proposal !== null;
  const t = useT();
  return (
    <fieldset className="radio-group read-as" disabled={disabled}>
      <legend>{t('data.readAs.legend')}</legend>
      <label className="radio">
        <input type="radio" name="read-as" checked={kind === 'table'} onChange={() => onKind('table')} />
        <span>
          {t('data.readAs.table')} <span className="muted">{t('data.readAs.tableHelp')}</span>
          {!detection.likely ? <span className="badge">{t('data.readAs.proposed')}</span> : null}
        </span>
      </label>
      <label className="radio">
        <input type="radio" name="read-as" checked={kind === 'sequences'} disabled={!fits} onChange={() => onKind('sequences')} aria-describedby="read-as-reason" />
        <span>
          {t('data.readAs.sequences')} <span className="muted">{t('data.readAs.sequencesHelp')}</span>
          {detection.likely && fits ? <span className="badge">{t('data.readAs.proposed')}</span> : null}
        </span>
      </label>
      <p id="read-as-reason" className="field-help">
        <Text m={detection.reason} />
      </p>
    </fieldset>
  );
}
