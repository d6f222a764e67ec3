import { en } from './english';
/**
 * The head on two classes: Dense(2, softmax) and Dense(1, sigmoid) are both accepted; one
 * sigmoid unit on three classes or on a number is refused; a wrong head on two classes is offered
 * both heads, and each fix leaves a valid model.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { HeadContext, ModelReport } from '../../../src/core/model/designer-types';
import { applyFixToSpec } from '../../../src/core/model/edits';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const two: HeadContext = { task: 'classification', outputUnits: 2, target: 'survived' };
const three: HeadContext = { task: 'classification', outputUnits: 3, target: 'species' };
const regression: HeadContext = { task: 'regression', outputUnits: 1, target: 'mpg' };
const d = (units: number, activation?: string): LayerSpec => ({ type: 'dense', units, ...(activation ? { activation } : {}) });
const mlp = (...head: LayerSpec[]): ModelSpec => ({ inputShape: [6], layers: [d(16, 'relu'), ...head] });

function headCodes(report: ModelReport): string[] {
  return report.layers.flatMap((l) => l.advice.map((a) => a.code)).filter((c) => c.startsWith('head/'));
}

function headAdviceOf(report: ModelReport) {
  for (const layer of report.layers) {
    const advice = layer.advice.find((a) => a.code.startsWith('head/'));
    if (advice) return { layer: layer.index, advice };
  }
  return undefined;
}

describe('two classes accept both heads', () => {
  it.each([
    ['Dense(2, softmax)', mlp(d(2, 'softmax'))],
    ['Dense(1, sigmoid)', mlp(d(1, 'sigmoid'))],
    ['Dense(1) then a sigmoid Activation layer', mlp(d(1), { type: 'activation', activation: 'sigmoid' })],
    ['Dense(1, sigmoid) then Dropout', mlp(d(1, 'sigmoid'), { type: 'dropout', rate: 0.1 })],
  ])('%s', (_name, spec) => {
    const report = analyzeModel(spec, two);
    expect(headCodes(report)).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

interface Refused {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly head: HeadContext;
  readonly code: string;
  readonly fixes: readonly string[];
  readonly message?: RegExp;
}

const REFUSED: readonly Refused[] = [
  {
    name: 'one sigmoid unit on three classes', spec: mlp(d(1, 'sigmoid')), head: three, code: 'head/classification-head', fixes: ['Use Dense(3, softmax)'],
    message: /^One sigmoid unit gives the probability of one class against another, which fits two classes only; “species” has 3, so the last layer needs 3 softmax units/,
  },
  { name: 'one sigmoid unit on a number', spec: mlp(d(1, 'sigmoid')), head: regression, code: 'head/sigmoid-for-regression', fixes: ['Use one linear unit'], message: /^Sigmoid squeezes the output between 0 and 1/ },
  { name: 'one linear unit on two classes', spec: mlp(d(1)), head: two, code: 'head/classification-head', fixes: ['Use Dense(2, softmax)', 'Use Dense(1, sigmoid)'] },
  { name: 'one softmax unit on two classes', spec: mlp(d(1, 'softmax')), head: two, code: 'head/units-for-classes', fixes: ['Set units to 2', 'Use Dense(1, sigmoid)'] },
  { name: 'two sigmoid units on two classes', spec: mlp(d(2, 'sigmoid')), head: two, code: 'head/activation-for-classification', fixes: ['Use softmax', 'Use Dense(1, sigmoid)'] },
  { name: 'three sigmoid units on two classes', spec: mlp(d(3, 'sigmoid')), head: two, code: 'head/classification-head', fixes: ['Use Dense(2, softmax)', 'Use Dense(1, sigmoid)'] },
];

describe('heads that do not fit', () => {
  it.each(REFUSED.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const report = analyzeModel(rule.spec, rule.head);
    expect(report.valid).toBe(false);
    const found = headAdviceOf(report);
    expect(found?.advice.code).toBe(rule.code);
    expect(found?.advice.severity).toBe('error');
    expect(found?.advice.fixes.map((f) => en(f.label))).toEqual(rule.fixes);
    if (rule.message) expect(en(found?.advice.message)).toMatch(rule.message);
    if (rule.head === two) expect(en(found?.advice.expected)).toBe('Dense(2, softmax) or Dense(1, sigmoid)');
    for (const fix of found?.advice.fixes ?? []) {
      const fixed = analyzeModel(applyFixToSpec(rule.spec, fix), rule.head);
      expect(headCodes(fixed), `after “${en(fix.label)}”`).toEqual([]);
      expect(fixed.valid, `after “${en(fix.label)}”`).toBe(true);
    }
  });
});
