/** The class probabilities of one prediction, most likely first, as the bars show them. */
import type { PredictionTable } from '../../core/experiment/predict';

export interface RankedClass {
  readonly label: string;
  /** 0–1; NaN when the model gave no number. */
  readonly probability: number;
  /** The class the prediction names (the most likely one). */
  readonly predicted: boolean;
}

const orderOf = (p: number): number => (Number.isNaN(p) ? Number.NEGATIVE_INFINITY : p);

/**
 * Row `row`'s classes sorted by probability, highest first (ties keep the model's class order);
 * empty for a regression, or a row without probabilities. Never more than `limit`, but the
 * predicted class is always among them.
 */
export function rankedClasses(table: PredictionTable, row: number, limit = Number.POSITIVE_INFINITY): RankedClass[] {
  const classes = table.classes ?? [];
  const p = table.probabilities;
  if (!p || classes.length === 0 || table.notes[row] != null) return [];
  const predicted = table.predicted[row] ?? '';
  const ranked = classes
    .map((label, k) => ({ label, probability: p[row * classes.length + k] ?? Number.NaN, predicted: label === predicted, k }))
    // Highest first; NaN last; equal probabilities keep the model's order.
    .sort((a, b) => orderOf(b.probability) - orderOf(a.probability) || a.k - b.k);
  const shown = ranked.slice(0, limit);
  const top = ranked.find((c) => c.predicted);
  if (top && !shown.includes(top)) shown[shown.length - 1] = top;
  return shown.map(({ label, probability, predicted: isPredicted }) => ({ label, probability, predicted: isPredicted }));
}
