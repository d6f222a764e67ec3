import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/model/build';
import { epochEstimateMs, LOOP_MS_PER_EPOCH as LOOP, median, tileRows, timeFit } from '../../../src/core/train/epoch-time';

describe('epochEstimateMs', () => {
  it('splits the fixed cost of a fit call from the cost of each batch', () => {
    // 1 batch: 30 ms; 4 batches: 45 ms → 5 ms a batch, 25 ms fixed; 9 batches → 25 + 45, and the loop's own work.
    expect(epochEstimateMs({ oneBatchMs: 30, manyBatchMs: 45, manyBatches: 4 }, { batches: 9, validationBatches: 0 })).toBeCloseTo(LOOP + 70, 9);
  });

  it('adds the validation batches beyond the timed one as forward passes, a third of a training step each', () => {
    expect(epochEstimateMs({ oneBatchMs: 30, manyBatchMs: 45, manyBatches: 4 }, { batches: 9, validationBatches: 1 })).toBeCloseTo(LOOP + 70, 9);
    expect(epochEstimateMs({ oneBatchMs: 30, manyBatchMs: 45, manyBatches: 4 }, { batches: 9, validationBatches: 4 })).toBeCloseTo(LOOP + 75, 9);
  });

  it('a fixed cost that dominates: a small table on WebAssembly is not estimated at 14 ms for a 50 ms epoch', () => {
    // What the old arithmetic did: one 1.2 ms step × 9 batches × 1.25 = 13.5 ms for epochs measured at 48 ms.
    // Fit itself: 3.3 ms for one batch, 16.1 ms for four (Auto MPG on WebAssembly), epochs of 8 batches measured at 51 ms.
    const estimate = epochEstimateMs({ oneBatchMs: 3.3, manyBatchMs: 16.1, manyBatches: 4 }, { batches: 8, validationBatches: 2 });
    expect(estimate).toBeGreaterThan(51 / 2);
    expect(estimate).toBeLessThan(51 * 2);
  });

  it('noise that makes more batches no slower: about one fit call, never a negative cost a batch', () => {
    expect(epochEstimateMs({ oneBatchMs: 30, manyBatchMs: 28, manyBatches: 4 }, { batches: 9, validationBatches: 0 })).toBe(LOOP + 30);
  });

  it('without a many-batch timing, one fit call stands for each batch', () => {
    expect(epochEstimateMs({ oneBatchMs: 400, manyBatches: 4 }, { batches: 5, validationBatches: 0 })).toBe(LOOP + 2000);
    expect(epochEstimateMs({ oneBatchMs: 400, manyBatches: 4 }, { batches: 0, validationBatches: 0 })).toBe(LOOP + 400);
  });
});

describe('median', () => {
  it('the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 100])).toBe(3.5);
    expect(median([7])).toBe(7);
  });
});

describe('tileRows', () => {
  it('repeats the rows in order to the count asked for', () => {
    expect(Array.from(tileRows(new Float32Array([1, 2, 3, 4]), 2, 2, 3))).toEqual([1, 2, 3, 4, 1, 2]);
  });
});

describe('timeFit', () => {
  it('times fit on a copy: the model keeps its weights and no tensor is left behind', async () => {
    await tf.setBackend('cpu');
    const model = buildModel({ inputShape: [2], layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] }, { seed: 1 });
    const before = await Promise.all(model.getWeights().map((w) => w.data()));
    const tensors = tf.memory().numTensors;
    const batch = { x: new Float32Array([1, 0, 0, 1]), y: new Float32Array([1, 0, 0, 1]), rows: 2 };
    const timings = await timeFit(model, 'classification', batch, 8, true);
    expect(timings.oneBatchMs).toBeGreaterThan(0);
    expect(timings.manyBatchMs).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(tensors);
    const after = await Promise.all(model.getWeights().map((w) => w.data()));
    expect(after.map((a) => Array.from(a))).toEqual(before.map((b) => Array.from(b)));
    model.dispose();
  });
});
