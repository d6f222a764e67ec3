/**
 * The selected layer's settings, one field per parameter of its catalogue entry. Each field
 * checks what is typed with core's validateArg and says why under the field; only a valid
 * value reaches the model (and its undo history).
 */
import { useId, useState } from 'react';
import type { Message } from '../../core/i18n/message';
import type { LayerReport, LayerSpec } from '../../core/model/designer-types';
import { validateArg } from '../../core/model/args';
import { layerDef, type ParamDef } from '../../core/model/catalog';
import { shapeText } from '../../core/model/format';
import { layerSummary } from '../../core/model/layer-summary';
import { msg } from '../../core/i18n/message';
import { quoteInput } from '../../core/errors';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { GlossaryTerm } from './Glossary';
import { RegularizerField } from './RegularizerField';
import { useDraftField, type Parsed } from '../components/useDraftField';

interface LayerFormProps {
  readonly index: number;
  readonly layer: LayerSpec;
  readonly report: LayerReport | undefined;
  readonly disabled: boolean;
  readonly onChange: (args: Readonly<Record<string, unknown>>) => void;
}

export function LayerForm({ index, layer, report, disabled, onChange }: LayerFormProps) {
  const t = useT();
  const def = layerDef(layer.type);
  const name = report ? `${report.name} (${report.className})` : layer.type;
  const summary = def ? layerSummary(layer.type, report?.inputShape) : undefined;
  return (
    <div className="layer-form">
      <h3 className="layer-form-title">{t('designer.form.title', { n: index + 1, name })}</h3>
      {summary ? (
        <p className="muted">
          <Text m={summary} />
        </p>
      ) : null}
      {report?.inputShape ? (
        <p className="layer-io">
          <code>{shapeText(report.inputShape)}</code> →{' '}
          {report.outputShape ? (
            <>
              <code>{shapeText(report.outputShape)}</code>
              <span className="muted"> · {t('designer.form.params', { count: report.params })}</span>
            </>
          ) : (
            <span className="muted">{t('designer.form.cannotTake')}</span>
          )}
        </p>
      ) : null}
      {def ? (
        <fieldset className="plain-fieldset param-grid" disabled={disabled}>
          <legend className="visually-hidden">{t('designer.form.settingsOf', { n: index + 1 })}</legend>
          {def.params.map((param) => (
            <ParamField key={param.key} index={index} layerName={report?.name ?? layer.type} type={layer.type} param={param} value={layer[param.key]} onChange={onChange} />
          ))}
          {def.params.length === 0 ? <p className="muted">{t('designer.form.noSettings')}</p> : null}
        </fieldset>
      ) : (
        <p className="muted">{t('designer.form.notInCatalogue', { type: quoteInput(layer.type) })}</p>
      )}
    </div>
  );
}

/** The text a field shows for a value: numbers as typed, lists as "2, 1". */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * What the typed text stands for: a number; for a list parameter, one number (the same for
 * every axis) or a list ("3, 5", "[3, 5]" or "3×5"); undefined for an empty field. A target
 * shape is always a list.
 */
export function parseParamText(param: Pick<ParamDef, 'kind' | 'dims'>, text: string): unknown {
  const trimmed = text.trim().replace(/^[[(]\s*|\s*[\])]$/g, '');
  if (trimmed === '') return undefined;
  if (param.kind !== 'ints') return Number(trimmed);
  const numbers = trimmed.split(/[\s,×x*]+/).filter(Boolean).map(Number);
  return numbers.length === 1 && param.dims !== undefined ? numbers[0] : numbers;
}

