import { describe, expect, it } from 'vitest';
import type { ClassificationEvaluation } from '../../../src/core/evaluate/types';
import { examplesInCell } from '../../../src/ui/evaluate/examples';

const e = {
  task: 'classification',
  rows: 5,
  classes: ['cat', 'dog'],
  confusion: [
    [1, 2],
    [0, 2],
  ],
  accuracy: 0.6,
  perClass: [],
  macroF1: 0,
  baseline: { label: 'cat', accuracy: 0.6 },
  predictions: {
    actual: Int32Array.from([0, 0, 1, 0, 1]),
    predicted: Int32Array.from([1, 0, 1, 1, 1]),
    confidence: Float32Array.from([0.6, 0.9, 0.7, 0.8, 0.95]),
  },
} satisfies ClassificationEvaluation;

describe('examplesInCell', () => {
  it('lists the predictions of one cell, most confident first', () => {
    expect(examplesInCell(e, { actual: 0, predicted: 1 })).toEqual([3, 0]);
    expect(examplesInCell(e, { actual: 1, predicted: 1 })).toEqual([4, 2]);
    expect(examplesInCell(e, { actual: 0, predicted: 0 })).toEqual([1]);
    expect(examplesInCell(e, { actual: 1, predicted: 0 })).toEqual([]);
  });
});
