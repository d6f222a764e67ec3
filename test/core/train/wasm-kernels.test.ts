import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conv2dFilterGradientByConv, conv2dFilterGradientIm2col, registerWasmTrainingKernels } from '../../../src/core/train/wasm-kernels';

beforeAll(() => registerWasmTrainingKernels());
afterAll(async () => {
  await tf.setBackend('cpu');
});

function backpropFilter(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: number[], dataFormat = 'NHWC'): tf.Tensor {
  return tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: 1, pad: 'valid', dataFormat, filterShape }) as tf.Tensor;
}

type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

/** d/dx and d/dW of sum(conv2d(x, W)²) on `backend`, for a seeded x and W. */
type Shape4 = [number, number, number, number];

async function convGradients(backend: string, shape: Shape4, filter: Shape4, strides: number, pad: Pad): Promise<{ dx: Float32Array; dw: Float32Array }> {
  await tf.setBackend(backend);
  const x = tf.randomUniform(shape, -1, 1, 'float32', 7) as tf.Tensor4D;
  const w = tf.randomUniform(filter, -1, 1, 'float32', 8) as tf.Tensor4D;
  const [gx, gw] = tf.grads((a: tf.Tensor, f: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, f as tf.Tensor4D, strides, pad).square().sum())([x, w]);
  const out = { dx: (await gx!.data()) as Float32Array, dw: (await gw!.data()) as Float32Array };
  tf.dispose([x, w, gx, gw]);
  return out;
}

/** Float tolerance relative to the largest magnitude (sums of hundreds of products). */
function expectClose(got: Float32Array, want: Float32Array): void {
  expect(got.length).toBe(want.length);
  const scale = Math.max(1, ...Array.from(want, Math.abs));
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
  expect(worst / scale).toBeLessThan(1e-5);
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

  // Input channels 1–3 take im2col, more the convolution form (conv2dFilterGradient); both are checked.
  it.each([
    ['same', 1, 2],
    ['valid', 1, 2],
    ['same', 2, 2],
    ['valid', 2, 2],
    ['valid', 1, 1],
    ['same', 2, 3],
    ['valid', 1, 8],
    ['same', 2, 8],
    ['valid', 2, 5],
    [[[0, 0], [1, 2], [0, 1], [0, 0]], 1, 6],
    [[[0, 0], [2, 0], [1, 1], [0, 0]], 2, 2],
  ] as const)('dW and dx agree with the cpu kernels, padding %j, strides %i, %i input channels, and leak no tensor', async (pad, strides, cin) => {
    const shape: Shape4 = [3, 9, 7, cin];
    const filter: Shape4 = [3, 3, cin, 4];
    const cpu = await convGradients('cpu', shape, filter, strides, pad as Pad);
    const before = tf.memory().numTensors;
    const wasm = await convGradients('wasm', shape, filter, strides, pad as Pad);
    expect(tf.memory().numTensors).toBe(before);
    expectClose(wasm.dw, cpu.dw);
    expectClose(wasm.dx, cpu.dx);
  });

  it('padding wider than the filter: dx from the backend\'s own kernel, still in agreement', async () => {
    const pad: Pad = [[0, 0], [3, 0], [0, 2], [0, 0]];
    const cpu = await convGradients('cpu', [2, 9, 7, 3], [2, 2, 3, 4], 2, pad);
    const wasm = await convGradients('wasm', [2, 9, 7, 3], [2, 2, 3, 4], 2, pad);
    expectClose(wasm.dw, cpu.dw);
    expectClose(wasm.dx, cpu.dx);
  });

  it('both formulations give the same filter gradient for a non-square filter, strides 2 × 3', async () => {
    await tf.setBackend('wasm');
    const x = tf.randomUniform([2, 11, 13, 5], -1, 1, 'float32', 3) as tf.Tensor4D;
    const attrs = { strides: [2, 3] as [number, number], pad: 'same' as const, dataFormat: 'NHWC' as const, filterShape: [2, 4, 5, 3] as [number, number, number, number] };
    const dy = tf.randomUniform([2, 6, 5, 3], -1, 1, 'float32', 4) as tf.Tensor4D;
    const a = conv2dFilterGradientIm2col(x, dy, attrs);
    const b = conv2dFilterGradientByConv(x, dy, attrs);
    expect(a.shape).toEqual([2, 4, 5, 3]);
    expectClose((await b.data()) as Float32Array, (await a.data()) as Float32Array);
    await tf.setBackend('cpu');
    const xc = tf.tensor(await x.data(), x.shape) as tf.Tensor4D;
    const dyc = tf.tensor(await dy.data(), dy.shape) as tf.Tensor4D;
    const want = tf.engine().runKernel('Conv2DBackpropFilter', { x: xc, dy: dyc }, attrs) as tf.Tensor;
    expectClose((await a.data()) as Float32Array, (await want.data()) as Float32Array);
    tf.dispose([x, dy, a, b, xc, dyc, want]);
  });

  it('Conv1D (built on Conv2D) trains to the same gradient as on the cpu', async () => {
    const grad = async (backend: string): Promise<Float32Array> => {
      await tf.setBackend(backend);
      const x = tf.randomUniform([4, 20, 6], -1, 1, 'float32', 5) as tf.Tensor3D;
      const w = tf.randomUniform([5, 6, 8], -1, 1, 'float32', 6) as tf.Tensor3D;
      const g = tf.grad((f: tf.Tensor) => tf.conv1d(x, f as tf.Tensor3D, 2, 'same').square().sum())(w);
      const out = (await g.data()) as Float32Array;
      tf.dispose([x, w, g]);
      return out;
    };
    expectClose(await grad('wasm'), await grad('cpu'));
  });

  it('refuses NCHW with a message naming the format', async () => {
    await tf.setBackend('wasm');
    const x = tf.zeros([1, 1, 4, 4]) as tf.Tensor4D;
    const dy = tf.zeros([1, 1, 2, 2]) as tf.Tensor4D;
    expect(() => backpropFilter(x, dy, [3, 3, 1, 1], 'NCHW')).toThrow(/NHWC only, got NCHW/);
    tf.dispose([x, dy]);
  });
});

