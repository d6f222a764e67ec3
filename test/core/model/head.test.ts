import { describe, expect, it } from 'vitest';
import { lossForTask, proposeHead } from '../../../src/core/model/head';

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
