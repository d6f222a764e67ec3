import { describe, expect, it } from 'vitest';
import { encodeDataset, encodeFeatures, fitPreprocessing } from '../../../src/core/features/encode';
import { AppError } from '../../../src/core/errors';
import type { FeaturePlan, Split } from '../../../src/core/features/types';
import { categoryColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';

const rows = (...r: number[]) => Uint32Array.from(r);
const STD_123 = Math.sqrt(2 / 3); // population std of 1, 2, 3

/**
 * Six rows; training rows 0–3, test rows 4–5.
 * x: 1, 2, 3, –, 100, 6    colour: a, b, a, –, c, b    kind: p, q, p, q, p, q
 */
function sample(x4 = 100) {
  return makeDataset('six.csv', [
    numberColumn('x', [1, 2, 3, null, x4, 6]),
    categoryColumn('colour', ['a', 'b', 'a', null, 'c', 'b']),
    categoryColumn('kind', ['p', 'q', 'p', 'q', 'p', 'q']),
    numberColumn('amount', [10, 20, 30, 40, 1000, 60]),
  ]);
}
const plan: FeaturePlan = { target: 'kind', features: ['x', 'colour'], task: 'classification' };
const split: Split = { train: rows(0, 1, 2, 3), test: rows(4, 5), stratified: false, seed: 0 };

describe('fitPreprocessing', () => {
  it('standardises numbers with training statistics, adds a missing indicator and one-hot slots', () => {
    const pre = fitPreprocessing(sample(), plan, split.train);
    expect(pre.task).toBe('classification');
    expect(pre.target).toBe('kind');
    expect(pre.imputation).toBe('mean');
    expect(pre.classes).toEqual(['p', 'q']);
    expect(pre.slots).toHaveLength(5);
    const [scaled, ...rest] = pre.slots;
    expect(scaled?.kind).toBe('scaled');
    if (scaled?.kind !== 'scaled') throw new Error('unreachable');
    expect(scaled.mean).toBeCloseTo(2, 12);
    expect(scaled.std).toBeCloseTo(STD_123, 12);
    expect(rest).toEqual([
      { kind: 'missing-indicator', column: 'x', missingRows: 1 },
      { kind: 'one-hot', column: 'colour', category: 'a' },
      { kind: 'one-hot', column: 'colour', category: 'b' },
      { kind: 'one-hot', column: 'colour', category: '(missing)' },
    ]);
  });

  it('does not let test rows move any statistic (no leakage)', () => {
    const a = fitPreprocessing(sample(100), plan, split.train);
    const b = fitPreprocessing(sample(-5e6), plan, split.train);
    expect(b).toEqual(a);
    // and category "c", seen only in a test row, gets no slot
    expect(a.slots.some((s) => s.kind === 'one-hot' && s.category === 'c')).toBe(false);
  });

  it('orders categories by training frequency, then by name', () => {
    const ds = makeDataset('c.csv', [
      categoryColumn('c', ['b', 'a', 'c', 'c', 'a', 'b', 'c', 'z', 'z', 'z']),
      numberColumn('y', [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]),
    ]);
    const pre = fitPreprocessing(ds, { target: 'y', features: ['c'], task: 'classification' }, rows(0, 1, 2, 3, 4, 5, 6));
    expect(pre.slots.map((s) => (s.kind === 'one-hot' ? s.category : s.kind))).toEqual(['c', 'a', 'b']);
    expect(pre.classes).toEqual(['1', '2']);
  });

  it('uses std 1 for a constant column and no indicator when training rows have every value', () => {
    const ds = makeDataset('k.csv', [numberColumn('k', [5, 5, 5, null]), numberColumn('y', [1.5, 2.5, 3.5, 4.5])]);
    const pre = fitPreprocessing(ds, { target: 'y', features: ['k'], task: 'regression' }, rows(0, 1, 2));
    expect(pre.slots).toEqual([{ kind: 'scaled', column: 'k', mean: 5, std: 1 }]);
    expect(pre.targetMean).toBeCloseTo(2.5, 12);
    expect(pre.targetStd).toBeCloseTo(STD_123, 12);
    expect(pre.classes).toBeUndefined();
  });

  it('sorts numeric class labels as numbers', () => {
    const ds = makeDataset('n.csv', [numberColumn('y', [10, 3, 5, 3, 10, 5]), numberColumn('x', [1, 2, 3, 4, 5, 6])]);
    const pre = fitPreprocessing(ds, { target: 'y', features: ['x'], task: 'classification' }, rows(0, 1, 2, 3, 4, 5));
    expect(pre.classes).toEqual(['3', '5', '10']);
  });

  it('refuses a text feature, naming it', () => {
    const ds = makeDataset('t.csv', [textColumn('name', ['a', 'b']), numberColumn('y', [1, 2])]);
    expect(() => fitPreprocessing(ds, { target: 'y', features: ['name'], task: 'regression' }, rows(0, 1))).toThrow(AppError);
    expect(() => fitPreprocessing(ds, { target: 'y', features: ['name'], task: 'regression' }, rows(0, 1))).toThrow(/\u201cname\u201d/);
  });
});

describe('encodeDataset', () => {
  it('builds row-major inputs with imputed, scaled and one-hot values', () => {
    const enc = encodeDataset(sample(), plan, split);
    expect(enc.inputShape).toEqual([null, 5]);
    expect(enc.outputUnits).toBe(2);
    expect([enc.trainRows, enc.testRows, enc.droppedRows]).toEqual([4, 2, 0]);
    expect(enc.trainX).toHaveLength(4 * 5);
    const s = STD_123;
    const expected = [
      // x scaled, x missing, colour a, colour b, colour missing
      [(1 - 2) / s, 0, 1, 0, 0],
      [(2 - 2) / s, 0, 0, 1, 0],
      [(3 - 2) / s, 0, 1, 0, 0],
      [0, 1, 0, 0, 1], // missing x → mean (0 once scaled) + indicator; missing colour → "(missing)"
    ];
    expected.flat().forEach((v, i) => expect(enc.trainX[i]).toBeCloseTo(v, 5));
    const expectedTest = [
      [(100 - 2) / s, 0, 0, 0, 0], // colour "c" was never seen in training: all zeros
      [(6 - 2) / s, 0, 0, 1, 0],
    ];
    expectedTest.flat().forEach((v, i) => expect(enc.testX[i]).toBeCloseTo(v, 4));
    expect([...enc.trainY]).toEqual([1, 0, 0, 1, 1, 0, 0, 1]);
    expect([...enc.trainTarget]).toEqual([0, 1, 0, 1]);
    expect([...enc.testY]).toEqual([1, 0, 0, 1]);
    expect([...enc.testTarget]).toEqual([0, 1]);
  });

  it('standardises a regression target with training statistics and keeps it in original units', () => {
    const ds = sample();
    const enc = encodeDataset(ds, { target: 'amount', features: ['x'], task: 'regression' }, split);
    // training amounts 10, 20, 30, 40: mean 25, population std sqrt(125)
    const sd = Math.sqrt(125);
    expect(enc.preprocessing.targetMean).toBeCloseTo(25, 12);
    expect(enc.preprocessing.targetStd).toBeCloseTo(sd, 12);
    expect(enc.outputUnits).toBe(1);
    [-15 / sd, -5 / sd, 5 / sd, 15 / sd].forEach((v, i) => expect(enc.trainY[i]).toBeCloseTo(v, 6));
    [(1000 - 25) / sd, (60 - 25) / sd].forEach((v, i) => expect(enc.testY[i]).toBeCloseTo(v, 5));
    expect([...enc.testTarget]).toEqual([1000, 60]);
  });

  it('counts rows without a target value as dropped and refuses to encode one', () => {
    const ds = makeDataset('m.csv', [numberColumn('y', [1.5, null, 2.5, 3.5, null]), numberColumn('x', [1, 2, 3, 4, 5])]);
    const reg: FeaturePlan = { target: 'y', features: ['x'], task: 'regression' };
    const enc = encodeDataset(ds, reg, { train: rows(0, 2), test: rows(3), stratified: false, seed: 1 });
    expect(enc.droppedRows).toBe(2);
    expect(() => encodeDataset(ds, reg, { train: rows(0, 1), test: rows(3), stratified: false, seed: 1 })).toThrow(/Row 2 of m\.csv/);
  });

  it('refuses a test row whose class no training row has', () => {
    const ds = makeDataset('u.csv', [categoryColumn('k', ['p', 'p', 'r']), numberColumn('x', [1, 2, 3])]);
    expect(() => encodeDataset(ds, { target: 'k', features: ['x'], task: 'classification' }, { train: rows(0, 1), test: rows(2), stratified: false, seed: 1 }))
      .toThrow(/Row 3 of u\.csv has a class in \u201ck\u201d/);
  });
});

describe('encodeFeatures', () => {
  it('encodes another file by column and category name, not by code', () => {
    const pre = fitPreprocessing(sample(), plan, split.train);
    // categories first seen in another order, so their codes differ from the training file's
    const other = makeDataset('new.csv', [
      categoryColumn('colour', ['b', null, 'a', 'c']),
      numberColumn('x', [2, 3, null, 1]),
    ]);
    const x = encodeFeatures(other, pre, rows(0, 1, 2, 3));
    const s = STD_123;
    const expected = [
      [0, 0, 0, 1, 0],
      [1 / s, 0, 0, 0, 1],
      [0, 1, 1, 0, 0],
      [-1 / s, 0, 0, 0, 0],
    ];
    expected.flat().forEach((v, i) => expect(x[i]).toBeCloseTo(v, 5));
  });

  it('names a column the model needs that the file lacks', () => {
    const pre = fitPreprocessing(sample(), plan, split.train);
    const other = makeDataset('new.csv', [numberColumn('x', [1])]);
    expect(() => encodeFeatures(other, pre, rows(0))).toThrow('The column \u201ccolour\u201d that the model uses is not in new.csv.');
  });
});

describe('missing-value slots', () => {
  it('adds an indicator only when at least 1% of the training rows lack a value', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i === 0 ? null : i));
    const labels = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 'p' : 'q'));
    const colour = Array.from({ length: 200 }, (_, i) => (i < 3 ? null : i % 3 === 0 ? 'a' : 'b'));
    const ds = makeDataset('many.csv', [numberColumn('x', values), categoryColumn('colour', colour), categoryColumn('kind', labels)]);
    const all = Uint32Array.from({ length: 200 }, (_, i) => i);
    const pre = fitPreprocessing(ds, { target: 'kind', features: ['x', 'colour'], task: 'classification' }, all);
    // x: 1 of 200 missing (0.5%) → no indicator; colour: 3 of 200 (1.5%) → a "(missing)" slot
    expect(pre.slots.map((s) => s.kind + (s.kind === 'one-hot' ? `:${s.category}` : ''))).toEqual([
      'scaled', 'one-hot:b', 'one-hot:a', 'one-hot:(missing)',
    ]);
  });
});
