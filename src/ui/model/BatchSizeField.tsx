/**
 * The input's batch: None (any number of examples at once) or a fixed size, as Keras's
 * Input(batch_size=…) sets it. A fixed size shows in every shape and in the Keras code.
 */
import { useId, useState } from 'react';
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
  const [text, setText] = useState(String(batchSize ?? DEFAULT_FIXED));
  const [shown, setShown] = useState(batchSize);
  if (shown !== batchSize) {
    // Undo, a spec file or a new dataset changed it: show that.
    setShown(batchSize);
    if (batchSize !== undefined) setText(String(batchSize));
  }
  const fixed = batchSize !== undefined;
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_FIXED;
  return (
    <div className="batch-size-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fixed}
          disabled={disabled}
          onChange={(e) => dispatch({ type: 'batch-size-set', batchSize: e.target.checked ? (valid ? n : DEFAULT_FIXED) : null })}
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
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setText(e.target.value);
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= MAX_FIXED) dispatch({ type: 'batch-size-set', batchSize: value });
          }}
          onBlur={() => {
            if (!valid) setText(String(batchSize));
          }}
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
