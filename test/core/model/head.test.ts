import { english, translator } from '../../../src/core/i18n/translate';
import { en } from './english';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../src/core/model/edits';
import {
  classProbabilities, headInUse, isSigmoidHead, lossForModel, lossForTask, proposeHead, switchBinaryHead,
} from '../../../src/core/model/head';
import type { LayerSpec } from '../../../src/core/model/types';

describe('proposeHead', () => {
  it('proposes Dense(n_classes, softmax) + categorical cross-entropy for classification', () => {
    const head = proposeHead('classification', 3, { target: 'species', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    expect(head).toMatchObject({ task: 'classification', units: 3, activation: 'softmax', loss: 'categoricalCrossentropy' });
    expect(english(head.reason)).toContain('“species” has 3 classes (Adelie, Chinstrap, and Gentoo)');
    expect(english(head.reason).split('. ').length).toBe(1); // one sentence
    expect(translator('ko')(head.reason)).toContain('“species”에는 클래스가 3개');
  });

  it('shortens a long list of classes', () => {
    const classes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(english(proposeHead('classification', 7, { target: 'digit', classes }).reason)).toContain('(a, b, c, d, e, and 2 more)');
  });

  it('proposes Dense(1, linear) + mean squared error for regression', () => {
    const head = proposeHead('regression', 1, { target: 'mpg' });
    expect(head).toMatchObject({ task: 'regression', units: 1, activation: 'linear', loss: 'meanSquaredError' });
    expect(english(head.reason)).toMatch(/^“mpg” is a continuous number/);
    expect(english(proposeHead('regression', 1, { target: '' }).reason)).toMatch(/^This target is a continuous number/);
  });

  it('ties the loss to the task in one place', () => {
    expect(lossForTask('classification')).toBe('categoricalCrossentropy');
    expect(lossForTask('regression')).toBe('meanSquaredError');
  });
});

const d = (units: number, activation?: string): LayerSpec => ({ type: 'dense', units, ...(activation ? { activation } : {}) });
const sigmoidLayers = [d(8, 'relu'), d(1, 'sigmoid')];
const softmaxLayers = [d(8, 'relu'), d(2, 'softmax')];
const twoClasses = proposeHead('classification', 2, { target: 'species', classes: ['Adelie', 'Gentoo'] });

describe('two classes: Dense(2, softmax) or Dense(1, sigmoid)', () => {
  it('proposes softmax and names the sigmoid head as the same model', () => {
    expect(twoClasses).toMatchObject({ units: 2, activation: 'softmax', loss: 'categoricalCrossentropy', classes: ['Adelie', 'Gentoo'] });
    expect(english(twoClasses.reason)).toContain(
      'Dense(1, sigmoid) with binary cross-entropy works too. One sigmoid unit gives the probability of the second class (“Gentoo”); the first is 1 − p.',
    );
  });

  it('trains one sigmoid unit of a classifier with binary cross-entropy, whatever follows it', () => {
    expect(isSigmoidHead('classification', sigmoidLayers)).toBe(true);
    expect(isSigmoidHead('classification', [d(1), { type: 'activation', activation: 'sigmoid' }, { type: 'dropout', rate: 0.2 }])).toBe(true);
    expect(isSigmoidHead('classification', softmaxLayers)).toBe(false);
    expect(isSigmoidHead('classification', [d(2, 'sigmoid')])).toBe(false);
    expect(isSigmoidHead('regression', sigmoidLayers)).toBe(false);
    expect(lossForModel('classification', sigmoidLayers)).toBe('binaryCrossentropy');
    expect(lossForModel('classification', softmaxLayers)).toBe('categoricalCrossentropy');
    expect(lossForModel('regression', [d(1)])).toBe('meanSquaredError');
  });

  it('describes the head in use, with the sentence of their equivalence', () => {
    expect(headInUse(twoClasses, softmaxLayers)).toBe(twoClasses);
    const inUse = headInUse(twoClasses, sigmoidLayers);
    expect({ ...inUse, reason: english(inUse.reason) }).toEqual({
      task: 'classification', units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy', classes: ['Adelie', 'Gentoo'],
      reason: 'One sigmoid unit gives the probability of the second class (“Gentoo”); the first is 1 − p. It is the same model as two softmax units, with one fewer set of weights.',
    });
    const three = proposeHead('classification', 3, { target: 'species' });
    expect(headInUse(three, sigmoidLayers)).toBe(three);
  });

  it('switches between the two heads, and back', () => {
    const toSigmoid = switchBinaryHead(twoClasses, softmaxLayers);
    expect(en(toSigmoid?.label)).toBe('Use Dense(1, sigmoid)');
    const switched = applyFix(softmaxLayers, toSigmoid!);
    expect(switched).toEqual(sigmoidLayers);
    const back = switchBinaryHead(twoClasses, switched);
    expect(en(back?.label)).toBe('Use Dense(2, softmax)');
    expect(applyFix(switched, back!)).toEqual(softmaxLayers);
    // A trailing Activation layer is where the activation changes.
    const withActivation = [d(1), { type: 'activation', activation: 'sigmoid' }];
    expect(applyFix(withActivation, switchBinaryHead(twoClasses, withActivation)!)).toEqual([d(2), { type: 'activation', activation: 'softmax' }]);
    expect(switchBinaryHead(twoClasses, [d(3, 'relu')])).toBeNull();
    expect(switchBinaryHead(proposeHead('classification', 3, { target: 'species' }), [d(3, 'softmax')])).toBeNull();
  });

  it('reads one output p per row as [1 − p, p]; other outputs stay as they are', () => {
    expect(Array.from(classProbabilities(Float32Array.from([0.25, 1, NaN]), 3, 1, 2))).toEqual([0.75, 0.25, 0, 1, NaN, NaN]);
    const softmax = Float32Array.from([0.2, 0.8]);
    expect(classProbabilities(softmax, 1, 2, 2)).toBe(softmax);
    const regression = Float32Array.from([3.5]);
    expect(classProbabilities(regression, 1, 1, 1)).toBe(regression);
  });
});
