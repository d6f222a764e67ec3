/** Hand-made experiment records for the UI tests (no training). */
import type { ClassificationEvaluation, RegressionEvaluation } from '../../../src/core/evaluate/types';
import { newExperimentRecord } from '../../../src/core/experiment/record';
import type { ExperimentRecord } from '../../../src/core/experiment/types';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';

export function classification(accuracy: number): ClassificationEvaluation {
  return {
    task: 'classification', rows: 10, classes: ['a', 'b'], confusion: [[5, 0], [0, 5]], accuracy,
    perClass: [], macroF1: accuracy, baseline: { label: 'a', accuracy: 0.5 },
    predictions: { actual: new Int32Array(0), predicted: new Int32Array(0), confidence: new Float32Array(0) },
  };
}

export function regression(r2: number): RegressionEvaluation {
  return {
    task: 'regression', rows: 10, target: 'mpg', mae: 1, rmse: 1, r2,
    baseline: { value: 0, mae: 2, rmse: 2, r2: 0 }, actual: new Float32Array(0), predicted: new Float32Array(0),
  };
}

export function record(id: string, patch: Partial<ExperimentRecord> = {}): ExperimentRecord {
  const base = newExperimentRecord({
    id,
    now: Date.UTC(2026, 10, 23, 10, 0),
    dataset: { name: 'penguins.csv', kind: 'table', rows: 344, sizeBytes: 1000, fingerprint: 'f'.repeat(64) },
    task: 'classification',
    plan: { target: 'species', features: ['bill_length_mm', 'island'], task: 'classification' },
    model: { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] },
    settings: DEFAULT_SETTINGS,
  });
  return { ...base, ...patch };
}
