import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/core/evaluate/evaluate';
import type { EncodedDataset, SampleReader } from '../../../src/core/features/types';
import { proposeHead } from '../../../src/core/model/head';
import type { ModelSpec } from '../../../src/core/model/types';
import { inMemory, memoryReader } from '../../../src/core/train/sample-reader';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';
import { trainModel, type TrainResult } from '../../../src/core/train/train';
import type { TrainingSettings } from '../../../src/core/train/types';
import { blobs, linear } from './synthetic';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The same inputs behind a reader that counts its reads: what an image set too large to keep looks like. */
function streamed(data: EncodedDataset): { data: EncodedDataset; reads: () => number } {
  let reads = 0;
  const width = data.inputShape[1];
  const wrap = (x: Float32Array): SampleReader => {
    const inner = memoryReader(Float32Array.from(x), width);
    return { count: inner.count, sampleSize: width, read: (rows) => { reads += 1; return inner.read(rows); } };
  };
  return { data: { ...data, trainX: wrap(inMemory(data.trainX)), testX: wrap(inMemory(data.testX)) }, reads: () => reads };
}

function spec(data: EncodedDataset): ModelSpec {
  const head = proposeHead(data.preprocessing.task, data.outputUnits, { target: data.preprocessing.target });
  return {
    inputShape: [data.inputShape[1]],
    layers: [{ type: 'dense', units: 12, activation: 'relu' }, { type: 'dropout', rate: 0.2 }, { type: 'dense', units: head.units, activation: head.activation }],
  };
}

const settings: TrainingSettings = { ...DEFAULT_SETTINGS, epochs: 5, batchSize: 16, learningRate: 0.02, earlyStoppingPatience: 0, seed: 4 };

function train(data: EncodedDataset, hooks: Parameters<typeof trainModel>[0]['hooks'] = {}, augment?: (rows: Float32Array, count: number, rng: () => number) => Float32Array): Promise<TrainResult> {
  return trainModel({ spec: spec(data), encoded: data, settings, task: data.preprocessing.task, hooks, ...(augment ? { augment } : {}) });
}

function expectClose(a: ArrayLike<number>, b: ArrayLike<number>): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThan(1e-5);
}

describe('training on inputs read a batch at a time', () => {
  it('gives the weights, curves and evaluation of training on the same inputs in memory (regression, augmentation, dropout)', async () => {
    const data = linear(120, 40);
    // A seeded change per row, drawn row by row as image augmentation does.
    const augment = (rows: Float32Array, count: number, rng: () => number): Float32Array => {
      const width = rows.length / Math.max(1, count);
      return rows.map((v, i) => (i % width === 0 ? v + (rng() - 0.5) * 0.1 : v));
    };
    const a = await train(data, {}, augment);
    const s = streamed(data);
    const b = await train(s.data, {}, augment);
    try {
      expect(s.reads()).toBeGreaterThan(0);
      expect(b.outcome.history).toHaveLength(5);
      b.outcome.history.forEach((h, i) => {
        const c = a.outcome.history[i];
        for (const key of ['loss', 'valLoss', 'mae', 'valMae'] as const) expect(Math.abs((h[key] ?? NaN) - (c?.[key] ?? NaN))).toBeLessThan(1e-5);
      });
      a.model.getWeights().forEach((w, i) => expectClose(b.model.getWeights()[i]!.dataSync(), w.dataSync()));
      const [ea, eb] = [await evaluateModel(a.model, data), await evaluateModel(b.model, s.data)];
      if (ea.task !== 'regression' || eb.task !== 'regression') throw new Error('expected regression');
      expectClose(eb.predicted, ea.predicted);
    } finally {
      a.model.dispose();
      b.model.dispose();
    }
  });

  it('holds no more tensors from one epoch to the next', async () => {
    const s = streamed(blobs(200, 40));
    const counts: number[] = [];
    const before = tf.memory().numTensors;
    const { model } = await train(s.data, { onEpoch: () => counts.push(tf.memory().numTensors) });
    expect(counts).toHaveLength(5);
    // After the first epoch the best weights are kept (one copy each): the count stays put from then on.
    expect(new Set(counts.slice(1)).size).toBe(1);
    const weights = model.getWeights().length;
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(weights).toBeGreaterThan(0);
  });

  it('stops after the current batch on Stop, keeps only whole epochs, and leaves no tensor behind', async () => {
    const s = streamed(blobs(200, 40));
    let batches = 0;
    const before = tf.memory().numTensors;
    const { model, outcome } = await train(s.data, { onProgress: () => undefined, shouldStop: () => ++batches >= 15 });
    expect(outcome.stoppedByUser).toBe(true);
    expect(outcome.history).toHaveLength(1); // 10 batches an epoch: stopped in the second
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
