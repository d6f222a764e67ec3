/**
 * Metrics as pure functions of plain arrays, so each can be checked against numbers worked out
 * by hand. Sums run in float64 whatever the input array type. No metric is ever NaN: a ratio
 * whose denominator is 0 is reported as 0 (as scikit-learn does with zero_division=0).
 */
import type { ClassMetrics } from './types';

type Numbers = ArrayLike<number>;

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** matrix[true][predicted] = count; classes are 0 … k-1. Indices outside that range are ignored. */
export function confusionMatrix(actual: Numbers, predicted: Numbers, k: number): number[][] {
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < actual.length; i++) {
    const row = matrix[actual[i] as number];
    const p = predicted[i] as number;
    if (row && p >= 0 && p < k) row[p] = (row[p] as number) + 1;
  }
  return matrix;
}

/** Share of rows on the diagonal. */
export function accuracyOf(confusion: readonly (readonly number[])[]): number {
  let correct = 0;
  let total = 0;
  confusion.forEach((row, t) => {
    row.forEach((count, p) => {
      total += count;
      if (t === p) correct += count;
    });
  });
  return ratio(correct, total);
}

/** Precision = TP / predicted as the class; recall = TP / truly the class; F1 = their harmonic mean. */
export function perClassMetrics(confusion: readonly (readonly number[])[], labels: readonly string[]): ClassMetrics[] {
  return labels.map((label, c) => {
    const truePositives = confusion[c]?.[c] ?? 0;
    const support = (confusion[c] ?? []).reduce((a, b) => a + b, 0);
    const predictedAsC = confusion.reduce((sum, row) => sum + (row[c] ?? 0), 0);
    const precision = ratio(truePositives, predictedAsC);
    const recall = ratio(truePositives, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { label, precision, recall, f1, support };
  });
}

/** Unweighted mean of the per-class F1 scores. */
export function macroF1(perClass: readonly ClassMetrics[]): number {
  return ratio(perClass.reduce((sum, m) => sum + m.f1, 0), perClass.length);
}

/**
 * The trivial classifier: always the most frequent class of the training rows (ties → the
 * class listed first), scored on the held-out rows.
 */
export function majorityBaseline(
  trainClasses: Numbers,
  testClasses: Numbers,
  labels: readonly string[],
): { label: string; index: number; accuracy: number } {
  const counts = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < trainClasses.length; i++) {
    const c = trainClasses[i] as number;
    if (c >= 0 && c < labels.length) counts[c] = (counts[c] as number) + 1;
  }
  let index = 0;
  counts.forEach((count, c) => {
    if (count > (counts[index] as number)) index = c;
  });
  let hits = 0;
  for (let i = 0; i < testClasses.length; i++) if (testClasses[i] === index) hits++;
  return { label: labels[index] ?? '', index, accuracy: ratio(hits, testClasses.length) };
}

export interface RegressionScores {
  readonly mae: number;
  readonly rmse: number;
  /** 1 - SS_res / SS_tot, with SS_tot around the mean of `actual`; 0 when the actual values are all equal (unless predicted exactly: 1). */
  readonly r2: number;
}

export function regressionScores(actual: Numbers, predicted: Numbers): RegressionScores {
  const n = actual.length;
  if (n === 0) return { mae: 0, rmse: 0, r2: 0 };
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i] as number;
  mean /= n;
  let absolute = 0;
  let squared = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const a = actual[i] as number;
    const error = a - (predicted[i] as number);
    absolute += Math.abs(error);
    squared += error * error;
    total += (a - mean) * (a - mean);
  }
  const r2 = total === 0 ? (squared === 0 ? 1 : 0) : 1 - squared / total;
  return { mae: absolute / n, rmse: Math.sqrt(squared / n), r2 };
}

/**
 * The trivial regressor: the mean of the training targets for every held-out row. Its R² is
 * at most 0 (exactly 0 when the training and held-out means coincide), barring the degenerate
 * case of held-out targets all equal to that mean.
 */
export function meanBaseline(trainTargets: Numbers, testTargets: Numbers): RegressionScores & { value: number } {
  let sum = 0;
  for (let i = 0; i < trainTargets.length; i++) sum += trainTargets[i] as number;
  const value = ratio(sum, trainTargets.length);
  const constant = new Float64Array(testTargets.length).fill(value);
  return { value, ...regressionScores(testTargets, constant) };
}
