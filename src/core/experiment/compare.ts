/**
 * Experiments side by side: their settings as rows (the ones that differ flagged), their
 * metrics as rows (the best flagged), and whether a run repeats an earlier one exactly.
 */
import { kerasLayer } from '../model/keras';
import type { LayerSpec } from '../model/types';
import type { ExperimentRecord } from './types';

export interface SettingRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly differs: boolean;
}

export interface MetricRow {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Index of the best value; null when no value is better than another by nature (time) or none exists. */
  readonly best: number | null;
  readonly format: 'percent' | 'number';
}

const en = (n: number): string => n.toLocaleString('en-US');
const percent = (f: number): string => `${Number((f * 100).toFixed(1))}%`;

/** "Dense(64, activation="relu")": the layer as Keras code, which users can read and search. */
export function layerText(layer: LayerSpec): string {
  return kerasLayer(layer).replace(/^layers\./, '');
}

function inputsText(r: ExperimentRecord): string {
  if (r.imagePlan) return `images ${r.imagePlan.height}×${r.imagePlan.width}×${r.imagePlan.channels}${r.imagePlan.augment.flip || r.imagePlan.augment.shift > 0 ? ', augmented' : ''}`;
  const seq = r.sequencePlan;
  if (seq) {
    const examples = seq.layout === 'grouped'
      ? `recordings by “${seq.idColumn ?? ''}”, ${en(seq.length)} steps`
      : `windows of ${en(seq.length)} rows every ${en(seq.stride)}`;
    return `${examples}${seq.orderColumn ? `, ordered by “${seq.orderColumn}”` : ''}: ${seq.features.join(', ')}`;
  }
  return r.plan.features.join(', ');
}

const SETTINGS: readonly [string, (r: ExperimentRecord) => string][] = [
  ['Dataset', (r) => `${r.dataset.name} (${r.dataset.fingerprint.slice(0, 8)})`],
  ['Task', (r) => r.task],
  ['Target', (r) => r.plan.target],
  ['Features', inputsText],
  ['Model layers', (r) => r.model.layers.map(layerText).join(' → ')],
  ['Parameters', (r) => (r.summary ? en(r.summary.totalParams) : '–')],
  ['Epochs', (r) => en(r.settings.epochs)],
  ['Batch size', (r) => en(r.settings.batchSize)],
  ['Learning rate', (r) => String(r.settings.learningRate)],
  ['Optimizer', (r) => r.settings.optimizer],
  ['Validation split', (r) => percent(r.settings.validationSplit)],
  ['Early stopping', (r) => (r.settings.earlyStoppingPatience > 0 ? `after ${r.settings.earlyStoppingPatience} epochs without improvement` : 'off')],
  ['Seed', (r) => String(r.settings.seed)],
  ['Test share', (r) => percent(r.settings.testFraction)],
  ['Backend', (r) => r.backend?.label ?? '–'],
];

export function compareSettings(records: readonly ExperimentRecord[]): SettingRow[] {
  return SETTINGS.map(([label, value]) => {
    const values = records.map(value);
    return { label, values, differs: values.some((v) => v !== values[0]) };
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

const METRICS: readonly { label: string; task?: 'classification' | 'regression'; format: 'percent' | 'number'; direction: Direction; value: (r: ExperimentRecord) => number | null | undefined }[] = [
  { label: 'Accuracy', task: 'classification', format: 'percent', direction: 'max', value: (r) => (r.evaluation?.task === 'classification' ? r.evaluation.accuracy : null) },
  { label: 'Macro F1', task: 'classification', format: 'number', direction: 'max', value: (r) => (r.evaluation?.task === 'classification' ? r.evaluation.macroF1 : null) },
  { label: 'MAE', task: 'regression', format: 'number', direction: 'min', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.mae : null) },
  { label: 'RMSE', task: 'regression', format: 'number', direction: 'min', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.rmse : null) },
  { label: 'R²', task: 'regression', format: 'number', direction: 'max', value: (r) => (r.evaluation?.task === 'regression' ? r.evaluation.r2 : null) },
  { label: 'Final loss', format: 'number', direction: 'min', value: (r) => lastEpoch(r)?.loss },
  { label: 'Final validation loss', format: 'number', direction: 'min', value: (r) => lastEpoch(r)?.valLoss },
  { label: 'Epochs run', format: 'number', direction: 'none', value: (r) => r.history.length },
  { label: 'Time (s)', format: 'number', direction: 'none', value: (r) => (r.elapsedMs === undefined ? null : r.elapsedMs / 1000) },
];

/** Held-out metrics for the tasks present, then training figures. */
export function compareMetrics(records: readonly ExperimentRecord[]): MetricRow[] {
  const tasks = new Set(records.map((r) => r.task));
  return METRICS.filter((m) => m.task === undefined || tasks.has(m.task)).map((m) => {
    const values = records.map((r) => m.value(r) ?? null);
    return { label: m.label, values, best: bestIndex(values, m.direction), format: m.format };
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
): { readonly of: ExperimentRecord; readonly agrees: boolean; readonly maxDifference: number; readonly text: string } | null {
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
  const lead = `Same data, settings, seed and backend as \u201c${earlier.name}\u201d`;
  const text = agrees
    ? `${lead}: the metrics agree to 1e-6.`
    : `${lead}: the metrics differ by up to ${Number(maxDifference.toPrecision(3))}.`;
  return { of: earlier, agrees, maxDifference, text };
}
