/** Labelled form fields with a one-line explanation tied to the control (aria-describedby). */
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

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
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly integer?: boolean;
  readonly explanation?: ReactNode;
  readonly disabled?: boolean;
}

/**
 * A spinbutton that only passes on valid numbers; while the text typed is not one, it says why,
 * and on leaving the field it shows the last valid value again.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, integer = false, explanation, disabled }: NumberFieldProps) {
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from outside (a fix, a new dataset): show it.
    setShown(value);
    setDraft(String(value));
  }
  const parsed = draft.trim() === '' ? Number.NaN : Number(draft);
  const valid = Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));
  const error = valid ? null : t('app.field.enterNumber', { integer: integer ? 'yes' : 'no', min, max });
  return (
    <FieldFrame id={id} label={label} explanation={explanation} error={error}>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={draft}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={describedBy(id, explanation, error)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const n = text.trim() === '' ? Number.NaN : Number(text);
          if (Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n))) {
            setShown(n);
            onChange(n);
          }
        }}
        onBlur={() => {
          if (!valid) setDraft(String(value));
        }}
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
