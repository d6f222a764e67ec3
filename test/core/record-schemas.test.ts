import { describe, expect, it } from 'vitest';
import { experimentRecordSchema } from '../../src/core/experiment/schema';
import { newExperimentRecord } from '../../src/core/experiment/record';
import type { ClassificationEvaluation, RegressionEvaluation } from '../../src/core/evaluate/types';
import { DEFAULT_SETTINGS } from '../../src/core/pipeline/run';
import { evaluationSchema } from '../../src/core/record-schemas';

const classification: ClassificationEvaluation = {
  task: 'classification', rows: 2, classes: ['a', 'b'], confusion: [[1, 0], [0, 1]], accuracy: 1,
  perClass: [
    { label: 'a', precision: 1, recall: 1, f1: 1, support: 1 },
    { label: 'b', precision: 1, recall: 1, f1: 1, support: 1 },
  ],
  macroF1: 1, baseline: { label: 'a', accuracy: 0.5 },
  predictions: { actual: Int32Array.from([0, 1]), predicted: Int32Array.from([0, 1]), confidence: Float32Array.from([0.9, 0.8]) },
};
const regression: RegressionEvaluation = {
  task: 'regression', rows: 2, target: 'y', mae: 1, rmse: 1, r2: 0.5,
  baseline: { value: 3, mae: 2, rmse: 2, r2: 0 },
  actual: Float32Array.from([1, 2]), predicted: Float32Array.from([1.5, 2.5]),
};

describe('evaluationSchema: the linear baseline', () => {
  it('accepts evaluations saved before the linear baseline, and ones with it', () => {
    expect(evaluationSchema.safeParse(classification).success).toBe(true);
    expect(evaluationSchema.safeParse(regression).success).toBe(true);
    const withLinear = { ...classification, linear: { accuracy: 0.9, macroF1: 0.88, steps: 120, elapsedMs: 300 } };
    expect(evaluationSchema.parse(withLinear)).toMatchObject({ linear: withLinear.linear });
    const regressionWithLinear = { ...regression, linear: { mae: 1.2, rmse: 1.4, r2: 0.4, steps: 80, elapsedMs: 90 } };
    expect(evaluationSchema.parse(regressionWithLinear)).toMatchObject({ linear: regressionWithLinear.linear });
  });

  it('refuses a linear baseline of the other task or without its scores', () => {
    expect(evaluationSchema.safeParse({ ...classification, linear: { mae: 1, rmse: 1, r2: 0, steps: 1, elapsedMs: 1 } }).success).toBe(false);
    expect(evaluationSchema.safeParse({ ...regression, linear: { r2: 0.4 } }).success).toBe(false);
  });

  it('reads an experiment record whose evaluation has no linear baseline', () => {
    const base = newExperimentRecord({
      id: 'old', now: Date.UTC(2026, 0, 1), task: 'classification', settings: DEFAULT_SETTINGS,
      dataset: { name: 'p.csv', kind: 'table', rows: 10, sizeBytes: 10, fingerprint: 'ab'.repeat(32) },
      plan: { target: 't', features: ['x'], task: 'classification' }, model: { layers: [{ type: 'dense', units: 2, activation: 'softmax' }] },
    });
    const parsed = experimentRecordSchema.safeParse({ ...base, status: 'completed', evaluation: classification });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.evaluation).not.toHaveProperty('linear');
  });
});
