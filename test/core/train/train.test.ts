import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/core/evaluate/evaluate';
import { proposeHead } from '../../../src/core/model/head';
import type { HeadSpec, LayerSpec, ModelSpec } from '../../../src/core/model/types';
import { SEED_STREAM, pickRows, splitValidation, subSeed } from '../../../src/core/train/data';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';
import { trainModel } from '../../../src/core/train/train';
import type { EncodedDataset } from '../../../src/core/features/types';
import type { TrainingProgress, TrainingSettings } from '../../../src/core/train/types';
import { blobs, linear, noise } from './synthetic';
import { inMemory } from '../../../src/core/train/sample-reader';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Hidden Dense layers, Dropout after each when the rate is above 0, then the head. */
interface MlpConfig {
  readonly hidden: readonly { readonly units: number; readonly activation: string }[];
  readonly dropout: number;
}

function mlpToSpec(inputWidth: number, mlp: MlpConfig, head: HeadSpec): ModelSpec {
  const layers: LayerSpec[] = mlp.hidden.flatMap((h) => [
    { type: 'dense', units: h.units, activation: h.activation },
    ...(mlp.dropout > 0 ? [{ type: 'dropout', rate: mlp.dropout }] : []),
  ]);
  return { inputShape: [inputWidth], layers: [...layers, { type: 'dense', units: head.units, activation: head.activation }] };
}

const small: MlpConfig = { hidden: [{ units: 16, activation: 'relu' }], dropout: 0 };
const settings: TrainingSettings = { ...DEFAULT_SETTINGS, epochs: 20, batchSize: 16, learningRate: 0.02, earlyStoppingPatience: 0 };

function specFor(data: EncodedDataset, mlp: MlpConfig = small): ModelSpec {
  const head = proposeHead(data.preprocessing.task, data.outputUnits, { target: data.preprocessing.target });
  return mlpToSpec(data.inputShape[1], mlp, head);
}

async function train(data: EncodedDataset, overrides: Partial<TrainingSettings> = {}, mlp: MlpConfig = small) {
  return trainModel({ spec: specFor(data, mlp), encoded: data, settings: { ...settings, ...overrides }, task: data.preprocessing.task });
}

