import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount, shapeText, summarizeModel } from '../../../src/core/model/summary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('summarizeModel', () => {
  // Keras: Dense(64) on 7 inputs = 7·64 + 64 = 512; Dense(32) = 64·32 + 32 = 2,080; Dense(3) = 32·3 + 3 = 99.
  it('matches Keras model.summary() for 7 → 64 → 32 → 3', () => {
    const summary = summarizeModel({
      inputShape: [7],
      layers: [
        { type: 'dense', units: 64, activation: 'relu' },
        { type: 'dense', units: 32, activation: 'relu' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    });
    expect(summary.inputShapeText).toBe('(None, 7)');
    expect(summary.rows.map((r) => [r.name, r.outputShapeText, r.params])).toEqual([
      ['dense (Dense)', '(None, 64)', 512],
      ['dense_1 (Dense)', '(None, 32)', 2080],
      ['dense_2 (Dense)', '(None, 3)', 99],
    ]);
    expect(summary.rows[0]?.outputShape).toEqual([null, 64]);
    expect(summary.rows[0]?.className).toBe('Dense');
    expect(summary.rows.map((r) => r.arithmetic)).toEqual([
      '7 inputs × 64 units + 64 biases = 512',
      '64 inputs × 32 units + 32 biases = 2,080',
      '32 inputs × 3 units + 3 biases = 99',
    ]);
    expect(summary.totalParams).toBe(2691);
    expect(summary.trainableParams).toBe(2691);
    expect(summary.nonTrainableParams).toBe(0);
  });

  it('explains Dropout as having no weights, and a Dense without bias', () => {
    const summary = summarizeModel({
      inputShape: [10],
      layers: [
        { type: 'dense', units: 4, activation: 'relu', useBias: false },
        { type: 'dropout', rate: 0.2 },
        { type: 'dense', units: 1, activation: 'linear' },
      ],
    });
    expect(summary.rows.map((r) => [r.name, r.outputShapeText, r.params, r.arithmetic])).toEqual([
      ['dense (Dense)', '(None, 4)', 40, '10 inputs × 4 units = 40'],
      ['dropout (Dropout)', '(None, 4)', 0, 'no weights: randomly zeroes 20% of values during training only'],
      ['dense_1 (Dense)', '(None, 1)', 5, '4 inputs × 1 unit + 1 bias = 5'],
    ]);
    expect(summary.totalParams).toBe(45);
  });

  it('counts non-trainable weights separately (BatchNormalization: moving mean and variance)', () => {
    // Keras: BatchNormalization on 8 features = 4 × 8 = 32 params, 16 of them non-trainable.
    const summary = summarizeModel({
      inputShape: [8],
      layers: [{ type: 'batchNormalization' }, { type: 'dense', units: 2, activation: 'softmax' }],
    });
    expect(summary.rows[0]).toMatchObject({ name: 'batch_normalization (BatchNormalization)', params: 32 });
    expect(summary.rows[0]?.arithmetic).toBe('gamma 8 + beta 8 + moving_mean 8 + moving_variance 8 = 32');
    expect(summary.totalParams).toBe(32 + 18);
    expect(summary.trainableParams).toBe(16 + 18);
    expect(summary.nonTrainableParams).toBe(16);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    summarizeModel({ inputShape: [3], layers: [{ type: 'dense', units: 2, activation: 'softmax' }] });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('formatting', () => {
  it('writes counts with thousands separators and shapes with None', () => {
    expect([formatCount(0), formatCount(999), formatCount(2080), formatCount(1234567)]).toEqual(['0', '999', '2,080', '1,234,567']);
    expect(shapeText([null, 5, 3])).toBe('(None, 5, 3)');
  });
});
