import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n/message';
import { appErrorInfo } from '../../../src/core/errors';
import { analysePlan as analyse, failedPlanAnalysis } from '../../../src/core/pipeline/analyse';
import type { TypedDataset } from '../../../src/core/data/types';
import type { SplitOptions } from '../../../src/core/sources/kind';
import type { FeaturePlan } from '../../../src/core/features/types';
import { categoryColumn, makeDataset, numberColumn } from '../helpers/dataset';

const ROWS = 20;
const range = (f: (i: number) => number | string | null) => Array.from({ length: ROWS }, (_, i) => f(i));

/**
 * Twenty rows; y is missing in the last, so 19 are labelled: with testFraction 0.25,
 * round(19 × 0.25) = 5 are held out and 14 train. colour has 10 a and 10 b, so both stay in the
 * training rows whatever the shuffle: the input is x (1 unit) + colour (2 one-hot units) = 3.
 * kind cycles p, q, r: 7 p, 7 q, 6 r.
 */
function sample() {
  return makeDataset('twenty.csv', [
    numberColumn('x', range((i) => i + 1) as number[]),
    categoryColumn('colour', range((i) => (i % 2 === 0 ? 'a' : 'b')) as string[]),
    categoryColumn('kind', range((i) => 'pqr'[i % 3] as string) as string[]),
    numberColumn('y', range((i) => (i === ROWS - 1 ? null : 10 * i)) as (number | null)[]),
  ]);
}
const settings = { testFraction: 0.25, seed: 7 };
const analysePlan = (summary: TypedDataset, plan: FeaturePlan, opts: SplitOptions) => analyse({ kind: 'table', summary, plan }, opts);

describe('analysePlan', () => {
  it('splits, fits and explains a regression plan as training would', () => {
    const plan: FeaturePlan = { target: 'y', features: ['x', 'colour'], task: 'regression' };
    const analysis = analysePlan(sample(), plan, settings);
    expect(analysis.problems).toEqual([]);
    expect([analysis.trainCount, analysis.testCount]).toEqual([14, 5]);
    expect(analysis.unit).toBe('rows');
    expect(analysis.shape?.text).toBe('(None, 3)');
    expect(analysis.shape?.inputShape).toEqual([null, 3]);
    expect(analysis.shape?.parts.map((p) => [p.column, p.units])).toEqual([['x', 1], ['colour', 2]]);
    expect(analysis.head).toMatchObject({ task: 'regression', units: 1, activation: 'linear', loss: 'meanSquaredError' });
  });

  it('gives a classification head one unit per class', () => {
    // 3 classes; the input is x alone.
    const plan: FeaturePlan = { target: 'kind', features: ['x'], task: 'classification' };
    const analysis = analysePlan(sample(), plan, settings);
    expect(analysis.problems).toEqual([]);
    expect(analysis.classes).toEqual(['p', 'q', 'r']);
    expect(analysis.head).toMatchObject({ units: 3, activation: 'softmax', loss: 'categoricalCrossentropy' });
    expect(analysis.shape?.text).toBe('(None, 1)');
    // round(20 × 0.25) = 5 held out: 7·5/20 = 1.75 p, 1.75 q, 1.5 r → 1 each, and the two
    // largest remainders (p, q) one more: 2 + 2 + 1.
    expect([analysis.trainCount, analysis.testCount]).toEqual([15, 5]);
  });

  it('is the same for the same seed (the worker and a training run agree)', () => {
    const plan: FeaturePlan = { target: 'y', features: ['x'], task: 'regression' };
    expect(analysePlan(sample(), plan, settings)).toEqual(analysePlan(sample(), plan, settings));
  });

  it('reports the plan problems and fits nothing when the plan is not valid', () => {
    const plan: FeaturePlan = { target: 'y', features: [], task: 'regression' };
    const analysis = analysePlan(sample(), plan, settings);
    expect(analysis.problems.map((p) => p.code)).toEqual(['plan/no-features']);
    expect([analysis.shape, analysis.head]).toEqual([null, null]);
  });

  it('returns what core throws as a problem instead of throwing', () => {
    const plan: FeaturePlan = { target: 'y', features: ['x'], task: 'regression' };
    const analysis = analysePlan(sample(), plan, { testFraction: 1.5, seed: 7 });
    expect(analysis.problems.map((p) => p.code)).toEqual(['split/bad-test-fraction']);
    expect(analysis.shape).toBeNull();
    expect(failedPlanAnalysis(appErrorInfo({ code: 'c', message: msg('common.internalError') }))).toMatchObject({ problems: [{ code: 'c' }], trainCount: 0, head: null });
  });
});
