import { describe, expect, it } from 'vitest';
import { explainInputShape } from '../../../src/core/shape/explain';
import { english } from '../../../src/core/i18n/translate';
import { encodeDataset } from '../../../src/core/features/encode';
import { proposePlan } from '../../../src/core/features/propose';
import { splitRows } from '../../../src/core/features/split';
import { validatePlan } from '../../../src/core/features/validate';
import type { Preprocessing } from '../../../src/core/features/types';
import { categoryColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';

const penguinsLike: Preprocessing = {
  task: 'classification',
  target: 'species',
  imputation: 'mean',
  classes: ['Adelie', 'Chinstrap', 'Gentoo'],
  slots: [
    { kind: 'scaled', column: 'bill_length_mm', mean: 43.9219298245614, std: 5.459583713926532 },
    { kind: 'scaled', column: 'bill_depth_mm', mean: 17.15116959064328, std: 1.9747931568167816 },
    { kind: 'missing-indicator', column: 'bill_depth_mm', missingRows: 2 },
    { kind: 'one-hot', column: 'island', category: 'Biscoe' },
    { kind: 'one-hot', column: 'island', category: 'Dream' },
    { kind: 'one-hot', column: 'island', category: 'Torgersen' },
    { kind: 'scaled', column: 'body_mass_g', mean: 4201.75438596491, std: 801.9545356980956 },
  ],
};

describe('explainInputShape', () => {
  it('explains every unit of (None, n) by its column', () => {
    const e = explainInputShape(penguinsLike);
    expect(e.inputShape).toEqual([null, 7]);
    expect(e.text).toBe('(None, 7)');
    expect(e.parts.map((p) => ({ ...p, description: english(p.description) }))).toEqual([
      { column: 'bill_length_mm', units: 1, description: '1 number, standardised (mean 43.9, std 5.46)' },
      {
        column: 'bill_depth_mm',
        units: 2,
        description: '1 number, standardised (mean 17.2, std 1.97) and 1 missing-value indicator (2 training rows had no value)',
      },
      { column: 'island', units: 3, description: '3 one-hot columns (Biscoe, Dream, and Torgersen)' },
      { column: 'body_mass_g', units: 1, description: '1 number, standardised (mean 4,202, std 802)' },
    ]);
    expect(english(e.sum)).toBe('7 = 3 numeric columns, 1 missing-value indicator, and 3 one-hot columns of \u201cisland\u201d');
    expect(e.noneMeaning).toEqual({ code: 'shape.noneMeaning', params: { unit: 'rows' } });
    expect(english(e.noneMeaning)).toMatch(/^None is the batch size: the network takes any number of rows at a time/);
  });

  it('uses the singular for one unit and lists at most 8 categories', () => {
    const cats = Array.from({ length: 11 }, (_, i) => `c${i}`);
    const e = explainInputShape({
      task: 'regression',
      target: 'y',
      imputation: 'mean',
      slots: [
        { kind: 'one-hot', column: 'one', category: 'only' },
        ...cats.map((category) => ({ kind: 'one-hot' as const, column: 'many', category })),
      ],
    });
    expect(e.parts.map((p) => english(p.description))).toEqual([
      '1 one-hot column (only)',
      '11 one-hot columns (c0, c1, c2, c3, c4, c5, c6, c7 and 3 more)',
    ]);
    expect(english(e.sum)).toBe('12 = 1 one-hot column of \u201cone\u201d and 11 one-hot columns of \u201cmany\u201d');
  });

  it('says so when there are no inputs', () => {
    const e = explainInputShape({ task: 'regression', target: 'y', imputation: 'mean', slots: [] });
    expect(e.text).toBe('(None, 0)');
    expect(e.parts).toEqual([]);
    expect(english(e.sum)).toBe('0: no feature columns are chosen');
  });
});

describe('from a table to its explained shape', () => {
  it('proposes, validates, splits and encodes a small penguin table consistently', () => {
    const n = 40;
    const species = Array.from({ length: n }, (_, i) => ['Adelie', 'Gentoo', 'Chinstrap', 'Adelie'][i % 4] as string);
    const ds = makeDataset('penguins.csv', [
      textColumn('id', Array.from({ length: n }, (_, i) => `P${i}`)),
      categoryColumn('island', Array.from({ length: n }, (_, i) => (i === 5 ? null : ['Biscoe', 'Dream', 'Biscoe'][i % 3] as string))),
      numberColumn('bill_length_mm', Array.from({ length: n }, (_, i) => 35 + ((i * 7) % 20) + 0.1)),
      numberColumn('bill_depth_mm', Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : 15 + (i % 5)))),
      categoryColumn('species', species),
    ]);
    const { plan } = proposePlan(ds);
    expect(plan).toEqual({ target: 'species', features: ['island', 'bill_length_mm', 'bill_depth_mm'], task: 'classification' });
    expect(validatePlan(ds, plan)).toEqual([]);
    const split = splitRows(ds, plan, { testFraction: 0.2, seed: 42 });
    // 20 Adelie, 10 Gentoo, 10 Chinstrap → 4 / 2 / 2 held out
    const held = [...split.test].map((r) => species[r]);
    expect(held.filter((s) => s === 'Adelie')).toHaveLength(4);
    expect(held.filter((s) => s === 'Gentoo')).toHaveLength(2);
    const enc = encodeDataset(ds, plan, split);
    const shape = explainInputShape(enc.preprocessing);
    expect(enc.inputShape[1]).toBe(enc.preprocessing.slots.length);
    expect(shape.parts.reduce((a, p) => a + p.units, 0)).toBe(enc.inputShape[1]);
    expect(enc.trainX.length).toBe(enc.trainRows * enc.inputShape[1]);
    expect(enc.testY.length).toBe(enc.testRows * 3);
    expect(enc.preprocessing.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });
});
