import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { buildModel, kerasLayerNames } from '../../../src/core/model/build';
import type { ModelSpec } from '../../../src/core/model/types';
import { AppError } from '../../../src/core/errors';

const spec: ModelSpec = {
  inputShape: [7],
  layers: [
    { type: 'dense', units: 8, activation: 'relu' },
    { type: 'dropout', rate: 0.2 },
    { type: 'dense', units: 8, activation: 'relu' },
    { type: 'dense', units: 3, activation: 'softmax' },
  ],
};

async function firstKernel(model: tf.LayersModel, layer = 0): Promise<Float32Array> {
  return (await model.layers[layer]!.getWeights()[0]!.data()) as Float32Array;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('kerasLayerNames', () => {
  it('numbers repeated layer types as Keras does', () => {
    expect(kerasLayerNames(spec)).toEqual(['dense', 'dropout', 'dense_1', 'dense_2']);
    expect(kerasLayerNames({ inputShape: [4], layers: [{ type: 'simpleRNN' }, { type: 'batchNormalization' }, { type: 'globalAveragePooling1d' }] }))
      .toEqual(['simple_rnn', 'batch_normalization', 'global_average_pooling1d']);
  });
});

describe('buildModel', () => {
  it('builds the layers of the spec, the first one taking the input shape', () => {
    const model = buildModel(spec, { seed: 1 });
    expect(model.layers.map((l) => l.getClassName())).toEqual(['Dense', 'Dropout', 'Dense', 'Dense']);
    expect(model.layers.map((l) => l.name)).toEqual(['dense', 'dropout', 'dense_1', 'dense_2']);
    expect(model.inputs[0]!.shape).toEqual([null, 7]);
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    model.dispose();
  });

  it('gives the same weights for the same seed and different ones for another seed', async () => {
    const a = buildModel(spec, { seed: 42 });
    const b = buildModel(spec, { seed: 42 });
    const c = buildModel(spec, { seed: 43 });
    expect(Array.from(await firstKernel(a))).toEqual(Array.from(await firstKernel(b)));
    expect(Array.from(await firstKernel(a))).not.toEqual(Array.from(await firstKernel(c)));
    [a, b, c].forEach((m) => m.dispose());
  });

  it('starts two layers of the same shape from different weights (seed + layer index)', async () => {
    const square = buildModel({ inputShape: [4], layers: [{ type: 'dense', units: 4 }, { type: 'dense', units: 4 }] }, { seed: 7 });
    const first = Array.from(await firstKernel(square, 0));
    const second = Array.from(await firstKernel(square, 1));
    expect(first).toHaveLength(16);
    expect(second).not.toEqual(first);
    square.dispose();
  });

  it('frees every weight when disposed', () => {
    const before = tf.memory().numTensors;
    const model = buildModel(spec, { seed: 3 });
    expect(tf.memory().numTensors).toBe(before + 6); // 3 Dense layers × (kernel + bias)
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports an unknown layer type and a layer tfjs rejects as AppErrors, leaking nothing', () => {
    const before = tf.memory().numTensors;
    expect(() => buildModel({ inputShape: [3], layers: [{ type: 'dense', units: 2 }, { type: 'wibble' }] }, { seed: 1 }))
      .toThrowError(expect.objectContaining({ code: 'model/unknown-layer', message: expect.stringContaining('Layer 2') }) as Error);
    let caught: unknown;
    try {
      buildModel({ inputShape: [3], layers: [{ type: 'dense', units: 2 }, { type: 'dense' }] }, { seed: 1 });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('model/bad-layer');
    expect((caught as AppError).message).toBe('Layer 2 (dense_1) cannot be built with its current settings.');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('builds every catalogue layer type with the shapes and counts the analysis reports (one builder)', () => {
    const specs: ModelSpec[] = [
      { inputShape: [12], layers: [{ type: 'reshape', targetShape: [-1, 3] }, { type: 'conv1d', filters: 4, kernelSize: 2, padding: 'same' }, { type: 'maxPooling1d' }, { type: 'averagePooling1d', poolSize: 2 }, { type: 'lstm', units: 5, returnSequences: true }, { type: 'gru', units: 4, returnSequences: true }, { type: 'simpleRNN', units: 3, returnSequences: true }, { type: 'globalAveragePooling1d' }, { type: 'dense', units: 2 }] },
      { inputShape: [8, 8, 1], layers: [{ type: 'conv2d', filters: 4, kernelSize: 3 }, { type: 'batchNormalization' }, { type: 'activation', activation: 'relu' }, { type: 'maxPooling2d' }, { type: 'averagePooling2d', poolSize: 1 }, { type: 'dropout', rate: 0.1 }, { type: 'globalAveragePooling2d' }] },
      { inputShape: [8, 8, 1], layers: [{ type: 'flatten' }, { type: 'dense', units: 3, activation: 'softmax' }] },
      { inputShape: [16, 3], layers: [{ type: 'masking', maskValue: 0 }, { type: 'gru', units: 4 }, { type: 'dense', units: 2, activation: 'softmax' }] },
    ];
    for (const s of specs) {
      const report = analyzeModel(s);
      expect(report.valid).toBe(true);
      const model = buildModel(s, { seed: 1 });
      expect(model.layers.map((l) => [l.name, l.outputShape, l.countParams()])).toEqual(report.layers.map((l) => [l.name, l.outputShape, l.params]));
      model.dispose();
    }
  });

  it('builds Masking with tf.layers.masking and its mask value', () => {
    const model = buildModel({ inputShape: [16, 3], layers: [{ type: 'masking', maskValue: -1 }, { type: 'lstm', units: 4 }] }, { seed: 2 });
    expect(model.layers[0]?.getClassName()).toBe('Masking');
    expect(model.layers[0]?.getConfig()).toMatchObject({ maskValue: -1 });
    expect(model.layers[0]?.countParams()).toBe(0);
    model.dispose();
  });

  it('seeds recurrent weights too, and leaks nothing while building them', async () => {
    const lstm: ModelSpec = { inputShape: [6, 2], layers: [{ type: 'lstm', units: 4 }, { type: 'dense', units: 1 }] };
    const before = tf.memory().numTensors;
    const a = buildModel(lstm, { seed: 5 });
    const b = buildModel(lstm, { seed: 5 });
    const recurrent = async (m: tf.LayersModel) => Array.from((await m.layers[0]!.getWeights()[1]!.data()) as Float32Array);
    expect(await recurrent(a)).toEqual(await recurrent(b));
    // Keras 3's defaults: sigmoid recurrent activation, forget-gate bias of 1.
    expect(a.layers[0]!.getConfig()).toMatchObject({ recurrentActivation: 'sigmoid', unitForgetBias: true });
    expect(Array.from(await a.layers[0]!.getWeights()[2]!.data())).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    a.dispose();
    b.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the layers that wrap another, and training-only arguments', () => {
  const wrapped: ModelSpec = {
    inputShape: [6, 3],
    layers: [
      { type: 'bidirectional', layer: 'lstm', units: 4, returnSequences: true, dropout: 0.2, recurrentDropout: 0.1 },
      { type: 'bidirectional', layer: 'gru', units: 3, returnSequences: true, mergeMode: 'ave' },
      { type: 'timeDistributed', layer: 'dense', units: 2, kernelRegularizer: { l2: 0.01 } },
      { type: 'lstm', units: 2 },
      { type: 'dense', units: 1 },
    ],
  };

  it('names a wrapped layer before its wrapper, as Keras does: Bidirectional(LSTM) then LSTM is lstm_1', () => {
    expect(kerasLayerNames(wrapped)).toEqual(['bidirectional', 'bidirectional_1', 'time_distributed', 'lstm_1', 'dense_1']);
  });

  it('builds Bidirectional and TimeDistributed with the analysis’ shapes and counts, Keras’ recurrent defaults inside, and trains them', async () => {
    const report = analyzeModel(wrapped);
    expect(report.valid).toBe(true);
    const before = tf.memory().numTensors;
    const model = buildModel(wrapped, { seed: 3 });
    expect(model.layers.map((l) => [l.name, l.getClassName(), l.outputShape, l.countParams()])).toEqual(
      report.layers.map((l) => [l.name, l.className, l.outputShape, l.params]),
    );
    const inner = (model.layers[0]!.getConfig() as { layer: { config: Record<string, unknown> } }).layer.config;
    expect(inner).toMatchObject({ recurrentActivation: 'sigmoid', unitForgetBias: true, dropout: 0.2, recurrentDropout: 0.1 });
    expect(model.layers[1]!.getConfig()).toMatchObject({ mergeMode: 'ave' });
    model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    const x = tf.ones([4, 6, 3]);
    const y = tf.ones([4, 1]);
    const history = await model.fit(x, y, { epochs: 1, batchSize: 2, verbose: 0 });
    expect(Number.isFinite(history.history.loss?.[0] as number)).toBe(true);
    tf.dispose([x, y]);
    model.optimizer.dispose();
    model.dispose();
    // tfjs keeps the last step's dropout masks in each LSTM cell (4 + 4 per direction), whatever the number of steps.
    expect(tf.memory().numTensors).toBe(before + 16);
  });

  it('builds Conv2DTranspose as Keras counts it', () => {
    const s: ModelSpec = { inputShape: [7, 7, 8], layers: [{ type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2, padding: 'same' }] };
    const model = buildModel(s, { seed: 1 });
    expect([model.layers[0]!.outputShape, model.layers[0]!.countParams()]).toEqual([[null, 14, 14, 16], 1168]);
    model.dispose();
  });

  it('starts the kernel from the initializer the spec names, seeded', async () => {
    const named = (kernelInitializer: string): ModelSpec => ({ inputShape: [64], layers: [{ type: 'dense', units: 64, kernelInitializer }] });
    const zeros = buildModel(named('zeros'), { seed: 1 });
    const ones = buildModel(named('ones'), { seed: 1 });
    const he = buildModel(named('heNormal'), { seed: 1 });
    const heAgain = buildModel(named('heNormal'), { seed: 1 });
    const glorot = buildModel(named('glorotUniform'), { seed: 1 });
    expect(new Set(await firstKernel(zeros))).toEqual(new Set([0]));
    expect(new Set(await firstKernel(ones))).toEqual(new Set([1]));
    const heValues = Array.from(await firstKernel(he));
    expect(heValues).toEqual(Array.from(await firstKernel(heAgain)));
    // he_normal: stddev sqrt(2 / 64) ≈ 0.177 (truncated); glorot_uniform: within ±sqrt(6 / 128) ≈ 0.217.
    const std = Math.sqrt(heValues.reduce((a, v) => a + v * v, 0) / heValues.length);
    expect(std).toBeGreaterThan(0.13);
    expect(std).toBeLessThan(0.2);
    expect(Math.max(...Array.from(await firstKernel(glorot)).map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(6 / 128) + 1e-6);
    [zeros, ones, he, heAgain, glorot].forEach((m) => m.dispose());
  });

  it.each([
    ['Dense', { inputShape: [3], layers: [{ type: 'dense', units: 1, kernelInitializer: 'ones', kernelRegularizer: { l2: 100 } }] }, [2, 1]],
    ['TimeDistributed(Dense)', { inputShape: [2, 3], layers: [{ type: 'timeDistributed', units: 1, kernelInitializer: 'ones', kernelRegularizer: { l2: 100 } }] }, [2, 2, 1]],
    ['Conv1D with L1', { inputShape: [1, 3], layers: [{ type: 'conv1d', filters: 1, kernelSize: 1, kernelInitializer: 'ones', kernelRegularizer: { l1: 100 } }] }, [2, 1, 1]],
  ] as [string, ModelSpec, number[]][])('%s: the regularizer’s penalty is in the loss training minimises', async (_what, s, yShape) => {
    // Ones as weights, zeros as data: the error is 0, the penalty 100 × (1 + 1 + 1).
    const model = buildModel(s, { seed: 1 });
    model.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
    const x = tf.zeros([2, ...s.inputShape]);
    const y = tf.zeros(yShape);
    const history = await model.fit(x, y, { epochs: 1, verbose: 0 });
    expect(history.history.loss?.[0]).toBeCloseTo(300, 3);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('leaves a fixed batch size out of the trained model (the training settings choose the batches)', () => {
    const model = buildModel({ inputShape: [4], batchSize: 8, layers: [{ type: 'dense', units: 2 }] }, { seed: 1 });
    expect(model.inputs[0]!.shape).toEqual([null, 4]);
    model.dispose();
  });
});
