import { describe, expect, it } from 'vitest';
import { checkHead, lossForTask, proposeHead } from '../../../src/core/model/head';
import { DEFAULT_MLP } from '../../../src/core/model/mlp';
import type { MlpConfig } from '../../../src/core/model/types';

const withHead = (units: number, activation: 'softmax' | 'linear' | 'sigmoid'): MlpConfig => ({
  ...DEFAULT_MLP,
  head: { units, activation },
});

describe('proposeHead', () => {
  it('proposes Dense(n_classes, softmax) + categorical cross-entropy for classification', () => {
    const head = proposeHead('classification', 3, { target: 'species', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    expect(head).toMatchObject({ task: 'classification', units: 3, activation: 'softmax', loss: 'categoricalCrossentropy' });
    expect(head.reason).toContain('“species” has 3 classes (Adelie, Chinstrap, Gentoo)');
    expect(head.reason.split('. ').length).toBe(1); // one sentence
  });

  it('shortens a long list of classes', () => {
    const classes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(proposeHead('classification', 7, { target: 'digit', classes }).reason).toContain('(a, b, c, d, e and 2 more)');
  });

  it('proposes Dense(1, linear) + mean squared error for regression', () => {
    const head = proposeHead('regression', 1, { target: 'mpg' });
    expect(head).toMatchObject({ task: 'regression', units: 1, activation: 'linear', loss: 'meanSquaredError' });
    expect(head.reason).toMatch(/^“mpg” is a continuous number/);
  });

  it('ties the loss to the task in one place', () => {
    expect(lossForTask('classification')).toBe('categoricalCrossentropy');
    expect(lossForTask('regression')).toBe('meanSquaredError');
  });
});

describe('checkHead', () => {
  it('accepts no override and overrides that agree with the task', () => {
    expect(checkHead(DEFAULT_MLP, 'regression', 1)).toBeNull();
    expect(checkHead(withHead(1, 'linear'), 'regression', 1)).toBeNull();
    expect(checkHead(withHead(3, 'softmax'), 'classification', 3)).toBeNull();
  });

  it('explains softmax on a regression target and offers the proposed head', () => {
    const problem = checkHead(withHead(1, 'softmax'), 'regression', 1, { target: 'mpg' });
    expect(problem?.code).toBe('head/softmax-for-regression');
    expect(problem?.message).toBe(
      'Softmax turns the outputs into probabilities that sum to 1; a regression target like “mpg” needs one unbounded number: use one linear unit.',
    );
    expect(problem?.fix).toEqual({ label: 'Use Dense(1, linear)', action: 'use-proposed-head' });
  });

  it('explains sigmoid and extra units on a regression target', () => {
    expect(checkHead(withHead(1, 'sigmoid'), 'regression', 1, { target: 'mpg' })?.code).toBe('head/sigmoid-for-regression');
    const units = checkHead(withHead(5, 'linear'), 'regression', 1, { target: 'mpg' });
    expect(units?.code).toBe('head/units-for-regression');
    expect(units?.message).toContain('exactly 1 unit, not 5');
  });

  it('explains one linear unit for 5 classes', () => {
    const problem = checkHead(withHead(1, 'linear'), 'classification', 5, { target: 'grade' });
    expect(problem?.code).toBe('head/linear-for-classification');
    expect(problem?.message).toContain('“grade” has 5 classes');
    expect(problem?.fix).toEqual({ label: 'Use Dense(5, softmax)', action: 'use-proposed-head' });
  });

  it('requires softmax with one unit per class', () => {
    expect(checkHead(withHead(3, 'sigmoid'), 'classification', 3)?.code).toBe('head/sigmoid-for-classification');
    const units = checkHead(withHead(2, 'softmax'), 'classification', 3, { target: 'species' });
    expect(units?.code).toBe('head/units-for-classes');
    expect(units?.message).toBe('“species” has 3 classes, so the last layer needs 3 units (one per class), not 2.');
    expect(checkHead(withHead(2, 'softmax'), 'classification', 3)?.message).toMatch(/^This target has 3 classes/);
  });
});
