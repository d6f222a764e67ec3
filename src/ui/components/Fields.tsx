/** Labelled form fields with a one-line explanation tied to the control (aria-describedby). */
import { useId, type ReactNode } from 'react';
import { msg, type Message } from '../../core/i18n/message';
import type { StepId } from '../app/state';
import { useT } from '../i18n/I18nProvider';
import { useDraftField, type Parsed } from './useDraftField';

interface FieldFrameProps {
  readonly id: string;
  readonly label: string;
  readonly explanation?: ReactNode;
  readonly error?: string | null;
  readonly children: ReactNode;
}

function FieldFrame({ id, label, explanation, error, children }: FieldFrameProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {explanation ? (
        <p id={`${id}-help`} className="field-help">
          {explanation}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, explanation: unknown, error: unknown): string | undefined {
  const ids = [error ? `${id}-error` : null, explanation ? `${id}-help` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface NumberFieldProps {
  /** The draft's key in the app's state, unique and stable ("train.epochs"). */
  readonly draftId: string;
  /** The step the field is on, for the reason Train gives while its text is not valid. */
  readonly step: StepId;
  readonly label: Message;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly min: number;
  readonly max: number;
  readonly increment?: number;
  readonly integer?: boolean;
  readonly explanation?: ReactNode;
  readonly disabled?: boolean;
}

/** What a number field's text stands for, or why it does not stand for a number in range. */
export function parseNumberText(text: string, min: number, max: number, integer: boolean): Parsed<number> {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  if (Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n))) return { ok: true, value: n };
  return { ok: false, problem: msg('app.field.enterNumber', { integer: integer ? 'yes' : 'no', min, max }) };
}

/**
 * A spinbutton that only passes on valid numbers; while the text typed is not one, the field
 * keeps it and says why (and Train says so too) until it is corrected or Escape restores the value.
 */
export function NumberField({ draftId, step, label, value, onChange, min, max, increment = 1, integer = false, explanation, disabled }: NumberFieldProps) {
  const id = useId();
  const t = useT();
  const draft = useDraftField({
    id: draftId,
    step,
    field: label,
    value,
    format: String,
    parse: (text) => parseNumberText(text, min, max, integer),
    onChange,
  });
  const error = draft.problem ? t(draft.problem) : null;
  return (
    <FieldFrame id={id} label={t(label)} explanation={explanation} error={error}>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={increment}
        value={draft.text}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={describedBy(id, explanation, error)}
        onChange={(e) => draft.onText(e.target.value)}
        onKeyDown={draft.onKeyDown}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly explanation?: ReactNode;
  readonly disabled?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, explanation, disabled }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} explanation={explanation}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(id, explanation, null)}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
