import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { shapeText, summaryFromReport } from '../../../src/core/model/summary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('summaryFromReport', () => {
  // Keras: Dense(64) on 7 inputs = 7·64 + 64 = 512; Dense(32) = 64·32 + 32 = 2,080; Dense(3) = 32·3 + 3 = 99.
  it('is Keras’ summary table of the report: 7 → 64 → 32 → 3', () => {
    const summary = summaryFromReport(analyzeModel({
      inputShape: [7],
      layers: [
        { type: 'dense', units: 64, activation: 'relu' },
        { type: 'dense', units: 32, activation: 'relu' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    }));
    expect(summary.inputShapeText).toBe('(None, 7)');
    expect(summary.rows.map((r) => [r.name, r.outputShapeText, r.params])).toEqual([
      ['dense (Dense)', '(None, 64)', 512],
      ['dense_1 (Dense)', '(None, 32)', 2080],
      ['dense_2 (Dense)', '(None, 3)', 99],
    ]);
    expect(summary.rows[0]?.outputShape).toEqual([null, 64]);
    expect(summary.rows[0]?.className).toBe('Dense');
    expect(summary.rows[1]?.arithmetic).toBe(
      'Dense(32, relu) on (None, 64): each of the 32 units takes all 64 inputs of a row, so the output is (None, 32); activation relu: negative values become 0. ' +
        'Parameters: 64 × 32 weights + 32 biases = 2,080.',
    );
    expect([summary.totalParams, summary.trainableParams, summary.nonTrainableParams]).toEqual([2691, 2691, 0]);
  });

  it('counts non-trainable weights separately (BatchNormalization: moving mean and variance)', () => {
    // Keras: BatchNormalization on 8 features = 4 × 8 = 32 params, 16 of them non-trainable.
    const summary = summaryFromReport(analyzeModel({
      inputShape: [8],
      layers: [{ type: 'batchNormalization' }, { type: 'dense', units: 2, activation: 'softmax' }],
    }));
    expect(summary.rows[0]).toMatchObject({ name: 'batch_normalization (BatchNormalization)', params: 32 });
    expect([summary.totalParams, summary.trainableParams, summary.nonTrainableParams]).toEqual([32 + 18, 16 + 18, 16]);
  });
});

describe('formatting', () => {
  it('writes shapes with None', () => {
    expect(shapeText([null, 5, 3])).toBe('(None, 5, 3)');
    // As the rest of the app writes shapes: never Python's 1-tuple "(5,)" on screen.
    expect(shapeText([5])).toBe('(5)');
    expect(shapeText([null, 5])).toBe('(None, 5)');
  });
});
