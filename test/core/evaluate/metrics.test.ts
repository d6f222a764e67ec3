import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  confusionMatrix,
  macroF1,
  majorityBaseline,
  meanBaseline,
  perClassMetrics,
  regressionScores,
} from '../../../src/core/evaluate/metrics';

// 10 rows, 3 classes; counted by hand: true 0 → predicted [0,1,0,0]; true 1 → [1,1]; true 2 → [2,0,2,2].
const actual = [0, 0, 0, 1, 1, 2, 2, 2, 2, 0];
const predicted = [0, 1, 0, 1, 1, 2, 0, 2, 2, 0];
const labels = ['a', 'b', 'c'];

describe('classification metrics', () => {
  const confusion = confusionMatrix(actual, predicted, 3);

  it('puts true classes in rows and predictions in columns', () => {
    expect(confusion).toEqual([
      [3, 1, 0],
      [0, 2, 0],
      [1, 0, 3],
    ]);
  });

  it('computes accuracy from the diagonal: 8 of 10', () => {
    expect(accuracyOf(confusion)).toBe(0.8);
  });

  it('computes per-class precision, recall and F1', () => {
    const perClass = perClassMetrics(confusion, labels);
    // a: 3 of 4 predicted-a are a, 3 of 4 true a found. b: 2 of 3, 2 of 2. c: 3 of 3, 3 of 4.
    expect(perClass.map((m) => m.label)).toEqual(labels);
    expect(perClass.map((m) => m.support)).toEqual([4, 2, 4]);
    expect(perClass[0]).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(perClass[1]?.precision).toBeCloseTo(2 / 3, 12);
    expect(perClass[1]?.recall).toBe(1);
    expect(perClass[1]?.f1).toBeCloseTo(0.8, 12);
    expect(perClass[2]).toMatchObject({ precision: 1, recall: 0.75 });
    expect(perClass[2]?.f1).toBeCloseTo(6 / 7, 12);
    expect(macroF1(perClass)).toBeCloseTo((0.75 + 0.8 + 6 / 7) / 3, 12);
  });

  it('reports 0, never NaN, for a class never predicted nor present', () => {
    const perClass = perClassMetrics(confusionMatrix([0, 1], [0, 1], 3), labels);
    expect(perClass[2]).toEqual({ label: 'c', precision: 0, recall: 0, f1: 0, support: 0 });
    expect(accuracyOf(confusionMatrix([], [], 2))).toBe(0);
    expect(macroF1([])).toBe(0);
  });

  it('scores the majority class of the training rows on the held-out rows', () => {
    expect(majorityBaseline([2, 2, 1, 0, 2, 1], [0, 2, 2, 1], labels)).toEqual({ label: 'c', index: 2, accuracy: 0.5 });
    // A tie goes to the class listed first.
    expect(majorityBaseline([1, 0, 0, 1], [1, 1, 1], labels)).toEqual({ label: 'a', index: 0, accuracy: 0 });
  });
});

describe('regression metrics', () => {
  it('computes MAE, RMSE and R² (scikit-learn documentation example)', () => {
    const scores = regressionScores([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]);
    expect(scores.mae).toBeCloseTo(0.5, 12);
    expect(scores.rmse).toBeCloseTo(Math.sqrt(0.375), 12);
    expect(scores.r2).toBeCloseTo(0.9486081370449679, 12);
  });

  it('is finite when every actual value is the same', () => {
    expect(regressionScores([2, 2, 2], [2, 2, 2]).r2).toBe(1);
    expect(regressionScores([2, 2, 2], [1, 2, 3]).r2).toBe(0);
    expect(regressionScores([], [])).toEqual({ mae: 0, rmse: 0, r2: 0 });
  });

  it('scores the mean of the training targets on the held-out rows, with R² ≤ 0', () => {
    // Training mean 3.5; errors on [3, -0.5, 2, 7]: -0.5, -4, -1.5, 3.5.
    // SS_res = 30.75; held-out mean 2.875, SS_tot = 29.1875.
    const baseline = meanBaseline([1, 2, 3, 4, 5, 6], [3, -0.5, 2, 7]);
    expect(baseline.value).toBe(3.5);
    expect(baseline.mae).toBeCloseTo(9.5 / 4, 12);
    expect(baseline.rmse).toBeCloseTo(Math.sqrt(30.75 / 4), 12);
    expect(baseline.r2).toBeCloseTo(1 - 30.75 / 29.1875, 12);
    expect(baseline.r2).toBeLessThan(0);
  });
});
