/**
 * Experiments side by side: their settings as rows (the ones that differ flagged), their
 * metrics as rows (the best flagged), and whether a run repeats an earlier one exactly.
 */
import { kerasLayer } from '../model/keras';
import type { LayerSpec } from '../model/types';
import type { MessageCode } from '../i18n/catalogue';
import { msg, type Message } from '../i18n/message';
import type { ExperimentRecord } from './types';

/** A cell of the comparison: a message, or text shown as it is (names, Keras code, a backend's label). */
export type CompareValue = Message | string;

export interface SettingRow {
  /** Stable across languages: a row's key. */
  readonly key: string;
  readonly label: Message;
  readonly values: readonly CompareValue[];
  readonly differs: boolean;
}

export interface MetricRow {
  readonly key: string;
  readonly label: Message;
  readonly values: readonly (number | null)[];
  /** Index of the best value; null when no value is better than another by nature (time) or none exists. */
  readonly best: number | null;
  readonly format: 'percent' | 'number';
}

const count = (n: number): Message => msg('experiment.value.number', { n });
const percent = (f: number): Message => msg('experiment.value.percent', { percent: Number((f * 100).toFixed(1)) });

/** "Dense(64, activation="relu")": the layer as Keras code, which users can read and search. */
export function layerText(layer: LayerSpec): string {
  return kerasLayer(layer).replace(/^layers\./, '');
}

function inputsText(r: ExperimentRecord): CompareValue {
  const img = r.imagePlan;
  if (img) {
    const augmented = img.augment.flip || img.augment.shift > 0;
    return msg(augmented ? 'experiment.value.imagesAugmented' : 'experiment.value.images', { height: img.height, width: img.width, channels: img.channels });
  }
  const seq = r.sequencePlan;
  if (seq) {
    const examples = seq.layout === 'grouped'
      ? msg('experiment.value.recordings', { id: `“${seq.idColumn ?? ''}”`, length: seq.length })
      : msg('experiment.value.windows', { length: seq.length, stride: seq.stride });
    const features = seq.features.join(', ');
    return seq.orderColumn
      ? msg('experiment.value.sequenceOrdered', { examples, order: `“${seq.orderColumn}”`, features })
      : msg('experiment.value.sequence', { examples, features });
  }
  return r.plan.features.join(', ');
}

type SettingKey =
  | 'dataset' | 'task' | 'target' | 'features' | 'layers' | 'parameters' | 'epochs' | 'batchSize' | 'learningRate'
  | 'optimizer' | 'validationSplit' | 'earlyStopping' | 'seed' | 'testShare' | 'backend';

const SETTINGS: readonly [SettingKey, (r: ExperimentRecord) => CompareValue][] = [
  ['dataset', (r) => `${r.dataset.name} (${r.dataset.fingerprint.slice(0, 8)})`],
  ['task', (r) => msg('experiment.value.task', { task: r.task })],
  ['target', (r) => r.plan.target],
  ['features', inputsText],
  ['layers', (r) => r.model.layers.map(layerText).join(' → ')],
  ['parameters', (r) => (r.summary ? count(r.summary.totalParams) : '–')],
  ['epochs', (r) => count(r.settings.epochs)],
  ['batchSize', (r) => count(r.settings.batchSize)],
  ['learningRate', (r) => String(r.settings.learningRate)],
  ['optimizer', (r) => r.settings.optimizer],
  ['validationSplit', (r) => percent(r.settings.validationSplit)],
  ['earlyStopping', (r) => (r.settings.earlyStoppingPatience > 0 ? msg('experiment.value.earlyStopping', { patience: r.settings.earlyStoppingPatience }) : msg('experiment.value.off'))],
  ['seed', (r) => String(r.settings.seed)],
  ['testShare', (r) => percent(r.settings.testFraction)],
  ['backend', (r) => r.backend?.label ?? '–'],
];

const same = (a: CompareValue, b: CompareValue): boolean => (typeof a === 'string' || typeof b === 'string' ? a === b : JSON.stringify(a) === JSON.stringify(b));

export function compareSettings(records: readonly ExperimentRecord[]): SettingRow[] {
  return SETTINGS.map(([key, value]) => {
    const values = records.map(value);
    const first = values[0] as CompareValue;
    return { key, label: msg(`experiment.setting.${key}`), values, differs: values.some((v) => !same(v, first)) };
  });
}

type Direction = 'max' | 'min' | 'none';

function bestIndex(values: readonly (number | null)[], direction: Direction): number | null {
  if (direction === 'none') return null;
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v === null || Number.isNaN(v)) return;
    const current = best === null ? null : (values[best] as number);
    if (current === null || (direction === 'max' ? v > current : v < current)) best = i;
  });
  return best;
}

function lastEpoch(r: ExperimentRecord) {
  return r.history[r.history.length - 1];
}

type MetricKey = 'accuracy' | 'macroF1' | 'linearAccuracy' | 'mae' | 'rmse' | 'r2' | 'linearR2' | 'finalLoss' | 'finalValLoss' | 'epochsRun' | 'time';

