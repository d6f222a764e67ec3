import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from '../../../src/core/train/wasm-kernels';

beforeAll(() => registerWasmTrainingKernels());
afterAll(async () => {
  await tf.setBackend('cpu');
});

function backpropFilter(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: number[], dataFormat = 'NHWC'): tf.Tensor {
  return tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: 1, pad: 'valid', dataFormat, filterShape }) as tf.Tensor;
}

/** d/dW of sum(conv2d(x, W)²) on `backend`, for a seeded x and W. */
async function filterGradient(backend: string, shape: [number, number, number, number], filter: [number, number, number, number], strides: number, pad: 'same' | 'valid'): Promise<Float32Array> {
  await tf.setBackend(backend);
  const x = tf.randomUniform(shape, -1, 1, 'float32', 7);
  const w = tf.randomUniform(filter, -1, 1, 'float32', 8);
  const g = tf.grad((f: tf.Tensor) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, strides, pad).square().sum())(w);
  const out = (await g.data()) as Float32Array;
  tf.dispose([x, w, g]);
  return out;
}

describe('Conv2DBackpropFilter on wasm', () => {
  it('is registered, once, however often it is asked', () => {
    registerWasmTrainingKernels();
    registerWasmTrainingKernels();
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
  });

  it('gives the one-pixel answer by hand: x = [[1, 2], [3, 4]], 1×1 filter, dy = 1 → dW = sum(x) = 10', async () => {
    await tf.setBackend('wasm');
    const x = tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);
    const dy = tf.ones([1, 2, 2, 1]) as tf.Tensor4D;
    const dw = backpropFilter(x, dy, [1, 1, 1, 1]);
    expect(Array.from(await dw.data())).toEqual([10]);
    tf.dispose([x, dy, dw]);
  });

  it.each([
    ['same', 1],
    ['valid', 1],
    ['same', 2],
    ['valid', 2],
  ] as const)('agrees with the cpu kernel, padding %s, strides %i, and leaks no tensor', async (pad, strides) => {
    const shape: [number, number, number, number] = [3, 9, 7, 2];
    const filter: [number, number, number, number] = [3, 3, 2, 4];
    const cpu = await filterGradient('cpu', shape, filter, strides, pad);
    const before = tf.memory().numTensors;
    const wasm = await filterGradient('wasm', shape, filter, strides, pad);
    expect(tf.memory().numTensors).toBe(before);
    expect(wasm.length).toBe(cpu.length);
    for (let i = 0; i < cpu.length; i++) expect(wasm[i]).toBeCloseTo(cpu[i]!, 3);
  });

  it('refuses NCHW with a message naming the format', async () => {
    await tf.setBackend('wasm');
    const x = tf.zeros([1, 1, 4, 4]) as tf.Tensor4D;
    const dy = tf.zeros([1, 1, 2, 2]) as tf.Tensor4D;
    expect(() => backpropFilter(x, dy, [3, 3, 1, 1], 'NCHW')).toThrow(/NHWC only, got NCHW/);
    tf.dispose([x, dy]);
  });
});
