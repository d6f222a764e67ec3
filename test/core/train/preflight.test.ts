import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/model/build';
import { english, translator } from '../../../src/core/i18n/translate';
import { preflight } from '../../../src/core/train/preflight';
import { withoutKernel } from './without-kernel';

/** Dense(1, linear) on 2 inputs with w = [1, 2], b = 0.5. */
function handModel(activation = 'linear', kernel = [1, 2], bias = 0.5): tf.Sequential {
  const model = buildModel({ inputShape: [2], layers: [{ type: 'dense', units: 1, activation }] }, { seed: 1 });
  model.setWeights([tf.tensor2d(kernel, [2, 1]), tf.tensor1d([bias])]);
  return model;
}

// x rows [1, 0] and [0, 1], targets 0: predictions 1.5 and 2.5.
const batch = { x: new Float32Array([1, 0, 0, 1]), y: new Float32Array([0, 0]), rows: 2 };
const options = { task: 'regression' as const, epochRows: 2, batchSize: 2 };

afterEach(async () => {
  await tf.setBackend('cpu');
});

describe('preflight', () => {
  it('cpu: the loss and gradients of a hand-computed step', async () => {
    await tf.setBackend('cpu');
    const model = handModel();
    const tensorsBefore = tf.memory().numTensors;
    const result = await preflight(model, batch, options);
    // loss = (1.5² + 2.5²) / 2 = 4.25; dL/dw = mean(2·(p−y)·x) = [1.5, 2.5]; dL/db = mean(2·(p−y)) = 4.
    expect(result.loss).toBeCloseTo(4.25, 6);
    expect(result.weights.map((w) => w.maxAbs)).toEqual([2.5, 4]);
    expect(result.ok).toBe(true);
    expect(english(result.message)).toMatch(/^Pre-flight on the CPU passed: gradients are finite, not zero; about \d+ ms and [\d.]+ MB per epoch\.$/);
    expect(translator('ko')(result.message)).toMatch(/^CPU 사전 점검 통과: 기울기가 유한하고 0이 아닙니다\. 에포크당 약 \d+ms, 메모리 [\d.]+ MB가 필요합니다\.$/);
    // Nothing left behind and the weights untouched.
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    expect(Array.from(await model.getWeights()[0]!.data())).toEqual([1, 2]);
    // Measured with fit on a copy of the model: a time, and the model's weights untouched (above).
    expect(result.epochMsEstimate).toBeGreaterThan(0);
    expect(Number.isFinite(result.epochMsEstimate)).toBe(true);
    // 3 weights × 4 bytes × (1 + 2 Adam slots) + 2 × the epoch's data (6 numbers) + activations.
    expect(result.memoryBytesEstimate).toBeGreaterThan(36 + 48);
    model.dispose();
  });

  it('cpu: one sigmoid unit on two classes is checked with binary cross-entropy on 0/1 labels', async () => {
    await tf.setBackend('cpu');
    // Predictions sigmoid(1.5) and sigmoid(2.5); the one-hot rows [1, 0] and [0, 1] are the labels 0 and 1.
    const model = handModel('sigmoid');
    const twoClasses = { x: new Float32Array([1, 0, 0, 1]), y: new Float32Array([1, 0, 0, 1]), rows: 2 };
    const result = await preflight(model, twoClasses, { ...options, task: 'classification' });
    const p = (z: number) => 1 / (1 + Math.exp(-z));
    expect(result.ok).toBe(true);
    expect(result.loss).toBeCloseTo((-Math.log(1 - p(1.5)) - Math.log(p(2.5))) / 2, 5);
    model.dispose();
  });

  it('finds a layer whose gradient is all zero (a dead ReLU)', async () => {
    const model = handModel('relu', [0, 0], -1);
    const result = await preflight(model, batch, options);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['dense/kernel: gradient is all zero', 'dense/bias: gradient is all zero']);
    expect(english(result.message)).toBe('Pre-flight on the CPU failed: dense/kernel: gradient is all zero and dense/bias: gradient is all zero.');
    expect(translator('ko')(result.message)).toBe('CPU 사전 점검 실패: dense/kernel: 기울기가 모두 0 및 dense/bias: 기울기가 모두 0.');
    model.dispose();
  });

  it('blames the data, not the backend, when the batch itself is not finite', async () => {
    const model = handModel();
    const result = await preflight(model, { ...batch, x: new Float32Array([1, Infinity, 0, 1]) }, options);
    expect(result.ok).toBe(false);
    expect(result.cause).toBe('data');
    expect(english(result.message)).toBe('The data cannot be trained on: some input values are not finite numbers (NaN or too large for 32-bit floats).');
    const target = await preflight(model, { ...batch, y: new Float32Array([0, NaN]) }, options);
    expect(target.cause).toBe('data');
    expect((await preflight(handModel('relu', [0, 0], -1), batch, options)).cause).toBe('backend');
    model.dispose();
  });

  it('finds NaN', async () => {
    const model = handModel('linear', [Number.NaN, 1], 0);
    const result = await preflight(model, batch, options);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toBe('the loss is NaN');
    expect(result.weights.map((w) => w.finite)).toEqual([false, false]);
    model.dispose();
  });

  it('wasm: same numbers as the cpu, and the comparison is made', async () => {
    await tf.setBackend('wasm');
    const model = handModel();
    const result = await preflight(model, batch, options);
    expect(result.backend).toBe('wasm');
    expect(result.ok).toBe(true);
    expect(result.loss).toBeCloseTo(4.25, 5);
    expect(english(result.message)).toMatch(/^Pre-flight on WebAssembly passed: gradients are finite, not zero and match the CPU’s;/);
    expect(result.weights.every((w) => (w.cpuDifference ?? 1) < 1e-6)).toBe(true);
    expect(tf.getBackend()).toBe('wasm'); // the cpu comparison gives the backend back
    // A tolerance nothing can meet shows the comparison does flag differences.
    const strict = await preflight(model, batch, { ...options, tolerance: -1 });
    expect(strict.problems).toEqual([
      'dense/kernel: gradient differs from the CPU’s by 0.0e+0 (relative)',
      'dense/bias: gradient differs from the CPU’s by 0.0e+0 (relative)',
    ]);
    model.dispose();
  });

  it('wasm: a missing kernel is named (Conv2DBackpropInput hidden, as on a backend without it)', async () => {
    await tf.setBackend('wasm');
    const model = buildModel(
      { inputShape: [4, 4, 1], layers: [{ type: 'conv2d', filters: 2, kernelSize: 3 }, { type: 'conv2d', filters: 2, kernelSize: 2 }, { type: 'flatten' }, { type: 'dense', units: 2, activation: 'softmax' }] },
      { seed: 1 },
    );
    const result = await withoutKernel('Conv2DBackpropInput', 'wasm', () =>
      preflight(
        model,
        { x: new Float32Array(32).fill(0.5), y: new Float32Array([1, 0, 0, 1]), rows: 2 },
        { task: 'classification', epochRows: 2, batchSize: 2 },
      ),
    );
    expect(result.ok).toBe(false);
    expect(english(result.message)).toBe('Pre-flight on WebAssembly failed: WebAssembly has no Conv2DBackpropInput kernel, which this model needs.');
    model.dispose();
  });
});