describe('MaxPoolGrad on wasm', () => {
  async function poolGradient(backend: string, x: number[] | null, shape: Shape4, size: number, strides: number, pad: 'same' | 'valid'): Promise<Float32Array> {
    await tf.setBackend(backend);
    const input = (x ? tf.tensor(x, shape) : tf.randomUniform(shape, -1, 1, 'float32', 9)) as tf.Tensor4D;
    // dy differs per window (seeded: the same on both backends), so a gradient in the wrong place shows.
    const g = tf.grad((a: tf.Tensor) => {
      const y = tf.maxPool(a as tf.Tensor4D, size, strides, pad);
      return y.mul(tf.randomUniform(y.shape, 0.5, 1.5, 'float32', 11)).sum();
    })(input);
    const out = (await g.data()) as Float32Array;
    tf.dispose([input, g]);
    return out;
  }

  it.each([
    [2, 2, 'valid', [3, 26, 26, 4]],
    [2, 2, 'valid', [2, 11, 11, 3]],
    [3, 2, 'same', [2, 9, 7, 3]],
    [3, 1, 'valid', [1, 6, 6, 2]],
  ] as const)('agrees with the cpu kernel: pool %i, strides %i, %s, shape %j', async (size, strides, pad, shape) => {
    const cpu = await poolGradient('cpu', null, [...shape] as Shape4, size, strides, pad);
    const before = tf.memory().numTensors;
    const wasm = await poolGradient('wasm', null, [...shape] as Shape4, size, strides, pad);
    expect(tf.memory().numTensors).toBe(before);
    expectClose(wasm, cpu);
  });

  it('sends a tie\'s gradient to the first maximum only, as the cpu does (tfjs-wasm\'s own kernel: the last)', async () => {
    // One 2×2 window of zeros and one with two 5s: dx is non-zero at the first of each.
    const x = [0, 0, 5, 1, 0, 0, 2, 5];
    const cpu = await poolGradient('cpu', x, [1, 2, 4, 1], 2, 2, 'valid');
    const wasm = await poolGradient('wasm', x, [1, 2, 4, 1], 2, 2, 'valid');
    expect(Array.from(cpu, (v) => v > 0)).toEqual([true, false, true, false, false, false, false, false]);
    expect(Array.from(wasm)).toEqual(Array.from(cpu));
  });
});
