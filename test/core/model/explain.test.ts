import { en } from './english';
/**
 * The words of the explanations, over every template model and small edge cases: counts agree
 * with their nouns, shapes are written as the rest of the app writes them, and every layer that
 * has an activation names it.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { HeadContext, LayerReport } from '../../../src/core/model/designer-types';
import { templatesFor } from '../../../src/core/model/templates';
import type { LayerSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const classes3: HeadContext = { task: 'classification', outputUnits: 3 };
const regression: HeadContext = { task: 'regression', outputUnits: 1 };
const CONTEXTS: readonly { inputShape: number[]; head: HeadContext }[] = [
  { inputShape: [7], head: classes3 },
  { inputShape: [1], head: regression },
  { inputShape: [4], head: regression },
  { inputShape: [128, 9], head: regression },
  { inputShape: [3, 1], head: classes3 },
  { inputShape: [28, 28, 1], head: { task: 'classification', outputUnits: 10 } },
  { inputShape: [16, 16, 3], head: classes3 },
];

/** Every layer of every template the app proposes for these inputs, analysed. */
function templateLayers(): LayerReport[] {
  return CONTEXTS.flatMap(({ inputShape, head }) =>
    templatesFor({ inputShape, head }).flatMap((t) => analyzeModel({ inputShape, layers: t.layers }, head).layers),
  );
}

const explain = (inputShape: number[], layers: LayerSpec[]) => analyzeModel({ inputShape, layers }).layers;

/** A Python 1-tuple, "(4,)", or a count of one with a plural noun: "1 steps", "the 1 channel". */
const TUPLE = /\(\s*(None|\d+)\s*,\s*\)/;
const ONE_PLURAL = /(?<![\d.,×])\b1 (steps|timesteps|channels|features|units|values|inputs|filters|numbers)\b|each of the 1\b|all 1 \b|\bthe 1 [a-z]/;

describe('explanation wording', () => {
  it('writes no shape as a Python 1-tuple and no count of one with a plural, over every template model', () => {
    const layers = templateLayers();
    expect(layers.length).toBeGreaterThan(30);
    for (const l of layers) {
      for (const line of l.explanation) {
        expect(en(line), `${l.name}: ${line}`).not.toMatch(TUPLE);
        expect(en(line), `${l.name}: ${line}`).not.toMatch(ONE_PLURAL);
      }
    }
  });

  it('writes a Reshape to one axis as (4), the way every other shape is written', () => {
    const [reshape] = explain([2, 2], [{ type: 'reshape', targetShape: [4] }]);
    expect(en(reshape?.explanation[0])).toBe('Reshape rearranges the 4 values of each example (2 × 2) into (4), so the output is (None, 4).');
  });

  it('says "1 step", "the one channel" and "the one feature" where a count is one', () => {
    const [conv] = explain([3, 2], [{ type: 'conv1d', filters: 4, kernelSize: 3 }]);
    expect(en(conv?.explanation[0])).toContain('3 − 3 + 1 = 1 step;');
    const [, pool] = explain([4, 4, 1], [{ type: 'conv2d', filters: 1, kernelSize: 1 }, { type: 'maxPooling2d' }]);
    expect(en(pool?.explanation[0])).toContain('; the one channel is pooled on its own');
    expect(en(pool?.explanation[0])).not.toContain('each of the 1');
    const [, gap] = explain([1, 5], [{ type: 'conv1d', filters: 1, kernelSize: 1 }, { type: 'globalAveragePooling1d' }]);
    expect(en(gap?.explanation[0])).toBe('GlobalAveragePooling1D averages the one feature over the one step, so (None, 1, 1) becomes (None, 1).');
    const [dense] = explain([1], [{ type: 'dense', units: 1 }]);
    expect(en(dense?.explanation[0])).toContain('the one unit takes the one input of a row');
    const [, denseOnSteps] = explain([4], [{ type: 'reshape', targetShape: [4, 1] }, { type: 'dense', units: 2 }]);
    expect(denseOnSteps?.explanation.map(en).join(' ')).toContain('turning the one feature at each of the 4 steps');
    expect(en(denseOnSteps?.explanation[1])).toContain('counted on the one feature of the last axis');
    for (const line of denseOnSteps?.explanation ?? []) expect(en(line)).not.toMatch(ONE_PLURAL);
    const [bn] = explain([1], [{ type: 'batchNormalization' }]);
    expect(en(bn?.explanation[0])).toContain('normalises the one feature (the last axis)');
  });

  it('names the activation of every layer that has one, over every template model', () => {
    const withActivation = new Set(['Dense', 'Conv1D', 'Conv2D', 'LSTM', 'GRU', 'SimpleRNN', 'Activation']);
    const layers = templateLayers().filter((l) => withActivation.has(l.className));
    expect([...new Set(layers.map((l) => l.className))]).toEqual(expect.arrayContaining(['Dense', 'Conv1D', 'Conv2D', 'LSTM', 'GRU']));
    for (const l of layers) expect(en(l.explanation[0]), l.name).toMatch(/\b(relu|linear|softmax|sigmoid|tanh)\b/);
  });

  it('names the activation in the Dense line, Keras-style, with what it does', () => {
    const [hidden, head] = explain([10], [{ type: 'dense', units: 64, activation: 'relu' }, { type: 'dense', units: 1, activation: 'softmax' }]);
    expect(hidden?.explanation.map(en)).toEqual([
      'Dense(64, relu) on (None, 10): each of the 64 units takes all 10 inputs of a row, so the output is (None, 64); activation relu: negative values become 0.',
      'Parameters: 10 × 64 weights + 64 biases = 704.',
    ]);
    expect(hidden?.terms).toEqual(expect.arrayContaining(['activation', 'relu']));
    // The softmax of a single value: the line says what the head advice warns of.
    expect(en(head?.explanation[0])).toContain('Dense(1, softmax)');
    expect(en(head?.explanation[0])).toContain('the softmax of one value is always 1, whatever the input');
    const [conv] = explain([28, 28, 1], [{ type: 'conv2d', filters: 8, kernelSize: 3, activation: 'sigmoid' }]);
    expect(en(conv?.explanation[0])).toMatch(/; activation sigmoid: each value is squeezed between 0 and 1\.$/);
    const [rnn] = explain([5, 2], [{ type: 'simpleRNN', units: 4, activation: 'relu' }]);
    expect(en(rnn?.explanation[0])).toContain('(activation relu: negative values become 0)');
    const [act] = explain([5], [{ type: 'activation', activation: 'tanh' }]);
    expect(en(act?.explanation[0])).toContain('tanh');
  });
});
