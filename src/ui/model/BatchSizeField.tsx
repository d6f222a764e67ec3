/**
 * The input's batch: None (any number of examples at once) or a fixed size, as Keras's
 * Input(batch_size=…) sets it. A fixed size shows in every shape and in the Keras code.
 */
import { useId, useState } from 'react';
import type { DesignerAction } from './designer';

const DEFAULT_FIXED = 32;
const MAX_FIXED = 65_536;

interface BatchSizeFieldProps {
  readonly batchSize: number | undefined;
  readonly disabled: boolean;
  readonly dispatch: (action: DesignerAction) => void;
}

export function BatchSizeField({ batchSize, disabled, dispatch }: BatchSizeFieldProps) {
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
        Fixed batch size
      </label>
      {fixed ? (
        <input
          id={id}
          type="number"
          className="batch-size-input"
          aria-label="Fixed batch size"
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
        {fixed
          ? `Every shape starts with ${batchSize} instead of None: the model then takes batches of exactly ${batchSize} examples (Keras: batch_size=${batchSize}). Layerbench itself still trains and predicts with the Train step’s batch size.`
          : 'Off: the batch stays None, any number of examples at once (what almost every model wants).'}
        {fixed && !valid ? ` Enter a whole number from 1 to ${MAX_FIXED.toLocaleString('en-US')}.` : ''}
      </p>
    </div>
  );
}