/** A message for text that is not even a number; validateArg judges the rest. */
function formatProblem(kind: ParamDef['kind'], value: unknown): Message | null {
  if (value === undefined) return null;
  const numbers = Array.isArray(value) ? value : [value];
  if (numbers.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  return msg(kind === 'ints' ? 'designer.form.enterNumbers' : 'designer.form.enterNumber');
}

interface ParamFieldProps {
  /** The layer's place in the stack and its name, for the draft's key and the reason Train gives. */
  readonly index: number;
  readonly layerName: string;
  readonly type: string;
  readonly param: ParamDef;
  readonly value: unknown;
  readonly onChange: (args: Readonly<Record<string, unknown>>) => void;
}

/** What a number or list field's text stands for, as core's validateArg judges it for this layer. */
export function parseParam(type: string, param: ParamDef, text: string): Parsed<unknown> {
  const next = parseParamText(param, text);
  const problem = formatProblem(param.kind, next) ?? validateArg(type, param.key, next);
  return problem === null ? { ok: true, value: next } : { ok: false, problem };
}

function ParamField({ index, layerName, type, param, value, onChange }: ParamFieldProps) {
  const t = useT();
  const id = useId();
  const current = value === undefined ? param.default : value;
  const [error, setError] = useState<Message | null>(null);
  const draft = useDraftField<unknown>({
    id: `model.layer.${index}.${param.key}`,
    step: 'model',
    field: msg('designer.form.fieldOfLayer', { field: param.label, n: index + 1, name: layerName }),
    value: current,
    format: textOf,
    parse: (text) => parseParam(type, param, text),
    onChange: (next) => onChange({ [param.key]: next }),
  });
  // The glossary button sits beside the label, not in it, so the field's name stays "Units". Its
  // accessible name starts with the "?" it shows, so that speaking what is on screen finds it.
  const label = t(param.label);
  const glossary = param.glossary ? (
    <GlossaryTerm term={param.glossary} text="?" label={t('designer.glossary.explain', { name: label.toLocaleLowerCase(t.locale) })} />
  ) : null;
  const help = (
    <p id={`${id}-help`} className="field-help">
      <Text m={param.help} />
    </p>
  );
  const shownError = error ?? draft.problem;
  const describedBy = [shownError ? `${id}-error` : null, `${id}-help`].filter(Boolean).join(' ');
  const errorLine = shownError ? (
    <p id={`${id}-error`} className="field-error">
      <Text m={shownError} />
    </p>
  ) : null;

  const apply = (next: unknown): Message | null => {
    const problem = validateArg(type, param.key, next);
    if (problem === null) onChange({ [param.key]: next });
    return problem;
  };

  if (param.kind === 'regularizer') {
    return <RegularizerField index={index} layerName={layerName} type={type} param={param} value={value} glossary={glossary} onChange={onChange} />;
  }

  if (param.kind === 'bool') {
    return (
      <div className="field param-field param-wide">
        <div className="param-label">
          <label className="checkbox">
            <input type="checkbox" checked={current === true} aria-describedby={describedBy} onChange={(e) => setError(apply(e.target.checked))} />
            <span>{label}</span>
          </label>
          {glossary}
        </div>
        {errorLine}
        {help}
      </div>
    );
  }

  if (param.kind === 'enum') {
    return (
      <div className="field param-field">
        <div className="param-label">
          <label htmlFor={id}>{label}</label>
          {glossary}
        </div>
        <select id={id} value={textOf(current)} aria-describedby={describedBy} onChange={(e) => setError(apply(e.target.value))}>
          {(param.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {errorLine}
        {help}
      </div>
    );
  }

  const numeric = param.kind === 'int' || param.kind === 'float';
  return (
    <div className="field param-field">
      <div className="param-label">
        <label htmlFor={id}>{label}</label>
        {glossary}
      </div>
      <input
        id={id}
        type={numeric ? 'number' : 'text'}
        inputMode={param.kind === 'float' ? 'decimal' : 'numeric'}
        step={param.kind === 'int' ? 1 : numeric ? 'any' : undefined}
        min={param.min}
        max={param.max}
        value={draft.text}
        aria-invalid={draft.problem !== null}
        aria-describedby={describedBy}
        onChange={(e) => draft.onText(e.target.value)}
        onKeyDown={draft.onKeyDown}
      />
      {errorLine}
      {help}
    </div>
  );
}
