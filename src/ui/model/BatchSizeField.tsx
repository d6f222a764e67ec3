/**
 * The input's batch: None (any number of examples at once) or a fixed size, as Keras's
 * Input(batch_size=…) sets it. A fixed size shows in every shape and in the Keras code.
 */
import { useId } from 'react';
import { msg } from '../../core/i18n/message';
import { parseNumberText } from '../components/Fields';
import { useDraftField } from '../components/useDraftField';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import type { DesignerAction } from './designer';

const DEFAULT_FIXED = 32;
const MAX_FIXED = 65_536;

interface BatchSizeFieldProps {
  readonly batchSize: number | undefined;
  readonly disabled: boolean;
  readonly dispatch: (action: DesignerAction) => void;
}

export function BatchSizeField({ batchSize, disabled, dispatch }: BatchSizeFieldProps) {
  const t = useT();
  const id = useId();
  const draft = useDraftField({
    id: 'model.batchSize',
    step: 'model',
    field: msg('designer.batch.fixed'),
    value: batchSize ?? DEFAULT_FIXED,
    format: String,
    parse: (text) => parseNumberText(text, 1, MAX_FIXED, true),
    onChange: (value) => dispatch({ type: 'batch-size-set', batchSize: value }),
  });
  const fixed = batchSize !== undefined;
  const valid = draft.problem === null;
  return (
    <div className="batch-size-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fixed}
          disabled={disabled}
          onChange={(e) => dispatch({ type: 'batch-size-set', batchSize: e.target.checked ? (valid ? Number(draft.text) : DEFAULT_FIXED) : null })}
        />
        {t('designer.batch.fixed')}
      </label>
      {fixed ? (
        <input
          id={id}
          type="number"
          className="batch-size-input"
          aria-label={t('designer.batch.fixed')}
          aria-invalid={!valid}
          aria-describedby={`${id}-help`}
          min={1}
          max={MAX_FIXED}
          step={1}
          value={draft.text}
          disabled={disabled}
          onChange={(e) => draft.onText(e.target.value)}
          onKeyDown={draft.onKeyDown}
        />
      ) : null}
      <p id={`${id}-help`} className="field-help">
        {fixed ? (
          <Text m="designer.batch.fixedHelp" params={{ size: batchSize, code: `batch_size=${batchSize}` }} />
        ) : (
          t('designer.batch.noneHelp')
        )}
        {fixed && !valid ? <> {t('designer.batch.invalid', { max: MAX_FIXED })}</> : null}
      </p>
    </div>
  );
}
