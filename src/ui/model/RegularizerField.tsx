/**
 * A kernel regularizer's setting: which penalty (none, L1, L2 or both) and its factor, kept in the
 * spec as {"l1": 0.01} and/or {"l2": 0.01}. Like every field of the form, a value reaches the
 * model only once core's validateArg accepts it.
 */
import { useId, useState, type ReactNode } from 'react';
import { msg, type Message } from '../../core/i18n/message';
import type { MessageCode } from '../../core/i18n/catalogue';
import { validateArg } from '../../core/model/args';
import type { ParamDef } from '../../core/model/catalog';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

type Penalty = 'none' | 'l1' | 'l2' | 'l1l2';
type Factors = { l1?: number; l2?: number };

const PENALTIES: readonly { value: Penalty; label: MessageCode }[] = [
  { value: 'none', label: 'layers.regularizer.none' },
  { value: 'l2', label: 'layers.regularizer.l2' },
  { value: 'l1', label: 'layers.regularizer.l1' },
  { value: 'l1l2', label: 'layers.regularizer.l1l2' },
];
/** Keras' default factor for L1 and L2. */
const DEFAULT_FACTOR = 0.01;

function factorsOf(value: unknown): Factors {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const { l1, l2 } = value as Record<string, unknown>;
  return { ...(typeof l1 === 'number' ? { l1 } : {}), ...(typeof l2 === 'number' ? { l2 } : {}) };
}

function penaltyOf(f: Factors): Penalty {
  if (f.l1 !== undefined && f.l2 !== undefined) return 'l1l2';
  if (f.l1 !== undefined) return 'l1';
  return f.l2 !== undefined ? 'l2' : 'none';
}

function textsOf(f: Factors): { l1: string; l2: string } {
  return { l1: String(f.l1 ?? DEFAULT_FACTOR), l2: String(f.l2 ?? DEFAULT_FACTOR) };
}

interface RegularizerFieldProps {
  readonly type: string;
  readonly param: ParamDef;
  readonly value: unknown;
  readonly glossary: ReactNode;
  readonly onChange: (args: Readonly<Record<string, unknown>>) => void;
}

export function RegularizerField({ type, param, value, glossary, onChange }: RegularizerFieldProps) {
  const t = useT();
  const id = useId();
  const factors = factorsOf(value);
  const penalty = penaltyOf(factors);
  const [shown, setShown] = useState(JSON.stringify(factors));
  const [texts, setTexts] = useState(textsOf(factors));
  const [error, setError] = useState<Message | null>(null);
  if (shown !== JSON.stringify(factors)) {
    // Changed from outside (undo, another layer selected): show it.
    setShown(JSON.stringify(factors));
    setTexts(textsOf(factors));
    setError(null);
  }

  const apply = (next: Factors | undefined): void => {
    const problem = next === undefined ? null : validateArg(type, param.key, next);
    setError(problem);
    if (problem === null) {
      setShown(JSON.stringify(next ?? {}));
      onChange({ [param.key]: next });
    }
  };

  const choose = (p: Penalty): void => {
    if (p === 'none') return apply(undefined);
    const number = (text: string): number => (Number.isFinite(Number(text)) && text.trim() !== '' ? Number(text) : DEFAULT_FACTOR);
    apply({ ...(p !== 'l2' ? { l1: number(texts.l1) } : {}), ...(p !== 'l1' ? { l2: number(texts.l2) } : {}) });
  };

  const factorInput = (key: 'l1' | 'l2') => (
    <div className="param-field">
      <label htmlFor={`${id}-${key}`}>{t(key === 'l1' ? 'layers.regularizer.l1Factor' : 'layers.regularizer.l2Factor')}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="decimal"
        step="any"
        min={0}
        value={texts[key]}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setTexts({ ...texts, [key]: text });
          const v = Number(text);
          if (text.trim() === '' || !Number.isFinite(v)) setError(msg('layers.regularizer.enterNumber', { example: DEFAULT_FACTOR }));
          else apply({ ...factors, [key]: v });
        }}
      />
    </div>
  );

  return (
    <div className="field param-field param-wide">
      <div className="param-label">
        <label htmlFor={id}>{t(param.label)}</label>
        {glossary}
      </div>
      <select id={id} value={penalty} aria-describedby={`${id}-help`} onChange={(e) => choose(e.target.value as Penalty)}>
        {PENALTIES.map((p) => (
          <option key={p.value} value={p.value}>
            {t(p.label)}
          </option>
        ))}
      </select>
      {penalty !== 'none' ? (
        <div className="param-grid">
          {penalty !== 'l2' ? factorInput('l1') : null}
          {penalty !== 'l1' ? factorInput('l2') : null}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <Text m={error} />
        </p>
      ) : null}
      <p id={`${id}-help`} className="field-help">
        <Text m={param.help} />
      </p>
    </div>
  );
}
