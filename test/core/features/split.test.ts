import { describe, expect, it } from 'vitest';
import { allocateTestRows, splitRows } from '../../../src/core/features/split';
import { AppError } from '../../../src/core/errors';
import type { FeaturePlan, Split } from '../../../src/core/features/types';
import { categoryColumn, makeDataset, numberColumn } from '../helpers/dataset';

const seq = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** 100 rows: 50 "a", 30 "b", 20 "c", interleaved, and 7 more rows with no label. */
const labels: (string | null)[] = [
  ...seq(50, () => 'a'), ...seq(30, () => 'b'), ...seq(20, () => 'c'),
].map((v, i, all) => all[(i * 37) % 100] ?? v);
const withMissing = [...labels, null, null, null, null, null, null, null];
const ds = makeDataset('abc.csv', [
  categoryColumn('label', withMissing),
  numberColumn('x', seq(107, (i) => i)),
]);
const plan: FeaturePlan = { target: 'label', features: ['x'], task: 'classification' };

function countByLabel(rows: Uint32Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const l = withMissing[r] ?? 'missing';
    out[l] = (out[l] ?? 0) + 1;
  }
  return out;
}

function expectPartition(split: Split, labelled: number[]) {
  const all = [...split.train, ...split.test].sort((a, b) => a - b);
  expect(all).toEqual(labelled);
  for (const part of [split.train, split.test]) {
    expect(part.length).toBeGreaterThan(0);
    for (let i = 1; i < part.length; i++) expect(part[i]! > part[i - 1]!).toBe(true);
  }
}

describe('splitRows, classification', () => {
  it('keeps each class\u2019s share in both parts and leaves unlabelled rows out', () => {
    const split = splitRows(ds, plan, { testFraction: 0.2, seed: 42 });
    expect(split.stratified).toBe(true);
    expect(split.seed).toBe(42);
    expect(countByLabel(split.test)).toEqual({ a: 10, b: 6, c: 4 });
    expect(countByLabel(split.train)).toEqual({ a: 40, b: 24, c: 16 });
    expectPartition(split, seq(100, (i) => i));
  });

  it('is the same for the same seed and different for another', () => {
    const a = splitRows(ds, plan, { testFraction: 0.2, seed: 42 });
    const b = splitRows(ds, plan, { testFraction: 0.2, seed: 42 });
    const c = splitRows(ds, plan, { testFraction: 0.2, seed: 43 });
    expect([...b.test]).toEqual([...a.test]);
    expect([...b.train]).toEqual([...a.train]);
    expect([...c.test]).not.toEqual([...a.test]);
    expect(countByLabel(c.test)).toEqual({ a: 10, b: 6, c: 4 });
  });

  it('puts a class with a single row in the training part', () => {
    const cells = [...seq(9, () => 'a'), ...seq(9, () => 'b'), 'lonely'];
    const small = makeDataset('s.csv', [categoryColumn('label', cells), numberColumn('x', seq(19, (i) => i))]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const split = splitRows(small, plan, { testFraction: 0.3, seed });
      expect(split.train).toContain(18);
      expect(split.test).not.toContain(18);
      // 19 * 0.3 = 5.7 → 6 test rows, shared 3 / 3 between the two classes that can spare rows
      expect(split.test.length).toBe(6);
    }
  });

  it('stratifies a numeric class column by value', () => {
    const values = seq(40, (i) => (i % 4 === 0 ? 7 : 2)); // 10 sevens, 30 twos
    const num = makeDataset('n.csv', [numberColumn('y', values), numberColumn('x', seq(40, (i) => i))]);
    const split = splitRows(num, { target: 'y', features: ['x'], task: 'classification' }, { testFraction: 0.25, seed: 9 });
    const sevens = [...split.test].filter((r) => values[r] === 7).length;
    expect(sevens).toBe(2); // exact shares 7.5 twos and 2.5 sevens: the tie goes to the larger class
    expect(split.test.length).toBe(10);
  });
});

describe('allocateTestRows', () => {
  it('shares the test rows in proportion, by largest remainder', () => {
    expect(allocateTestRows([50, 30, 20], 20)).toEqual([10, 6, 4]);
    expect(allocateTestRows([5, 3, 2], 2)).toEqual([1, 1, 0]); // exact 1, 0.6, 0.4
    expect(allocateTestRows([30, 10], 10)).toEqual([8, 2]); // exact 7.5, 2.5: tie broken towards the larger class
    expect(allocateTestRows([9, 9, 1], 6)).toEqual([3, 3, 0]); // the single row stays in training
  });

  it('keeps one training row per class and still fills the test part when every class is a single row', () => {
    expect(allocateTestRows([2, 2], 3)).toEqual([1, 1]);
    expect(allocateTestRows([1, 1, 1], 1)).toEqual([1, 0, 0]);
  });
});

describe('splitRows, regression', () => {
  const values = seq(12, (i) => (i === 3 || i === 8 ? NaN : i * 1.5));
  const reg = makeDataset('r.csv', [numberColumn('y', values), numberColumn('x', seq(12, (i) => i))]);
  const regPlan: FeaturePlan = { target: 'y', features: ['x'], task: 'regression' };

  it('shuffles the labelled rows with the seed and holds out the rounded share', () => {
    const split = splitRows(reg, regPlan, { testFraction: 0.3, seed: 5 });
    expect(split.stratified).toBe(false);
    expect(split.test.length).toBe(3); // 10 labelled × 0.3
    expectPartition(split, [0, 1, 2, 4, 5, 6, 7, 9, 10, 11]);
    const again = splitRows(reg, regPlan, { testFraction: 0.3, seed: 5 });
    expect([...again.test]).toEqual([...split.test]);
    const tests = new Set([1, 2, 3, 4, 5, 6].map((seed) => [...splitRows(reg, regPlan, { testFraction: 0.3, seed }).test].join(',')));
    expect(tests.size).toBeGreaterThan(1);
  });

  it('keeps both parts non-empty at the extremes', () => {
    const two = makeDataset('2.csv', [numberColumn('y', [1.5, 2.5]), numberColumn('x', [1, 2])]);
    for (const testFraction of [0.01, 0.99]) {
      const split = splitRows(two, regPlan, { testFraction, seed: 1 });
      expect([split.train.length, split.test.length]).toEqual([1, 1]);
    }
  });

  it('refuses a test share outside (0, 1) and a target without enough values', () => {
    expect(() => splitRows(reg, regPlan, { testFraction: 1, seed: 1 })).toThrow(AppError);
    expect(() => splitRows(reg, regPlan, { testFraction: 0, seed: 1 })).toThrow(/between 0 and 1/);
    const one = makeDataset('1.csv', [numberColumn('y', [1.5, NaN]), numberColumn('x', [1, 2])]);
    expect(() => splitRows(one, regPlan, { testFraction: 0.2, seed: 1 })).toThrow(/Only 1 row of 1\.csv has a value in \u201cy\u201d/);
  });
});
