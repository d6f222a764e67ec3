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
import { useDraftField, type Parsed } from '../components/useDraftField';

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

interface RegularizerFieldProps {
  /** The layer's place and name, for the factors' drafts. */
  readonly index: number;
  readonly layerName: string;
  readonly type: string;
  readonly param: ParamDef;
  readonly value: unknown;
  readonly glossary: ReactNode;
  readonly onChange: (args: Readonly<Record<string, unknown>>) => void;
}

export function RegularizerField({ index, layerName, type, param, value, glossary, onChange }: RegularizerFieldProps) {
  const t = useT();
  const id = useId();
  const factors = factorsOf(value);
  const penalty = penaltyOf(factors);
  const [error, setError] = useState<Message | null>(null);

  const apply = (next: Factors | undefined): void => {
    const problem = next === undefined ? null : validateArg(type, param.key, next);
    setError(problem);
    if (problem === null) onChange({ [param.key]: next });
  };
  // Each factor keeps what was typed while it is not a valid factor, like every other field.
  const factorDraft = (key: 'l1' | 'l2') => ({
    id: `model.layer.${index}.${param.key}.${key}`,
    step: 'model' as const,
    field: msg('designer.form.fieldOfLayer', { field: msg(key === 'l1' ? 'layers.regularizer.l1Factor' : 'layers.regularizer.l2Factor'), n: index + 1, name: layerName }),
    value: factors[key] ?? DEFAULT_FACTOR,
    format: String,
    parse: (text: string): Parsed<number> => {
      const v = Number(text);
      if (text.trim() === '' || !Number.isFinite(v)) return { ok: false, problem: msg('layers.regularizer.enterNumber', { example: DEFAULT_FACTOR }) };
      const problem = validateArg(type, param.key, { ...factors, [key]: v });
      return problem === null ? { ok: true, value: v } : { ok: false, problem };
    },
    onChange: (v: number) => apply({ ...factors, [key]: v }),
  });
  const drafts = { l1: useDraftField(factorDraft('l1')), l2: useDraftField(factorDraft('l2')) };
  const texts = { l1: drafts.l1.text, l2: drafts.l2.text };

  const choose = (p: Penalty): void => {
    // A factor the new penalty does not show gives up its invalid text, which nobody could then see.
    if (p === 'none' || p === 'l2') drafts.l1.restore();
    if (p === 'none' || p === 'l1') drafts.l2.restore();
    if (p === 'none') return apply(undefined);
    const number = (text: string): number => (Number.isFinite(Number(text)) && text.trim() !== '' ? Number(text) : DEFAULT_FACTOR);
    apply({ ...(p !== 'l2' ? { l1: number(texts.l1) } : {}), ...(p !== 'l1' ? { l2: number(texts.l2) } : {}) });
  };
  const shownError = error ?? (penalty !== 'l2' ? drafts.l1.problem : null) ?? (penalty !== 'l1' ? drafts.l2.problem : null);

  const factorInput = (key: 'l1' | 'l2') => (
    <div className="param-field">
      <label htmlFor={`${id}-${key}`}>{t(key === 'l1' ? 'layers.regularizer.l1Factor' : 'layers.regularizer.l2Factor')}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="decimal"
        step="any"
        min={0}
        value={drafts[key].text}
        aria-invalid={drafts[key].problem !== null}
        aria-describedby={shownError ? `${id}-error` : undefined}
        onChange={(e) => drafts[key].onText(e.target.value)}
        onKeyDown={drafts[key].onKeyDown}
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
      {shownError ? (
        <p id={`${id}-error`} className="field-error">
          <Text m={shownError} />
        </p>
      ) : null}
      <p id={`${id}-help`} className="field-help">
        <Text m={param.help} />
      </p>
    </div>
  );
}
