import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/core/features/validate';
import { applyPlanFix, parsePlanFix } from '../../../src/core/features/fixes';
import type { FeaturePlan } from '../../../src/core/features/types';
import { categoryColumn, emptyColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';
import { msg } from '../../../src/core/i18n/message';

const seq = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const cycle = (n: number, labels: string[]) => Array.from({ length: n }, (_, i) => labels[i % labels.length] as string);

const ds = makeDataset('penguins.csv', [
  textColumn('id', seq(20, (i) => `p${i}`).map(String)),
  categoryColumn('species', cycle(20, ['Adelie', 'Gentoo'])),
  numberColumn('bill', seq(20, (i) => 40 + i / 4)),
  numberColumn('year', seq(20, (i) => 2007 + (i % 3))),
  numberColumn('mass', seq(20, (i) => 3000 + 37 * i)),
  categoryColumn('same', cycle(20, ['x'])),
  emptyColumn('notes', 20),
  numberColumn('unlabelled', seq(20, (i) => (i < 15 ? NaN : i % 2))),
  numberColumn('serial', seq(200, (i) => i).slice(0, 20)),
]);
const ok: FeaturePlan = { target: 'species', features: ['bill', 'year'], task: 'classification' };
const codes = (plan: FeaturePlan) => validatePlan(ds, plan).map((p) => p.code);

describe('validatePlan', () => {
  it('accepts a sound plan', () => {
    expect(validatePlan(ds, ok)).toEqual([]);
    expect(validatePlan(ds, { target: 'mass', features: ['bill', 'species'], task: 'regression' })).toEqual([]);
  });

  it('names a missing target column and lists some that exist', () => {
    const [p] = validatePlan(ds, { ...ok, target: 'Species ' });
    expect(p?.code).toBe('plan/target-not-found');
    expect(p?.message).toBe(
      'The target column \u201cSpecies \u201d is not in penguins.csv. Its columns include \u201cid\u201d, \u201cspecies\u201d, \u201cbill\u201d, \u201cyear\u201d, \u201cmass\u201d, and 4 more.',
    );
  });

  it('blocks a target with no values', () => {
    const [p] = validatePlan(ds, { ...ok, target: 'notes' });
    expect(p?.code).toBe('plan/target-all-missing');
    expect(p?.message).toContain('\u201cnotes\u201d');
  });

  it('blocks a target with a single class, naming the class', () => {
    const [p] = validatePlan(ds, { ...ok, target: 'same' });
    expect(p?.code).toBe('plan/single-class');
    expect(p?.message).toContain('\u201csame\u201d holds a single class (\u201cx\u201d)');
  });

  it('blocks more than 100 classes and offers regression for numbers', () => {
    const big = makeDataset('big.csv', [numberColumn('y', seq(150, (i) => i)), numberColumn('x', seq(150, (i) => i / 2))]);
    const [p] = validatePlan(big, { target: 'y', features: ['x'], task: 'classification' });
    expect(p?.code).toBe('plan/too-many-classes');
    expect(p?.message).toContain('\u201cy\u201d');
    expect(p?.fix).toEqual({ label: msg('data.plan.fix.regression'), action: 'set-task:regression' });
    const names = makeDataset('big.csv', [categoryColumn('who', seq(150, (i) => `n${i}`)), numberColumn('x', seq(150, (i) => i / 2))]);
    const [q] = validatePlan(names, { target: 'who', features: ['x'], task: 'classification' });
    expect(q?.code).toBe('plan/too-many-classes');
    expect(q?.fix).toBeUndefined();
    // exactly 100 classes is allowed
    const hundred = makeDataset('h.csv', [numberColumn('y', seq(200, (i) => i % 100)), numberColumn('x', seq(200, (i) => i / 2))]);
    expect(validatePlan(hundred, { target: 'y', features: ['x'], task: 'classification' })).toEqual([]);
  });

  it('blocks regression on text labels and offers classification', () => {
    const [p] = validatePlan(ds, { ...ok, task: 'regression' });
    expect(p?.code).toBe('plan/regression-non-numeric');
    expect(p?.message).toContain('\u201cspecies\u201d');
    expect(p?.fix?.action).toBe('set-task:classification');
  });

  it('blocks a text target', () => {
    const [p] = validatePlan(ds, { ...ok, target: 'id', features: ['bill'] });
    expect(p?.code).toBe('plan/target-text');
    expect(p?.message).toContain('\u201cid\u201d looks like an identifier');
  });

  it('blocks no features, the target as a feature, and unusable or unknown features, each with a fix', () => {
    expect(codes({ ...ok, features: [] })).toEqual(['plan/no-features']);
    const problems = validatePlan(ds, { ...ok, features: ['bill', 'species', 'id', 'notes', 'ghost', 'bill'] });
    expect(problems.map((p) => p.code)).toEqual([
      'plan/feature-is-target', 'plan/feature-unusable', 'plan/feature-unusable', 'plan/feature-not-found', 'plan/feature-duplicate',
    ]);
    expect(problems.map((p) => p.fix?.action)).toEqual([
      'exclude-feature:species', 'exclude-feature:id', 'exclude-feature:notes', 'exclude-feature:ghost', 'exclude-feature:bill',
    ]);
    expect(problems[1]?.message).toContain('\u201cid\u201d');
    expect(problems[2]?.message).toBe('The feature column \u201cnotes\u201d is empty in every row, so it gives the network nothing.');
  });

  it('blocks fewer than 10 labelled rows', () => {
    const [p] = validatePlan(ds, { target: 'unlabelled', features: ['bill'], task: 'classification' });
    expect(p?.code).toBe('plan/too-few-rows');
    expect(p?.message).toBe(
      'Only 5 rows of penguins.csv have a value in the target column \u201cunlabelled\u201d; at least 10 are needed to set some aside for testing.',
    );
    const ten = makeDataset('t.csv', [numberColumn('y', seq(10, (i) => i + 0.5)), numberColumn('x', seq(10, (i) => i))]);
    expect(validatePlan(ten, { target: 'y', features: ['x'], task: 'regression' })).toEqual([]);
  });
});

describe('plan fixes', () => {
  it('carries out the fixes validatePlan offers', () => {
    const plan: FeaturePlan = { target: 'species', features: ['bill', 'species'], task: 'regression' };
    expect(applyPlanFix(plan, 'set-task:classification').task).toBe('classification');
    expect(applyPlanFix(plan, 'exclude-feature:species').features).toEqual(['bill']);
    expect(applyPlanFix(plan, 'open-dataset')).toBe(plan);
    expect(parsePlanFix('exclude-feature:a:b')).toEqual({ kind: 'exclude-feature', column: 'a:b' });
    expect(parsePlanFix('set-task:clustering')).toBeNull();
  });
});

describe('validatePlan: features that never change', () => {
  const flat = makeDataset('flat.csv', [
    numberColumn('five', seq(20, () => 5)),
    categoryColumn('same', cycle(20, ['x'])),
    numberColumn('bill', seq(20, (i) => 40 + i / 4)),
    categoryColumn('label', cycle(20, ['a', 'b'])),
  ]);

  it('is a data problem naming the column when the only feature holds one value', () => {
    const problems = validatePlan(flat, { target: 'label', features: ['five'], task: 'classification' });
    expect(problems.map((p) => p.code)).toEqual(['plan/features-constant']);
    expect(problems[0]?.message).toBe('The feature column “five” holds the same value (“5”) in every row, so the network has nothing to learn from. Choose columns whose values differ from row to row.');
    expect(problems[0]?.message).not.toMatch(/backend/);
  });

  it('names every feature when all of them are constant, and says nothing when one of them varies', () => {
    expect(validatePlan(flat, { target: 'label', features: ['five', 'same'], task: 'classification' })[0]?.message).toMatch(/^Every feature column \(“five” and “same”\) holds the same value/);
    expect(validatePlan(flat, { target: 'label', features: ['five', 'bill'], task: 'classification' })).toEqual([]);
  });
});
