import { describe, expect, it } from 'vitest';
import { imagePredictionsCsv } from '../../../src/core/experiment/predict-images';
import type { PredictionTable } from '../../../src/core/experiment/predict';
import type { Preprocessing } from '../../../src/core/features/types';
import { msg } from '../../../src/core/i18n/message';
import { imageResults, mergedTable, resultTable } from '../../../src/ui/predict/imageResults';

const classes = ['circle', 'square', 'triangle'];
const batch = (names: string[], predicted: string[], probabilities: number[], notes: PredictionTable['notes']): PredictionTable => ({
  task: 'classification',
  rows: names.length,
  keys: names,
  classes,
  predicted,
  probabilities: Float32Array.from(probabilities),
  notes,
});
const pre: Preprocessing = {
  task: 'classification',
  target: 'label',
  slots: [],
  imputation: 'mean',
  classes,
  image: { height: 16, width: 16, channels: 1, resize: 'bilinear', pixelScale: 'divide-by-255', alpha: 'dropped' },
};

describe('image results', () => {
  it('take each image’s name, thumbnail, class and its own probabilities from a batch', () => {
    const unreadable = msg('predict.images.noPrediction', { reason: 'x' });
    const results = imageResults(batch(['a.png', 'b.txt'], ['square', ''], [0.1, 0.8, 0.1, NaN, NaN, NaN], [null, unreadable]), ['blob:a', 'blob:b'], 7);
    expect(results.map((r) => [r.id, r.name, r.url, r.predicted])).toEqual([[7, 'a.png', 'blob:a', 'square'], [8, 'b.txt', 'blob:b', '']]);
    expect(Array.from(results[0]?.probabilities ?? [])).toEqual([expect.closeTo(0.1), expect.closeTo(0.8), expect.closeTo(0.1)]);
    expect(results[1]?.note).toEqual(unreadable);
    const one = resultTable(results[0]!, 'classification', classes);
    expect(one.rows).toBe(1);
    expect(one.predicted).toEqual(['square']);
  });

  it('go back together, across batches, into one table for the CSV', () => {
    const first = imageResults(batch(['a.png'], ['circle'], [0.9, 0.05, 0.05], [null]), ['u1'], 1);
    const second = imageResults(batch(['b.png'], ['triangle'], [0.2, 0.2, 0.6], [null]), ['u2'], 2);
    const table = mergedTable([...first, ...second], 'classification', classes);
    expect(table.keys).toEqual(['a.png', 'b.png']);
    expect(table.probabilities?.length).toBe(6);
    expect(table.probabilities?.[5]).toBeCloseTo(0.6);
    const csv = imagePredictionsCsv(table, pre).split('\n');
    expect(csv[0]).toBe('file,predicted_label,confidence,probability_circle,probability_square,probability_triangle,note');
    expect(csv[2]).toMatch(/^b\.png,triangle,0\.6\d*,/);
  });

  it('keep a regression’s values', () => {
    const table: PredictionTable = { task: 'regression', rows: 2, keys: ['a.png', 'b.png'], predicted: ['3.5', '4'], values: Float32Array.of(3.5, 4), notes: [null, null] };
    const results = imageResults(table, ['u1', 'u2'], 1);
    expect(results.map((r) => r.value)).toEqual([3.5, 4]);
    expect(Array.from(mergedTable(results, 'regression', []).values ?? [])).toEqual([3.5, 4]);
  });
});
