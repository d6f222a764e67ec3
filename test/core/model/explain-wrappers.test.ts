import { en } from './english';
/** The arithmetic in words of Bidirectional, TimeDistributed(Dense), Conv2DTranspose and training-only arguments. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { regularizerSentence } from '../../../src/core/model/explain-wrappers';
import type { LayerSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function words(inputShape: number[], layer: LayerSpec): string {
  const report = analyzeModel({ inputShape, layers: [layer] });
  expect(report.valid, JSON.stringify(report.layers[0]?.advice)).toBe(true);
  return report.layers[0]?.explanation.map(en).join('\n') ?? '';
}

describe('Bidirectional in words', () => {
  it('concat doubles the units, and the parameters are twice the LSTM’s', () => {
    const text = words([10, 8], { type: 'bidirectional', layer: 'lstm', units: 32 });
    expect(text).toContain('one LSTM reads the 10 timesteps forwards and a copy reads them backwards, each giving its last state, 32 numbers');
    expect(text).toContain('merge mode concat lays the two side by side: 2 × 32 = 64, so the output is (None, 64).');
    expect(text).toContain('Parameters: 2 × 4 × (32 × (8 + 32) + 32) = 10,496: the forward and the backward LSTM have their own weights, 5,248 each');
  });

  it.each([
    ['sum', 'adds them value by value'],
    ['mul', 'multiplies them value by value'],
    ['ave', 'averages them value by value'],
  ])('merge mode %s keeps the units', (mergeMode, how) => {
    const text = words([12, 5], { type: 'bidirectional', layer: 'simpleRNN', units: 6, mergeMode, returnSequences: true });
    expect(text).toContain(`merge mode ${mergeMode} ${how}, keeping 6 values, so the output is (None, 12, 6).`);
    expect(text).toContain('each giving its state after every step, 6 numbers per step');
    expect(text).toContain('Parameters: 2 × (6 × (5 + 6) + 6) = 144');
  });

  it('says that each GRU direction uses reset_after=False', () => {
    const text = words([10, 8], { type: 'bidirectional', layer: 'gru', units: 4 });
    expect(text).toContain('Parameters: 2 × 3 × (4 × (8 + 4) + 4) = 312');
    expect(text).toContain('reset_after=False');
  });
});

describe('TimeDistributed(Dense) and Conv2DTranspose in words', () => {
  it('applies the same Dense at every step, with the weights of one Dense', () => {
    const text = words([10, 8], { type: 'timeDistributed', layer: 'dense', units: 5, activation: 'relu' });
    expect(text).toContain('TimeDistributed(Dense(5)) on (None, 10, 8): the same Dense layer is applied at each of the 10 steps, turning the 8 features of a step into 5 values, so the output is (None, 10, 5)');
    expect(text).toContain('activation relu');
    expect(text).toContain('Parameters: 8 × 5 weights + 5 biases = 45: one set of weights shared by all 10 steps');
  });

  it('gives each transposed length by Keras’ rule', () => {
    expect(words([7, 7, 8], { type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2 })).toContain('height (7 − 1) × 2 + 3 = 15, width (7 − 1) × 2 + 3 = 15');
    expect(words([7, 7, 8], { type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2, padding: 'same' })).toContain('height 7 × 2 = 14, width 7 × 2 = 14');
    expect(words([7, 7, 16], { type: 'conv2dTranspose', filters: 2, kernelSize: 2, strides: 3 })).toContain('height 7 × 3 = 21');
    expect(words([5, 6, 3], { type: 'conv2dTranspose', filters: 4, kernelSize: [3, 2] })).toContain('height 5 + 3 − 1 = 7, width 6 + 2 − 1 = 7');
    expect(words([7, 7, 8], { type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2 })).toContain('Parameters: (3 × 3 × 8 + 1) × 16 = 1,168.');
  });
});

describe('arguments that change training, not shapes', () => {
  it('names the initializer as Keras does and the regularizer with its factor', () => {
    const text = words([7], { type: 'dense', units: 4, kernelInitializer: 'heNormal', kernelRegularizer: { l2: 0.01 } });
    expect(text).toContain('kernel_initializer he_normal: only how the weights are drawn before training');
    expect(text).toContain('kernel_regularizer L2(0.01): training adds 0.01 × the sum of the kernel weights’ squares to the loss');
  });

  it('writes L1, L2 and L1L2', () => {
    expect(en(regularizerSentence({ l1: 0.5 }) ?? '')).toMatch(/^kernel_regularizer L1\(0\.5\): training adds 0\.5 × the sum of the kernel weights’ absolute values to the loss/);
    expect(en(regularizerSentence({ l1: 0.01, l2: 0.02 }) ?? '')).toMatch(/^kernel_regularizer L1L2\(l1=0\.01, l2=0\.02\): training adds 0\.01 × the sum of the kernel weights’ absolute values and 0\.02 × the sum of their squares/);
    expect(regularizerSentence(undefined)).toBeNull();
  });

  it('says what recurrent dropout drops, and only when it drops something', () => {
    const text = words([10, 8], { type: 'gru', units: 4, dropout: 0.2, recurrentDropout: 0.5 });
    expect(text).toContain('While training, dropout 0.2 sets 20% of the input values of each step to 0, and recurrent_dropout 0.5 sets 50% of the state carried to the next step to 0; nothing is dropped when predicting');
    expect(words([10, 8], { type: 'lstm', units: 4, dropout: 0 })).not.toContain('While training');
  });
});
