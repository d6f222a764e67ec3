import { describe, expect, it } from 'vitest';
import type { PredictionTable } from '../../../src/core/experiment/predict';
import { msg } from '../../../src/core/i18n/message';
import { rankedClasses } from '../../../src/ui/predict/ranked';

const classes = ['Adelie', 'Chinstrap', 'Gentoo', 'Emperor', 'King', 'Macaroni'];
function table(rows: number[][], predicted: string[], notes: PredictionTable['notes'] = rows.map(() => null)): PredictionTable {
  return { task: 'classification', rows: rows.length, classes, predicted, probabilities: Float32Array.from(rows.flat()), notes };
}

describe('ranked class probabilities', () => {
  it('sorts one row’s classes most likely first and marks the predicted one', () => {
    const t = table([[0.1, 0.2, 0.3, 0.05, 0.05, 0.3], [0.7, 0.1, 0.05, 0.05, 0.05, 0.05]], ['Gentoo', 'Adelie']);
    const ranked = rankedClasses(t, 0);
    expect(ranked.map((c) => c.label)).toEqual(['Gentoo', 'Macaroni', 'Chinstrap', 'Adelie', 'Emperor', 'King']);
    expect(ranked.filter((c) => c.predicted).map((c) => c.label)).toEqual(['Gentoo']);
    expect(ranked[0]?.probability).toBeCloseTo(0.3);
    expect(rankedClasses(t, 1)[0]).toEqual({ label: 'Adelie', probability: expect.closeTo(0.7) as unknown as number, predicted: true });
  });

  it('keeps at most `limit`, the predicted class always among them', () => {
    const t = table([[0.2, 0.2, 0.2, 0.2, 0.1, 0.1]], ['King']);
    const ranked = rankedClasses(t, 0, 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.map((c) => c.label)).toEqual(['Adelie', 'Chinstrap', 'King']);
  });

  it('puts a probability that is no number last, and gives nothing for a row without a prediction or a regression', () => {
    const t = table([[Number.NaN, 0.5, 0.5, 0, 0, 0]], ['Chinstrap']);
    expect(rankedClasses(t, 0).at(-1)?.label).toBe('Adelie');
    const unpredicted = table([[Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN]], [''], [msg('predict.noPrediction.classification')]);
    expect(rankedClasses(unpredicted, 0)).toEqual([]);
    expect(rankedClasses({ task: 'regression', rows: 1, predicted: ['3.2'], values: Float32Array.of(3.2), notes: [null] }, 0)).toEqual([]);
  });
});
