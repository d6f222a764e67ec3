import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearLayers, linearLearningRate, trainLinearBaseline, withLinear } from '../../../src/core/evaluate/linear-baseline';
import { evaluateClassification } from '../../../src/core/evaluate/evaluate';
import type { EncodedDataset, Preprocessing } from '../../../src/core/features/types';
import { createRng } from '../../../src/core/random';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';
import { inMemory } from '../../../src/core/train/sample-reader';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const settings = { ...DEFAULT_SETTINGS, seed: 7 };

/** Rows of standardised-looking inputs, `width` numbers each, drawn with a seed. */
function inputs(rows: number, width: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: rows * width }, () => rng() * 4 - 2);
}

/** Three classes cut by x0 + x1 into bands: linearly separable (with a margin). */
function bands(trainRows: number, testRows: number): EncodedDataset {
  const pre: Preprocessing = { task: 'classification', target: 'band', slots: [], imputation: 'mean', classes: ['low', 'mid', 'high'] };
  const classOf = (x: Float32Array, r: number): number => {
    const s = (x[2 * r] as number) + (x[2 * r + 1] as number);
    return s < -0.7 ? 0 : s < 0.7 ? 1 : 2;
  };
  const side = (rows: number, seed: number) => {
    const x = inputs(rows, 2, seed);
    const target = Float32Array.from({ length: rows }, (_, r) => classOf(x, r));
    const y = new Float32Array(rows * 3);
    target.forEach((c, r) => (y[r * 3 + c] = 1));
    return { x, y, target };
  };
  const train = side(trainRows, 1);
  const test = side(testRows, 2);
  return {
    preprocessing: pre, inputShape: [null, 2], outputUnits: 3,
    trainX: train.x, trainY: train.y, testX: test.x, testY: test.y, trainTarget: train.target, testTarget: test.target,
    trainRows, testRows, droppedRows: 0,
  };
}

/** y = 3·x0 − 2·x1 + 1 + small noise, standardised for training as the encoding does. */
function line(trainRows: number, testRows: number): EncodedDataset {
  const mean = 1;
  const std = 3.6;
  const side = (rows: number, seed: number) => {
    const x = inputs(rows, 2, seed);
    const rng = createRng(seed + 100);
    const target = Float32Array.from({ length: rows }, (_, r) => 3 * (x[2 * r] as number) - 2 * (x[2 * r + 1] as number) + 1 + (rng() - 0.5) * 0.05);
    return { x, y: Float32Array.from(target, (v) => (v - mean) / std), target };
  };
  const train = side(trainRows, 3);
  const test = side(testRows, 4);
  const pre: Preprocessing = { task: 'regression', target: 'y', slots: [], imputation: 'mean', targetMean: mean, targetStd: std };
  return {
    preprocessing: pre, inputShape: [null, 2], outputUnits: 1,
    trainX: train.x, trainY: train.y, testX: test.x, testY: test.y, trainTarget: train.target, testTarget: test.target,
    trainRows, testRows, droppedRows: 0,
  };
}

describe('linearLayers', () => {
  it('is one Dense: softmax over the classes, or one linear unit', () => {
    expect(linearLayers(bands(10, 5))).toEqual([{ type: 'dense', units: 3, activation: 'softmax' }]);
    expect(linearLayers(line(10, 5))).toEqual([{ type: 'dense', units: 1, activation: 'linear' }]);
  });

  it('flattens images and sequences first', () => {
    const images: EncodedDataset = { ...bands(10, 5), inputShape: [null, 4, 4, 1] };
    expect(linearLayers(images)).toEqual([{ type: 'flatten' }, { type: 'dense', units: 3, activation: 'softmax' }]);
  });
});

describe('linearLearningRate', () => {
  it('is smaller for wider inputs, within bounds', () => {
    expect(linearLearningRate(9)).toBe(0.05);
    expect(linearLearningRate(256)).toBeCloseTo(0.01875, 6);
    expect(linearLearningRate(1_000_000)).toBe(0.002);
  });
});

describe('trainLinearBaseline', () => {
  it('separates linearly separable classes', async () => {
    const scores = await trainLinearBaseline(bands(400, 200), { settings });
    expect('accuracy' in scores && scores.accuracy).toBeGreaterThan(0.93);
    expect(scores.steps).toBeGreaterThan(0);
  });

  it('fits a linear target: R² near 1', async () => {
    const scores = await trainLinearBaseline(line(300, 100), { settings });
    expect('r2' in scores && scores.r2).toBeGreaterThan(0.99);
  });

  it('fits on the training side only: the held-out rows change the scores, never the training', async () => {
    const data = line(300, 100);
    const a = await trainLinearBaseline(data, { settings });
    const shuffledTest = { ...data, testX: Float32Array.from(inMemory(data.testX)).reverse() };
    const b = await trainLinearBaseline(shuffledTest, { settings });
    expect(b.steps).toBe(a.steps);
    expect('r2' in b && b.r2).toBeLessThan(0.5);
  });

  it('walks large training sides in batches and reads the objective on a sample', async () => {
    const scores = await trainLinearBaseline(line(5000, 200), { settings });
    expect('r2' in scores && scores.r2).toBeGreaterThan(0.99);
  });

  it('gives the same scores for the same seed, and leaves no tensor behind', async () => {
    const data = bands(200, 100);
    const before = tf.memory().numTensors;
    const a = await trainLinearBaseline(data, { settings });
    const b = await trainLinearBaseline(data, { settings });
    expect(tf.memory().numTensors).toBe(before);
    expect({ ...a, elapsedMs: 0 }).toEqual({ ...b, elapsedMs: 0 });
  });

  it('stops at the time cap, keeping what it has', async () => {
    const scores = await trainLinearBaseline(bands(200, 100), { settings, maxMs: 0 });
    expect(scores.steps).toBe(5); // the first validation read
  });
});

describe('withLinear', () => {
  it('adds scores of the evaluation’s own task only', () => {
    const data = bands(3, 3);
    const evaluation = evaluateClassification(new Float32Array(9).fill(1 / 3), data);
    const linear = { accuracy: 0.9, macroF1: 0.8, steps: 3, elapsedMs: 10 };
    expect(withLinear(evaluation, linear)).toMatchObject({ linear });
    expect(withLinear(evaluation, { mae: 1, rmse: 1, r2: 0, steps: 1, elapsedMs: 1 })).not.toHaveProperty('linear');
  });
});