describe('trainModel', () => {
  it('learns a separable 3-class problem (held-out accuracy > 0.9)', async () => {
    const data = blobs(150, 60);
    const { model, outcome } = await train(data);
    const evaluation = await evaluateModel(model, data);
    expect(evaluation.task).toBe('classification');
    if (evaluation.task === 'classification') expect(evaluation.accuracy).toBeGreaterThan(0.9);
    expect(outcome.history).toHaveLength(20);
    expect(outcome.history[19]?.accuracy).toBeGreaterThan(0.9);
    expect(outcome.history[19]?.valAccuracy).toBeGreaterThan(0.9);
    expect(outcome.history[19]?.loss).toBeLessThan(outcome.history[0]!.loss);
    expect(outcome.backend).toBe('cpu');
    expect(outcome.stoppedEarly).toBe(false);
    expect(outcome.stoppedByUser).toBe(false);
    model.dispose();
  });

  it('learns a linear regression (held-out R² > 0.9) and reports MAE in the target’s units', async () => {
    const data = linear(200, 50);
    const { model, outcome } = await train(data, { epochs: 30 }, { hidden: [], dropout: 0 });
    const evaluation = await evaluateModel(model, data);
    if (evaluation.task !== 'regression') throw new Error('expected regression');
    expect(evaluation.r2).toBeGreaterThan(0.9);
    const last = outcome.history[outcome.history.length - 1]!;
    expect(last.mae).toBeDefined();
    expect(last.accuracy).toBeUndefined();
    model.dispose();

    // The same standardised data with a 10× larger targetStd trains identically; only the reported MAE scales.
    const scaled: EncodedDataset = { ...data, preprocessing: { ...data.preprocessing, targetStd: 36 } };
    const again = await train(scaled, { epochs: 30 }, { hidden: [], dropout: 0 });
    const lastScaled = again.outcome.history[again.outcome.history.length - 1]!;
    expect(lastScaled.loss).toBe(last.loss);
    expect(lastScaled.mae).toBeCloseTo(last.mae! * 10, 6);
    expect(lastScaled.valMae).toBeCloseTo(last.valMae! * 10, 6);
    again.model.dispose();
  });

  it('gives identical losses for the same seed and different ones for another seed, dropout included', async () => {
    const data = blobs(60, 9);
    const withDropout: MlpConfig = { hidden: [{ units: 8, activation: 'relu' }], dropout: 0.3 };
    const losses = async (seed: number) => {
      const { model, outcome } = await train(data, { epochs: 4, seed }, withDropout);
      model.dispose();
      return outcome.history.map((h) => [h.loss, h.valLoss]);
    };
    const first = await losses(42);
    expect(await losses(42)).toEqual(first);
    expect(await losses(43)).not.toEqual(first);
  });

  it('keeps the tensor count flat across epochs and frees all but the model’s weights', async () => {
    const data = blobs(90, 9);
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const { model } = await trainModel({
      spec: specFor(data),
      encoded: data,
      settings: { ...settings, epochs: 20, batchSize: 32 },
      task: 'classification',
      hooks: { onEpoch: () => counts.push(tf.memory().numTensors) },
    });
    expect(counts).toHaveLength(20);
    expect(counts[19]).toBe(counts[0]);
    expect(tf.memory().numTensors).toBe(before + model.weights.length);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('never trains on the held-out rows (NaN test inputs leave the losses finite)', async () => {
    const data = { ...blobs(60, 9), testX: new Float32Array(18).fill(Number.NaN) };
    const { model, outcome } = await train(data, { epochs: 2 });
    expect(outcome.history.every((h) => Number.isFinite(h.loss) && Number.isFinite(h.valLoss))).toBe(true);
    model.dispose();
  });

  it('stops early when the validation loss stops improving and restores the best epoch’s weights', async () => {
    const data = noise(120);
    const patience = 3;
    const { model, outcome } = await trainModel({
      spec: specFor(data, { hidden: [{ units: 64, activation: 'relu' }], dropout: 0 }),
      encoded: data,
      settings: { ...settings, epochs: 100, learningRate: 0.05, earlyStoppingPatience: patience, validationSplit: 0.3 },
      task: 'classification',
    });
    expect(outcome.stoppedEarly).toBe(true);
    expect(outcome.history.length).toBeLessThan(100);
    expect(outcome.bestEpoch).toBe(outcome.history.length - patience);
    const valLosses = outcome.history.map((h) => h.valLoss!);
    expect(Math.min(...valLosses)).toBe(valLosses[outcome.bestEpoch - 1]);

    // The returned weights are the best epoch's: their validation loss is the best one recorded.
    const { validation } = splitValidation(data.trainRows, 0.3, subSeed(settings.seed, SEED_STREAM.validation));
    const valX = tf.tensor2d(pickRows(inMemory(data.trainX), 2, validation), [validation.length, 2]);
    const valY = tf.tensor2d(pickRows(data.trainY, 2, validation), [validation.length, 2]);
    const loss = model.evaluate(valX, valY) as tf.Scalar[];
    expect((await loss[0]!.data())[0]).toBeCloseTo(valLosses[outcome.bestEpoch - 1]!, 5);
    tf.dispose([valX, valY, ...loss]);
    model.dispose();
  });

  it('stops after the batch where the user asks, keeping complete epochs only', async () => {
    const data = blobs(96, 9); // 77 fitted rows / 16 = 5 batches per epoch
    let batchesSeen = 0;
    const progress: TrainingProgress[] = [];
    const { model, outcome } = await trainModel({
      spec: specFor(data),
      encoded: data,
      settings: { ...settings, epochs: 50 },
      task: 'classification',
      hooks: {
        shouldStop: () => ++batchesSeen === 5 + 3, // 3rd batch of epoch 2
        onProgress: (p) => progress.push(p),
      },
    });
    expect(outcome.stoppedByUser).toBe(true);
    expect(outcome.history.map((h) => h.epoch)).toEqual([1]);
    expect(outcome.bestEpoch).toBe(1);
    expect(batchesSeen).toBe(8);
    const endOfEpoch1 = progress.find((p) => p.epoch === 1 && p.batch === p.batches);
    expect(endOfEpoch1).toMatchObject({ epochs: 50, batches: 5 });
    expect(endOfEpoch1?.etaMs).not.toBeNull();
    model.dispose();
  });

  it('lets a stop request posted as a message (a timer here) through while training runs', async () => {
    const data = blobs(96, 9);
    let stopRequested = false;
    setTimeout(() => {
      stopRequested = true;
    }, 30);
    const { model, outcome } = await trainModel({
      spec: specFor(data),
      encoded: data,
      settings: { ...settings, epochs: 500 },
      task: 'classification',
      hooks: { shouldStop: () => stopRequested },
    });
    expect(outcome.stoppedByUser).toBe(true);
    expect(outcome.history.length).toBeLessThan(500);
    model.dispose();
  });

  it('counts a stop at an epoch’s last batch as a complete epoch', async () => {
    const data = blobs(96, 9);
    let batchesSeen = 0;
    const { model, outcome } = await trainModel({
      spec: specFor(data),
      encoded: data,
      settings: { ...settings, epochs: 50 },
      task: 'classification',
      hooks: { shouldStop: () => ++batchesSeen === 10 },
    });
    expect(outcome.history.map((h) => h.epoch)).toEqual([1, 2]);
    expect(outcome.stoppedByUser).toBe(true);
    model.dispose();
  });

  it('trains without validation rows when the split is 0', async () => {
    const data = blobs(30, 9);
    const { model, outcome } = await train(data, { epochs: 2, validationSplit: 0 });
    expect(outcome.history[0]?.valLoss).toBeUndefined();
    expect(outcome.history[0]?.accuracy).toBeDefined();
    model.dispose();
  });

  it.each(['sgd', 'rmsprop'] as const)('trains with %s', async (optimizer) => {
    const data = blobs(60, 9);
    const { model, outcome } = await train(data, { epochs: 3, optimizer, learningRate: 0.05 });
    expect(outcome.history[2]!.loss).toBeLessThan(outcome.history[0]!.loss);
    model.dispose();
  });

  it('refuses settings that cannot work, leaking nothing', async () => {
    const data = blobs(30, 9);
    const before = tf.memory().numTensors;
    await expect(train(data, { batchSize: 0 })).rejects.toMatchObject({ code: 'settings/bad-batchSize' });
    await expect(train({ ...data, trainRows: 0, trainX: new Float32Array(0), trainY: new Float32Array(0) })).rejects.toMatchObject({ code: 'train/no-rows' });
    const badSpec: ModelSpec = { inputShape: [2], layers: [{ type: 'dense', units: 4 }, { type: 'wibble' }] };
    await expect(trainModel({ spec: badSpec, encoded: data, settings, task: 'classification' })).rejects.toMatchObject({ code: 'model/unknown-layer' });
    expect(tf.memory().numTensors).toBe(before);
  });
});
