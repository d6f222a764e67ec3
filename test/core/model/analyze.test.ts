import { en } from './english';
/**
 * Shapes and parameter counts against Keras 3's model.summary() for every layer type of the
 * catalogue. The expected numbers are Keras' (worked out by hand from Keras' formulas and
 * checked against published summaries, e.g. keras.io's "Simple MNIST convnet": 34,826).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { LayerSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type Case = [string, number[], LayerSpec, (number | null)[], number, number?];

// [what, input shape (no batch), layer, Keras output shape, Keras params, Keras non-trainable params]
const CASES: Case[] = [
  ['Dense(64) on a row of 7', [7], { type: 'dense', units: 64, activation: 'relu' }, [null, 64], 7 * 64 + 64],
  ['Dense(4, use_bias=False)', [10], { type: 'dense', units: 4, useBias: false }, [null, 4], 40],
  ['Dense(15) on 3-D input acts on the last axis', [5, 3], { type: 'dense', units: 15 }, [null, 5, 15], 3 * 15 + 15],
  ['Dense(8) on an image acts on the channels', [4, 4, 3], { type: 'dense', units: 8 }, [null, 4, 4, 8], 32],
  ['Conv1D(100, 10) on (128, 9)', [128, 9], { type: 'conv1d', filters: 100, kernelSize: 10, activation: 'relu' }, [null, 119, 100], 9100],
  ['Conv1D strides 2, valid: floor((128 − 3) / 2) + 1', [128, 9], { type: 'conv1d', filters: 4, kernelSize: 3, strides: 2 }, [null, 63, 4], 112],
  ['Conv1D strides 2, same: ceil(128 / 2)', [128, 9], { type: 'conv1d', filters: 4, kernelSize: 3, strides: 2, padding: 'same' }, [null, 64, 4], 112],
  ['Conv1D same keeps the length', [10, 2], { type: 'conv1d', filters: 8, kernelSize: 5, padding: 'same' }, [null, 10, 8], 88],
  ['Conv1D without bias', [10, 2], { type: 'conv1d', filters: 8, kernelSize: [5], useBias: false }, [null, 6, 8], 80],
  ['Conv2D(32, 3) on (28, 28, 1)', [28, 28, 1], { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' }, [null, 26, 26, 32], 320],
  ['Conv2D(64, 3) on (13, 13, 32)', [13, 13, 32], { type: 'conv2d', filters: 64, kernelSize: 3 }, [null, 11, 11, 64], 18496],
  ['Conv2D strides 2, same: ceil(28 / 2)', [28, 28, 3], { type: 'conv2d', filters: 16, kernelSize: 3, strides: 2, padding: 'same' }, [null, 14, 14, 16], 448],
  ['Conv2D 3×5 kernel', [28, 28, 1], { type: 'conv2d', filters: 8, kernelSize: [3, 5] }, [null, 26, 24, 8], 128],
  ['Conv2D strides [2, 1], valid', [9, 9, 1], { type: 'conv2d', filters: 2, kernelSize: 3, strides: [2, 1] }, [null, 4, 7, 2], 20],
  ['MaxPooling2D(2) halves (26, 26)', [26, 26, 32], { type: 'maxPooling2d', poolSize: 2 }, [null, 13, 13, 32], 0],
  ['MaxPooling2D(2) rounds down an odd size', [27, 27, 4], { type: 'maxPooling2d', poolSize: 2 }, [null, 13, 13, 4], 0],
  ['MaxPooling2D(2), same, rounds up', [27, 27, 4], { type: 'maxPooling2d', poolSize: 2, padding: 'same' }, [null, 14, 14, 4], 0],
  ['AveragePooling2D(3, strides 1)', [5, 5, 2], { type: 'averagePooling2d', poolSize: 3, strides: 1 }, [null, 3, 3, 2], 0],
  ['MaxPooling1D(2) on (119, 100)', [119, 100], { type: 'maxPooling1d', poolSize: 2 }, [null, 59, 100], 0],
  ['MaxPooling1D(3) default stride = pool size', [110, 100], { type: 'maxPooling1d', poolSize: 3 }, [null, 36, 100], 0],
  ['AveragePooling1D(3, strides 2, same)', [10, 4], { type: 'averagePooling1d', poolSize: 3, strides: 2, padding: 'same' }, [null, 5, 4], 0],
  ['GlobalAveragePooling1D', [10, 8], { type: 'globalAveragePooling1d' }, [null, 8], 0],
  ['GlobalAveragePooling2D', [13, 13, 32], { type: 'globalAveragePooling2d' }, [null, 32], 0],
  ['Flatten (13, 13, 32)', [13, 13, 32], { type: 'flatten' }, [null, 5408], 0],
  ['Reshape with -1', [20], { type: 'reshape', targetShape: [-1, 5] }, [null, 4, 5], 0],
  ['Reshape (n) → (n, 1)', [7], { type: 'reshape', targetShape: [7, 1] }, [null, 7, 1], 0],
  ['Reshape to 3 axes', [4, 5], { type: 'reshape', targetShape: [2, 2, 5] }, [null, 2, 2, 5], 0],
  ['Dropout', [64], { type: 'dropout', rate: 0.2 }, [null, 64], 0],
  ['Activation', [5, 3], { type: 'activation', activation: 'relu' }, [null, 5, 3], 0],
  ['Masking keeps the shape', [64, 6], { type: 'masking', maskValue: 0 }, [null, 64, 6], 0],
  ['BatchNormalization on 64 features', [64], { type: 'batchNormalization' }, [null, 64], 256, 128],
  ['BatchNormalization on a sequence normalises the last axis', [10, 8], { type: 'batchNormalization', momentum: 0.9 }, [null, 10, 8], 32, 16],
  ['LSTM(32) on (10, 8)', [10, 8], { type: 'lstm', units: 32 }, [null, 32], 5248],
  ['LSTM(32, return_sequences=True)', [10, 8], { type: 'lstm', units: 32, returnSequences: true }, [null, 10, 32], 5248],
  // Keras 3 with reset_after=False (what TensorFlow.js supports): 3 × (32 × (8 + 32) + 32); the default reset_after=True gives 4,032.
  ['GRU(32, reset_after=False) on (10, 8)', [10, 8], { type: 'gru', units: 32 }, [null, 32], 3936],
  ['SimpleRNN(16) on (10, 8)', [10, 8], { type: 'simpleRNN', units: 16 }, [null, 16], 400],
  ['SimpleRNN(16, return_sequences=True)', [10, 8], { type: 'simpleRNN', units: 16, returnSequences: true }, [null, 10, 16], 400],
  ['LSTM(32) with dropout and recurrent dropout: the same count', [10, 8], { type: 'lstm', units: 32, dropout: 0.2, recurrentDropout: 0.1 }, [null, 32], 5248],
  // Bidirectional: 2 × the wrapped layer's count; concat doubles the units, sum/mul/ave keep them.
  ['Bidirectional(LSTM(32)), concat: 2 × 32 = 64', [10, 8], { type: 'bidirectional', layer: 'lstm', units: 32 }, [null, 64], 2 * 5248],
  ['Bidirectional(GRU(4, reset_after=False)), sum', [10, 8], { type: 'bidirectional', layer: 'gru', units: 4, mergeMode: 'sum' }, [null, 4], 2 * 3 * (4 * (8 + 4) + 4)],
  ['Bidirectional(SimpleRNN(6), return_sequences), mul', [12, 5], { type: 'bidirectional', layer: 'simpleRNN', units: 6, mergeMode: 'mul', returnSequences: true }, [null, 12, 6], 2 * (6 * (5 + 6) + 6)],
  ['Bidirectional(LSTM(4)), ave', [12, 5], { type: 'bidirectional', layer: 'lstm', units: 4, mergeMode: 'ave' }, [null, 4], 2 * 4 * (4 * (5 + 4) + 4)],
  ['Bidirectional(LSTM(8), return_sequences), concat', [12, 5], { type: 'bidirectional', layer: 'lstm', units: 8, returnSequences: true, dropout: 0.1 }, [null, 12, 16], 2 * 4 * (8 * 13 + 8)],
  // Conv2DTranspose: valid n × s + max(k − s, 0), same n × s; kernel (k, k, filters, channels) + filters.
  ['Conv2DTranspose(16, 3, strides 2, same): 7 × 2', [7, 7, 8], { type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2, padding: 'same' }, [null, 14, 14, 16], 3 * 3 * 8 * 16 + 16],
  ['Conv2DTranspose(16, 3, strides 2, valid): (7 − 1) × 2 + 3', [7, 7, 8], { type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2 }, [null, 15, 15, 16], 1168],
  ['Conv2DTranspose kernel 2 < stride 3: 7 × 3', [7, 7, 16], { type: 'conv2dTranspose', filters: 2, kernelSize: 2, strides: 3, useBias: false }, [null, 21, 21, 2], 2 * 2 * 16 * 2],
  ['Conv2DTranspose strides 1, valid: n + k − 1', [5, 6, 3], { type: 'conv2dTranspose', filters: 4, kernelSize: [3, 2] }, [null, 7, 7, 4], 3 * 2 * 3 * 4 + 4],
  ['TimeDistributed(Dense(5)) on (10, 8)', [10, 8], { type: 'timeDistributed', layer: 'dense', units: 5 }, [null, 10, 5], 8 * 5 + 5],
  ['TimeDistributed(Dense(6)) on (10, 4, 3)', [10, 4, 3], { type: 'timeDistributed', units: 6, useBias: false }, [null, 10, 4, 6], 18],
  ['Dense(64) with he_normal and L2: the same count', [7], { type: 'dense', units: 64, kernelInitializer: 'heNormal', kernelRegularizer: { l2: 0.01 } }, [null, 64], 512],
  ['Conv2D with an L1L2 regularizer', [8, 8, 3], { type: 'conv2d', filters: 4, kernelSize: 3, kernelRegularizer: { l1: 0.01, l2: 0.01 } }, [null, 6, 6, 4], 112],
  ['Dense(71750), as Keras builds it', [16], { type: 'dense', units: 71750 }, [null, 71750], 16 * 71750 + 71750],
];

describe('analyzeModel: one layer at a time, with Keras’ numbers', () => {
  it.each(CASES)('%s', (_what, inputShape, layer, outputShape, params, nonTrainable = 0) => {
    const report = analyzeModel({ inputShape, layers: [layer] });
    const only = report.layers[0];
    expect(report.valid).toBe(true);
    expect(only?.inputShape).toEqual([null, ...inputShape]);
    expect(only?.outputShape).toEqual(outputShape);
    expect(only?.params).toBe(params);
    expect(only?.nonTrainableParams).toBe(nonTrainable);
    expect(only?.trainableParams).toBe(params - nonTrainable);
    expect(report.totalParams).toBe(params);
    // Every number in the explanation that ends "= N." is the count tfjs gave.
    if (params > 0) expect(only?.explanation.map(en).join(' ')).toContain(`= ${params.toLocaleString('en-US')}`);
    expect(only?.explanation.length).toBeGreaterThanOrEqual(2);
    // Masking alone has no recurrent layer after it to read its marks: a warning, not an error.
    expect(only?.advice.map((a) => a.code)).toEqual(layer.type === 'masking' ? ['mask/unused'] : []);
  });

  it('covers every layer type of the catalogue', async () => {
    const { LAYER_CATALOG } = await import('../../../src/core/model/catalog');
    expect(new Set(CASES.map((c) => c[2].type))).toEqual(new Set(LAYER_CATALOG.map((d) => d.type)));
  });

  it('matches keras.io’s “Simple MNIST convnet” summary (34,826 parameters)', () => {
    const report = analyzeModel({
      inputShape: [28, 28, 1],
      layers: [
        { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
        { type: 'maxPooling2d', poolSize: 2 },
        { type: 'conv2d', filters: 64, kernelSize: 3, activation: 'relu' },
        { type: 'maxPooling2d', poolSize: 2 },
        { type: 'flatten' },
        { type: 'dropout', rate: 0.5 },
        { type: 'dense', units: 10, activation: 'softmax' },
      ],
    }, { task: 'classification', outputUnits: 10, target: 'digit' });
    expect(report.layers.map((l) => [l.name, l.className, l.outputShape, l.params])).toEqual([
      ['conv2d', 'Conv2D', [null, 26, 26, 32], 320],
      ['max_pooling2d', 'MaxPooling2D', [null, 13, 13, 32], 0],
      ['conv2d_1', 'Conv2D', [null, 11, 11, 64], 18496],
      ['max_pooling2d_1', 'MaxPooling2D', [null, 5, 5, 64], 0],
      ['flatten', 'Flatten', [null, 1600], 0],
      ['dropout', 'Dropout', [null, 1600], 0],
      ['dense', 'Dense', [null, 10], 16010],
    ]);
    expect([report.totalParams, report.trainableParams, report.nonTrainableParams]).toEqual([34826, 34826, 0]);
    expect(report.outputShape).toEqual([null, 10]);
    expect(report.valid).toBe(true);
    expect(report.layers[2]?.inputShape).toEqual([null, 13, 13, 32]);
  });

  it('stacks recurrent layers with return_sequences and counts BatchNormalization’s non-trainable weights', () => {
    const report = analyzeModel({
      inputShape: [10, 8],
      layers: [
        { type: 'lstm', units: 32, returnSequences: true },
        { type: 'lstm', units: 16 },
        { type: 'batchNormalization' },
        { type: 'dense', units: 1 },
      ],
    });
    // LSTM(16) on 32 features: 4 × (16 × (32 + 16) + 16) = 3,136; BN: 64 (32 trainable); Dense: 17.
    expect(report.layers.map((l) => l.params)).toEqual([5248, 3136, 64, 17]);
    expect([report.totalParams, report.trainableParams, report.nonTrainableParams]).toEqual([8465, 8433, 32]);
  });

  it('leaves no tensor behind, valid or not', () => {
    const before = tf.memory().numTensors;
    analyzeModel({ inputShape: [10, 8], layers: [{ type: 'lstm', units: 4 }, { type: 'batchNormalization' }, { type: 'dense', units: 2 }] });
    analyzeModel({ inputShape: [7], layers: [{ type: 'conv2d', filters: 4, kernelSize: 3 }] });
    analyzeModel({ inputShape: [2], layers: [{ type: 'gru', units: 4 }, { type: 'dense', units: 3, activation: 'softmax' }] }, { task: 'classification', outputUnits: 3 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('never throws: garbage in gives advice out', () => {
    const odd = { inputShape: [0, -1], layers: [{ type: 'dense' }, { type: 'x' }, { units: 3 } as never] };
    const report = analyzeModel(odd);
    expect(report.valid).toBe(false);
    expect(report.layers.map((l) => l.advice.map((a) => a.code))).toEqual([['input/bad-shape', 'args/invalid'], ['args/unknown-type'], ['args/unknown-type']]);
  });

  it('calls an empty stack invalid and reports the input shape with None', () => {
    const report = analyzeModel({ inputShape: [4], layers: [] });
    expect(report).toMatchObject({ valid: false, inputShape: [null, 4], outputShape: null, totalParams: 0, layers: [] });
  });

  it('stops at the first layer that fails: later layers have no input shape', () => {
    const report = analyzeModel({ inputShape: [2], layers: [{ type: 'dense', units: 4 }, { type: 'lstm', units: 4 }, { type: 'dense', units: 1 }] });
    expect(report.layers.map((l) => l.outputShape)).toEqual([[null, 4], null, null]);
    expect(report.layers[2]?.inputShape).toBeNull();
    expect(report.totalParams).toBe(12);
    expect(report.outputShape).toBeNull();
  });
});

describe('explanations: the arithmetic in words', () => {
  const explain = (inputShape: number[], layer: LayerSpec) => analyzeModel({ inputShape, layers: [layer] }).layers[0]!;

  describe('on a sequence of 64 steps of 6 features, (None, 64, 6)', () => {
    it('Conv1D: steps − kernel + 1 with valid padding, ceil(steps / strides) with same, each filter spanning all 6 features', () => {
      const valid = explain([64, 6], { type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' });
      expect(valid.outputShape).toEqual([null, 62, 32]);
      expect(valid.explanation.map(en)).toEqual([
        'Conv1D, 32 filters of width 3 on (None, 64, 6), padding valid: 64 − 3 + 1 = 62 steps; each filter spans all 6 input features, so the output is (None, 62, 32); activation relu: negative values become 0.',
        'Parameters: (3 × 6 + 1) × 32 = 608.',
      ]);
      const strided = explain([64, 6], { type: 'conv1d', filters: 16, kernelSize: 5, strides: 3, padding: 'same' });
      expect(strided.outputShape).toEqual([null, 22, 16]);
      expect(en(strided.explanation[0])).toBe(
        'Conv1D, 16 filters of width 5 on (None, 64, 6), padding same, stride 3: ceil(64 / 3) = 22 steps; each filter spans all 6 input features, so the output is (None, 22, 16); activation linear: the values pass unchanged, any number.',
      );
      expect(en(explain([64, 6], { type: 'conv1d', filters: 16, kernelSize: 5, padding: 'same' }).explanation[0])).toContain('zeros added at both ends keep the length at 64 steps');
      expect(en(explain([64, 6], { type: 'conv1d', filters: 16, kernelSize: 5, strides: 3 }).explanation[0])).toContain('floor((64 − 5) / 3) + 1 = 20 steps');
    });

    it('return_sequences on: one output per step, for a recurrent layer or a Dense at every step; off: only the last state', () => {
      const on = explain([64, 6], { type: 'lstm', units: 32, returnSequences: true });
      expect(on.outputShape).toEqual([null, 64, 32]);
      expect(en(on.explanation[0])).toBe(
        'LSTM, 32 units on (None, 64, 6): it reads the 64 timesteps one after another, 6 features at each step, and carries a state of 32 numbers from step to step ' +
          '(activation tanh: each value is squeezed between −1 and 1); return_sequences is on, so it outputs the state after every step: (None, 64, 32), one output per step, which a recurrent layer after it needs, ' +
          'and a Dense that should answer at every step (off, it would output only the last state, (None, 32)).',
      );
      const off = explain([64, 6], { type: 'gru', units: 32 });
      expect(off.outputShape).toEqual([null, 32]);
      expect(en(off.explanation[0])).toContain(
        'return_sequences is off, so it outputs only the state after the last step: (None, 32) (on, it would output (None, 64, 32), one state per step, which a recurrent layer after it would need).',
      );
      expect(on.terms).toContain('return_sequences');
    });

    it('LSTM(32) on 6 features: 4 × (32 × (6 + 32) + 32) = 4,992', () => {
      expect(en(explain([64, 6], { type: 'lstm', units: 32 }).explanation[1])).toBe(
        'Parameters: 4 × (32 × (6 + 32) + 32) = 4,992: 4 gates (input, forget, cell, output), each with 6 × 32 input weights, 32 × 32 recurrent weights and 32 biases.',
      );
    });

    it('Dense after a 3-D input acts on the last axis only, its parameters counted per feature, not per step', () => {
      const report = analyzeModel({ inputShape: [64, 6], layers: [{ type: 'lstm', units: 32, returnSequences: true }, { type: 'dense', units: 16 }] });
      const dense = report.layers[1]!;
      expect(dense.outputShape).toEqual([null, 64, 16]);
      expect(dense.params).toBe(528);
      expect(dense.explanation.map(en)).toEqual([
        'Dense(16, linear) on (None, 64, 32) gives (None, 64, 16): Dense acts on the last axis only, turning the 32 features at each of the 64 steps into 16 values, one per unit, with the same weights at every step; activation linear: the values pass unchanged, any number.',
        'Parameters: 32 × 16 weights + 16 biases = 528: counted on the 32 features of the last axis, not per step.',
      ]);
    });
  });

  it('Conv1D: length, filters spanning all features, parameters', () => {
    const l = explain([128, 9], { type: 'conv1d', filters: 100, kernelSize: 10, activation: 'relu' });
    expect(l.explanation.map(en).join(' ')).toBe(
      'Conv1D, 100 filters of width 10 on (None, 128, 9), padding valid: 128 − 10 + 1 = 119 steps; each filter spans all 9 input features, ' +
        'so the output is (None, 119, 100); activation relu: negative values become 0. Parameters: (10 × 9 + 1) × 100 = 9,100.',
    );
    expect(l.terms).toEqual(expect.arrayContaining(['filters', 'kernel', 'padding', 'features', 'params', 'none']));
  });

  it('strides: floor((n − k) / s) + 1 with valid padding, ceil(n / s) with same', () => {
    expect(en(explain([128, 9], { type: 'conv1d', filters: 4, kernelSize: 3, strides: 2 }).explanation[0])).toContain('padding valid, stride 2: floor((128 − 3) / 2) + 1 = 63 steps');
    expect(en(explain([128, 9], { type: 'conv1d', filters: 4, kernelSize: 3, strides: 2, padding: 'same' }).explanation[0])).toContain('padding same, stride 2: ceil(128 / 2) = 64 steps');
    expect(en(explain([10, 2], { type: 'conv1d', filters: 8, kernelSize: 5, padding: 'same' }).explanation[0])).toContain('zeros added at both ends keep the length at 10 steps');
    expect(en(explain([28, 28, 3], { type: 'conv2d', filters: 16, kernelSize: 3, strides: 2, padding: 'same' }).explanation[0])).toContain('height ceil(28 / 2) = 14, width ceil(28 / 2) = 14');
  });

  it('Conv2D: both axes and the channels', () => {
    const l = explain([28, 28, 1], { type: 'conv2d', filters: 32, kernelSize: 3 });
    expect(l.explanation.map(en)).toEqual([
      'Conv2D, 32 filters of 3×3 on (None, 28, 28, 1), padding valid: height 28 − 3 + 1 = 26, width 28 − 3 + 1 = 26; each filter spans the single input channel, so the output is (None, 26, 26, 32); activation linear: the values pass unchanged, any number.',
      'Parameters: (3 × 3 × 1 + 1) × 32 = 320.',
    ]);
  });

  it('pooling: the default stride equals the pool size; 2×2 halves height and width', () => {
    const l = explain([26, 26, 32], { type: 'maxPooling2d', poolSize: 2 });
    expect(en(l.explanation[0])).toContain('2×2 windows with stride 2 (by default the stride equals the pool size)');
    expect(en(l.explanation[0])).toContain('height floor((26 − 2) / 2) + 1 = 13');
    expect(en(l.explanation[0])).toContain('2×2 max pooling with stride 2 halves height and width');
    expect(en(explain([10, 4], { type: 'averagePooling1d', poolSize: 3, strides: 1 }).explanation[0])).toContain('pool size 3 with stride 1 on');
  });

  it('Dense on 3-D input says it acts on the last axis', () => {
    const l = explain([5, 3], { type: 'dense', units: 15 });
    expect(en(l.explanation[0])).toBe('Dense(15, linear) on (None, 5, 3) gives (None, 5, 15): Dense acts on the last axis only, turning the 3 features at each of the 5 steps into 15 values, one per unit, with the same weights at every step; activation linear: the values pass unchanged, any number.');
    expect(en(l.explanation[1])).toBe('Parameters: 3 × 15 weights + 15 biases = 60: counted on the 3 features of the last axis, not per step.');
    expect(l.terms).toContain('last_axis');
    expect(explain([4, 4, 3], { type: 'dense', units: 8 }).explanation.map(en)).toEqual([
      'Dense(8, linear) on (None, 4, 4, 3) gives (None, 4, 4, 8): Dense acts on the last axis only, turning the 3 values at each of the 4 × 4 positions into 8, with the same weights everywhere; activation linear: the values pass unchanged, any number.',
      'Parameters: 3 × 8 weights + 8 biases = 32: counted on the 3 values of the last axis, not per position.',
    ]);
    expect(en(explain([7], { type: 'dense', units: 4, useBias: false }).explanation[1])).toBe('Parameters: 7 × 4 weights = 28, no bias.');
  });

  it('recurrent layers explain return_sequences and their formula', () => {
    const off = explain([10, 8], { type: 'lstm', units: 32 });
    expect(en(off.explanation[0])).toContain('return_sequences is off, so it outputs only the state after the last step: (None, 32) (on, it would output (None, 10, 32)');
    expect(en(off.explanation[1])).toBe('Parameters: 4 × (32 × (8 + 32) + 32) = 5,248: 4 gates (input, forget, cell, output), each with 8 × 32 input weights, 32 × 32 recurrent weights and 32 biases.');
    const on = explain([10, 8], { type: 'simpleRNN', units: 16, returnSequences: true });
    expect(en(on.explanation[0])).toContain('return_sequences is on, so it outputs the state after every step: (None, 10, 16)');
    expect(en(on.explanation[1])).toContain('16 × (8 + 16) + 16 = 400');
    const gru = explain([10, 8], { type: 'gru', units: 32 });
    expect(en(gru.explanation[1])).toContain('3 × (32 × (8 + 32) + 32) = 3,936');
    expect(en(gru.explanation[2])).toContain('reset_after=True: 3 × (32 × (8 + 32) + 32 + 32) = 4,032');
  });

  it('Masking: the shape stays, no parameters, and which layer skips the marked steps', () => {
    const masked = (layers: LayerSpec[]) => analyzeModel({ inputShape: [64, 6], layers }).layers[0]!;
    expect(masked([{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 32 }]).explanation.map(en)).toEqual([
      'Masking on (None, 64, 6) marks each step whose 6 values are all 0 as padding and passes the values on unchanged, so (None, 64, 6) stays (None, 64, 6).',
      'Layer 2 (LSTM) skips the marked steps: it reads only the real steps of each example.',
      'No parameters.',
    ]);
    const stacked = masked([{ type: 'masking', maskValue: -1 }, { type: 'gru', units: 8, returnSequences: true }, { type: 'dropout', rate: 0.1 }, { type: 'simpleRNN', units: 4 }]);
    expect(en(stacked.explanation[0])).toContain('marks each step whose 6 values are all −1 as padding');
    expect(en(stacked.explanation[1])).toBe('Layer 2 (GRU) and layer 4 (SimpleRNN) skip the marked steps: they read only the real steps of each example.');
    expect(stacked.params).toBe(0);
    expect(stacked.terms).toEqual(expect.arrayContaining(['masking', 'timesteps', 'features', 'none']));
    expect(en(masked([{ type: 'masking', maskValue: 0 }, { type: 'dense', units: 4 }]).explanation[1])).toBe(
      'No recurrent layer (LSTM, GRU, SimpleRNN) reads the marks, so nothing skips the marked steps.',
    );
  });

  it('one sentence for each shape-only layer', () => {
    expect(en(explain([64], { type: 'dropout', rate: 0.2 }).explanation[0])).toBe(
      'Dropout sets a random 20% of the values to 0 at each training step (and scales the others by 1 / 0.8), and does nothing when predicting; the shape stays (None, 64).',
    );
    expect(en(explain([5, 3], { type: 'activation', activation: 'tanh' }).explanation[0])).toBe('Activation applies tanh to every value on its own; the shape stays (None, 5, 3).');
    expect(en(explain([13, 13, 32], { type: 'flatten' }).explanation[0])).toBe('Flatten lays the values of each example out in one row: 13 × 13 × 32 = 5,408, so (None, 13, 13, 32) becomes (None, 5408).');
    expect(en(explain([20], { type: 'reshape', targetShape: [-1, 5] }).explanation[0])).toBe(
      'Reshape rearranges the 20 values of each example into (4, 5); the -1 is worked out from the others: 20 / 5 = 4, so the output is (None, 4, 5).',
    );
    expect(en(explain([10, 8], { type: 'globalAveragePooling1d' }).explanation[0])).toBe('GlobalAveragePooling1D averages each of the 8 features over all 10 steps, so (None, 10, 8) becomes (None, 8).');
    expect(en(explain([64], { type: 'batchNormalization' }).explanation[1])).toContain('Parameters: 4 × 64 = 256: a scale (gamma) and a shift (beta) per feature are trained (2 × 64 = 128); the moving mean and moving variance (2 × 64 = 128) are running averages, not trained');
  });
});