/** `optional`: a row only when a run has the value (runs saved before the linear baseline have none). */
const METRICS: readonly { key: MetricKey; task?: 'classification' | 'regression'; format: 'percent' | 'number'; direction: Direction; optional?: true; value: (r: ExperimentRecord) => number | null | undefined }[] = [
  { key: 'accuracy', task: 'classification', format: 'percent', direction: 'max', value: (r) => (r.evaluation?.task === 'classification' ? r.evaluation.accuracy : null) },
  { key: 'macroF1', task: 'classification', format: 'number', direction: 'max', value: (r) => (r.evaluation?.task === 'classification' ? r.evaluation.macroF1 : null) },
  // The linear baseline of each run, beside its network: a reference, not a score to rank runs by.
  { key: 'linearAccuracy', task: 'classification', format: 'percent', direction: 'none', optional: true, value: (r) => (r.evaluation?.task === 'classification' ? r.evaluation.linear?.accuracy : null) },
  { key: 'mae', task: 'regression', format: 'number', direction: 'min', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.mae : null) },
  { key: 'rmse', task: 'regression', format: 'number', direction: 'min', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.rmse : null) },
  { key: 'r2', task: 'regression', format: 'number', direction: 'max', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.r2 : null) },
  { key: 'linearR2', task: 'regression', format: 'number', direction: 'none', optional: true, value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.linear?.r2 : null) },
  { key: 'finalLoss', format: 'number', direction: 'min', value: (r) => lastEpoch(r)?.loss },
  { key: 'finalValLoss', format: 'number', direction: 'min', value: (r) => lastEpoch(r)?.valLoss },
  { key: 'epochsRun', format: 'number', direction: 'none', value: (r) => r.history.length },
  { key: 'time', format: 'number', direction: 'none', value: (r) => (r.elapsedMs === undefined ? null : r.elapsedMs / 1000) },
];

/** A metric's name, as the comparison and the list show it. */
export function metricLabel(key: MetricKey): Message {
  const code: MessageCode = `experiment.metric.${key}`;
  return msg(code);
}

/** Held-out metrics for the tasks present, then training figures. */
export function compareMetrics(records: readonly ExperimentRecord[]): MetricRow[] {
  const tasks = new Set(records.map((r) => r.task));
  return METRICS.filter((m) => m.task === undefined || tasks.has(m.task)).flatMap((m) => {
    const values = records.map((r) => m.value(r) ?? null);
    if (m.optional && values.every((v) => v === null)) return [];
    return [{ key: m.key, label: metricLabel(m.key), values, best: bestIndex(values, m.direction), format: m.format }];
  });
}

/** JSON with sorted keys: equal settings compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sameRun(a: ExperimentRecord, b: ExperimentRecord): boolean {
  return (
    a.dataset.fingerprint === b.dataset.fingerprint &&
    a.backend?.backend === b.backend?.backend &&
    canonical(a.plan) === canonical(b.plan) &&
    canonical(a.imagePlan ?? null) === canonical(b.imagePlan ?? null) &&
    canonical(a.sequencePlan ?? null) === canonical(b.sequencePlan ?? null) &&
    canonical(a.model) === canonical(b.model) &&
    canonical(a.settings) === canonical(b.settings)
  );
}

/** The numbers two runs of the same settings must share. */
function reproducedNumbers(r: ExperimentRecord): number[] {
  const e = r.evaluation;
  const scores = e === undefined ? [] : e.task === 'classification' ? [e.accuracy, e.macroF1] : [e.mae, e.rmse, e.r2];
  const last = lastEpoch(r);
  return [...scores, last?.loss ?? NaN, last?.valLoss ?? 0, r.history.length];
}

export const REPRODUCTION_TOLERANCE = 1e-6;

/**
 * The latest earlier completed run with the same data, plan, model, settings (seed included)
 * and backend, and whether `run`'s metrics agree with it to 1e-6 (relative for values above 1).
 */
export function findReproduction(
  previous: readonly ExperimentRecord[],
  run: ExperimentRecord,
): { readonly of: ExperimentRecord; readonly agrees: boolean; readonly maxDifference: number; readonly message: Message } | null {
  if (run.status !== 'completed' || !run.evaluation || !run.backend) return null;
  const earlier = previous
    .filter((p) => p.id !== run.id && p.status === 'completed' && p.evaluation && p.createdAt <= run.createdAt && sameRun(p, run))
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  if (!earlier) return null;
  const mine = reproducedNumbers(run);
  const theirs = reproducedNumbers(earlier);
  let maxDifference = 0;
  let agrees = true;
  mine.forEach((v, i) => {
    const w = theirs[i] as number;
    const diff = Number.isNaN(v) && Number.isNaN(w) ? 0 : Math.abs(v - w);
    maxDifference = Math.max(maxDifference, Number.isNaN(diff) ? Infinity : diff);
    if (!(diff <= REPRODUCTION_TOLERANCE * Math.max(1, Math.abs(v), Math.abs(w)))) agrees = false;
  });
  const name = `\u201c${earlier.name}\u201d`;
  // A tiny difference reads best in e-notation (3.2e-7), which is the same in every language.
  const message = agrees
    ? msg('experiment.reproduction.agrees', { name })
    : msg('experiment.reproduction.differs', { name, difference: String(Number(maxDifference.toPrecision(3))) });
  return { of: earlier, agrees, maxDifference, message };
}
