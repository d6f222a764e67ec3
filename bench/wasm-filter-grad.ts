/**
 * Three formulations of Conv2DBackpropFilter on tfjs' WebAssembly backend, timed on the reference
 * CNN's two convolutions (batch 64), interleaved so that the shared machine's drift hits each alike:
 * - per-offset: one strided slice and one matrix product per kernel offset (the kernel until 2026-12);
 * - im2col: the kh·kw strided slices concatenated along channels, then one matrix product;
 * - conv: the gradient as a forward convolution XNNPACK runs itself (x and dy transposed, dilation = stride).
 *
 *   node --import tsx bench/wasm-filter-grad.ts [seconds]
 * Prints one JSON line per layer and formulation: {layer, variant, ms (median), q1, q3, runs, maxAbsDiff}.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { conv2dFilterGradientIm2col, conv2dFilterGradientByConv, type Conv2DBackpropFilterAttrs } from '../src/core/train/wasm-kernels';
import { perOffset } from './wasm-filter-grad-before';


type Variant = (x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs) => tf.Tensor4D;
const VARIANTS: Record<string, Variant> = { 'per-offset': perOffset, im2col: conv2dFilterGradientIm2col, conv: conv2dFilterGradientByConv };

const LAYERS = [
  { layer: 'conv1 28×28×1 → 26×26×16', x: [64, 28, 28, 1], filter: [3, 3, 1, 16] },
  { layer: 'conv2 13×13×16 → 11×11×32', x: [64, 13, 13, 16], filter: [3, 3, 16, 32] },
] as const;

const seconds = Number(process.argv[2] ?? 20);
await tf.setBackend('wasm');
const median = (a: number[], q = 0.5): number => [...a].sort((p, r) => p - r)[Math.floor(q * (a.length - 1))]!;

for (const { layer, x: xs, filter } of LAYERS) {
  const x = tf.randomUniform([...xs], -1, 1, 'float32', 1) as tf.Tensor4D;
  const [b, h, w] = xs;
  const dy = tf.randomUniform([b, h - 2, w - 2, filter[3]], -1, 1, 'float32', 2) as tf.Tensor4D;
  const attrs: Conv2DBackpropFilterAttrs = { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [...filter] };
  const reference = perOffset(x, dy, attrs);
  const ref = reference.dataSync() as Float32Array;
  const times: Record<string, number[]> = {};
  const diffs: Record<string, number> = {};
  for (const [name, f] of Object.entries(VARIANTS)) {
    // Warm-up: XNNPACK builds its operators on first use.
    const out = f(x, dy, attrs);
    const got = out.dataSync() as Float32Array;
    diffs[name] = got.reduce((m, v, i) => Math.max(m, Math.abs(v - ref[i]!)), 0);
    out.dispose();
    times[name] = [];
  }
  const end = performance.now() + (seconds * 1000) / LAYERS.length;
  while (performance.now() < end) {
    for (const [name, f] of Object.entries(VARIANTS)) {
      const t0 = performance.now();
      const out = f(x, dy, attrs);
      out.dataSync();
      times[name]!.push(performance.now() - t0);
      out.dispose();
    }
  }
  for (const name of Object.keys(VARIANTS)) {
    const t = times[name]!;
    const r = (n: number): number => Number(n.toFixed(2));
    process.stdout.write(`${JSON.stringify({ layer, variant: name, ms: r(median(t)), q1: r(median(t, 0.25)), q3: r(median(t, 0.75)), runs: t.length, maxAbsDiff: diffs[name] })}\n`);
  }
  tf.dispose([x, dy, reference]);
}
process.exit(0);
