import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';
import type { ModelSpec } from '../../../src/core/model/types';
import { backendCacheKey, describeChoice, measureBackends, modelKind } from '../../../src/core/train/backend-benchmark';
import { withoutKernel } from './without-kernel';

const dense: ModelSpec = { inputShape: [4], layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] };
const conv: ModelSpec = {
  inputShape: [6, 6, 1],
  layers: [{ type: 'conv2d', filters: 2, kernelSize: 3 }, { type: 'flatten' }, { type: 'dense', units: 2, activation: 'softmax' }],
};
const recurrent: ModelSpec = { inputShape: [5, 2], layers: [{ type: 'conv1d', filters: 2, kernelSize: 2 }, { type: 'gru', units: 4 }, { type: 'dense', units: 2 }] };

function batch(width: number, rows = 8): { x: Float32Array; y: Float32Array; rows: number } {
  const x = Float32Array.from({ length: rows * width }, (_, i) => Math.sin(i));
  const y = Float32Array.from({ length: rows * 2 }, (_, i) => (i % 2 === Math.floor(i / 2) % 2 ? 1 : 0));
  return { x, y, rows };
}

describe('modelKind and the cache key', () => {
  it('names the kind a model ranks backends by', () => {
    expect(modelKind(dense)).toBe('dense');
    expect(modelKind(conv)).toBe('convolutional');
    expect(modelKind(recurrent)).toBe('recurrent'); // recurrent wins over its conv1d
    expect(backendCacheKey('convolutional')).toBe('layerbench.backend.v1.convolutional');
  });
});

describe('describeChoice', () => {
  it('says the winner with its speed and how much slower the others are, software WebGPU as such', () => {
    const sentence = describeChoice({ backend: 'wasm', label: 'WebAssembly', samplesPerSecond: 22_399 }, [
      { backend: 'webgpu', label: 'WebGPU (google swiftshader)', samplesPerSecond: 1_075, software: true },
      { backend: 'wasm', label: 'WebAssembly', samplesPerSecond: 22_399 },
      { backend: 'cpu', label: 'CPU (JavaScript)', samplesPerSecond: 8_291 },
      { backend: 'webgl', label: 'WebGL', skipped: msg('train.backend.why.notLoaded') },
    ]);
    expect(english(sentence)).toBe(
      'WebAssembly: 22,399 samples/s; WebGPU here is a software emulation (google swiftshader), 21× slower, CPU: 2.7× slower, and WebGL not used (not loaded in this build).',
    );
    expect(translator('ko')(sentence)).toBe(
      'WebAssembly: 초당 샘플 22,399개; WebGPU: 여기서는 소프트웨어 에뮬레이션(google swiftshader)이라 21배 느림, CPU: 2.7배 느림 및 WebGL 사용 안 함(이 빌드에 포함되지 않음).',
    );
  });

  it('says the winner alone when no other backend was tried', () => {
    expect(english(describeChoice({ backend: 'wasm', label: 'WebAssembly', samplesPerSecond: 1_000.4 }, []))).toBe('WebAssembly: 1,000 samples/s.');
  });
});

describe('measureBackends (Node: cpu and wasm)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('times each backend that starts, keeps the fastest active and says why the others were passed over', async () => {
    const tensorsBefore = tf.memory().numTensors;
    const choice = await measureBackends(dense, batch(4), ['webgpu', 'wasm', 'cpu'], { task: 'classification', steps: 3 });
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    const [webgpu, wasm, cpu] = choice.measurements;
    expect(webgpu).toEqual({ backend: 'webgpu', label: 'WebGPU', skipped: { code: 'train.backend.why.noWebGpu' } });
    expect(wasm?.samplesPerSecond).toBeGreaterThan(0);
    expect(cpu?.samplesPerSecond).toBeGreaterThan(0);
    const fastest = (wasm?.samplesPerSecond ?? 0) > (cpu?.samplesPerSecond ?? 0) ? 'wasm' : 'cpu';
    expect(choice.backend).toBe(fastest);
    expect(tf.getBackend()).toBe(fastest);
    expect(english(choice.reason)).toMatch(/^(WebAssembly|CPU \(JavaScript\)): [\d,]+ samples\/s; WebGPU not used \(this runtime has no WebGPU\) and (CPU|WebAssembly): [\d.]+× slower\.$/);
    expect(choice.kind).toBe('dense');
    expect(choice.cacheKey).toBe('layerbench.backend.v1.dense');
  });

  it('times a sigmoid head on two classes on its 0/1 labels (a shape mismatch would skip every backend)', async () => {
    const sigmoid: ModelSpec = { ...dense, layers: [dense.layers[0]!, { type: 'dense', units: 1, activation: 'sigmoid' }] };
    const tensorsBefore = tf.memory().numTensors;
    const choice = await measureBackends(sigmoid, batch(4), ['wasm', 'cpu'], { task: 'classification', steps: 1 });
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    for (const m of choice.measurements) expect('samplesPerSecond' in m ? m.samplesPerSecond : m).toBeGreaterThan(0);
  });

  it('skips a backend that lacks a kernel the model needs, naming it', async () => {
    // (A step that fails half-way leaves tfjs' gradient tape behind: no tensor count check here.)
    const conv2 = { ...conv, layers: [conv.layers[0]!, ...conv.layers] };
    const choice = await withoutKernel('Conv2D', 'wasm', () =>
      measureBackends(conv2, batch(36, 4), ['wasm', 'cpu'], { task: 'classification', steps: 1 }),
    );
    expect(choice.backend).toBe('cpu');
    expect(choice.measurements[0]).toEqual({ backend: 'wasm', label: 'WebAssembly', skipped: { code: 'train.backend.skip.noKernel', params: { kernel: 'Conv2D' } } });
    expect(english(choice.reason)).toMatch(/^CPU \(JavaScript\): [\d,]+ samples\/s; WebAssembly not used \(no Conv2D kernel, which this model needs\)\.$/);
  });

  it('measures WebAssembly for a convolutional model (its filter gradient comes from wasm-kernels.ts)', async () => {
    const choice = await measureBackends(conv, batch(36, 4), ['wasm', 'cpu'], { task: 'classification', steps: 1 });
    const wasm = choice.measurements.find((m) => m.backend === 'wasm');
    expect(wasm && 'samplesPerSecond' in wasm ? wasm.samplesPerSecond : 0).toBeGreaterThan(0);
  });

  it('throws an AppError when no backend can train the model', async () => {
    const conv2 = { ...conv, layers: [conv.layers[0]!, ...conv.layers] };
    await withoutKernel('Conv2D', 'wasm', async () => {
      const failure = measureBackends(conv2, batch(36, 4), ['webgpu', 'wasm'], { task: 'classification' });
      await expect(failure).rejects.toBeInstanceOf(AppError);
      await expect(failure).rejects.toMatchObject({ code: 'backend/none-can-train' });
    });
  });
});
