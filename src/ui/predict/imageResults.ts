/**
 * Images tried in the Use step, one entry per image, kept across several drops: made from the
 * worker's table for one batch, and put back together as one table for the CSV download.
 */
import type { PredictionTable } from '../../core/experiment/predict';
import type { Message } from '../../core/i18n/message';
import type { Task } from '../../core/features/types';

export interface ImageResult {
  /** Unique within the panel (two drops may hold files of the same name). */
  readonly id: number;
  readonly name: string;
  /** An object URL of the file, for its thumbnail. */
  readonly url: string;
  /** The class, or the value as text; '' when there is no prediction. */
  readonly predicted: string;
  /** Why the image got no prediction; null when it got one. */
  readonly note: Message | null;
  /** Regression: the value in the target's units. */
  readonly value?: number;
  /** Classification: one probability per class, in the model's class order. */
  readonly probabilities?: Float32Array;
}

/** One batch's results, in the order the images were given; `urls[i]` is image i's thumbnail. */
export function imageResults(table: PredictionTable, urls: readonly string[], firstId: number): ImageResult[] {
  const units = table.classes?.length ?? 0;
  return Array.from({ length: table.rows }, (_, r) => ({
    id: firstId + r,
    name: table.keys?.[r] ?? '',
    url: urls[r] ?? '',
    predicted: table.predicted[r] ?? '',
    note: table.notes[r] ?? null,
    ...(table.values ? { value: table.values[r] ?? Number.NaN } : {}),
    ...(table.probabilities && units > 0 ? { probabilities: table.probabilities.slice(r * units, (r + 1) * units) } : {}),
  }));
}

/** One image's prediction as a one-row table (what the bars and the confidence are read from). */
export function resultTable(result: ImageResult, task: Task, classes: readonly string[]): PredictionTable {
  return mergedTable([result], task, classes);
}

/** The results as one table, in the order given (for the CSV: the order the images were tried). */
export function mergedTable(results: readonly ImageResult[], task: Task, classes: readonly string[]): PredictionTable {
  const rows = results.length;
  const base = { rows, keys: results.map((r) => r.name), predicted: results.map((r) => r.predicted), notes: results.map((r) => r.note) };
  if (task === 'regression') return { task, ...base, values: Float32Array.from(results, (r) => r.value ?? Number.NaN) };
  const units = classes.length;
  const probabilities = new Float32Array(rows * units).fill(Number.NaN);
  results.forEach((r, i) => {
    if (r.probabilities && r.probabilities.length === units) probabilities.set(r.probabilities, i * units);
  });
  return { task, ...base, classes, probabilities };
}
