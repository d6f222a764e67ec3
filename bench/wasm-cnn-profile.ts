/**
 * Where a training step of the reference CNN (reference-models.ts, batch 64, Adam) spends its time
 * on tfjs' WebAssembly backend in Node: whole steps (trainOnBatch) with tfjs' own kernels and
 * Layerbench's (wasm-kernels.ts) for the gradients, variants interleaved 3 steps at a time, then
 * tf.profile's per-kernel times over 5 steps with ours. A kernel's time includes the kernels it
 * calls (ours are built of other kernels), so the shares add up to more than 1.
 *
 *   node --import tsx bench/wasm-cnn-profile.ts [seconds]
 * Prints JSON lines: {variant, msPerStep, cpuMsPerStep, samplesPerSecond, steps}, then
 * {kernel, ms, calls, share} (median per step), then {profiledStepMs}.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { buildModel } from '../src/core/model/build';
import { registerWasmTrainingKernels, type Conv2DBackpropFilterAttrs } from '../src/core/train/wasm-kernels';
import { perOffset } from './wasm-filter-grad-before';
import { BATCH, CNN } from './reference-models';

const seconds = Number(process.argv[2] ?? 30);
const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

// tfjs' own Conv2DBackpropInput, and the per-offset filter gradient this project had before
// (the only one there was: tfjs-backend-wasm has none), to compare whole steps.
const tfjsInput = tf.getKernel('Conv2DBackpropInput', 'wasm');
const tfjsPool = tf.getKernel('MaxPoolGrad', 'wasm');
if (!tfjsInput || !tfjsPool) throw new Error('tfjs-backend-wasm registered no Conv2DBackpropInput or MaxPoolGrad');
registerWasmTrainingKernels();
const ours = { input: tf.getKernel('Conv2DBackpropInput', 'wasm')!, filter: tf.getKernel('Conv2DBackpropFilter', 'wasm')!, pool: tf.getKernel('MaxPoolGrad', 'wasm')! };
const perOffsetFilter: tf.KernelConfig = {
  kernelName: 'Conv2DBackpropFilter',
  backendName: 'wasm',
  kernelFunc: ({ inputs, attrs = {} }) => {
    const x = inputs.x as tf.Tensor4D;
    const dy = inputs.dy as tf.Tensor4D;
    return perOffset(x, dy, attrs as unknown as Conv2DBackpropFilterAttrs);
  },
};

function use(kernels: readonly tf.KernelConfig[]): void {
  for (const k of kernels) {
    tf.unregisterKernel(k.kernelName, 'wasm');
    // The backend has run every setup already; registering one again would bind nothing new.
    tf.registerKernel({ ...k, setupFunc: undefined });
  }
}

await tf.setBackend('wasm');
const net = buildModel(CNN.spec, { seed: 42 });
net.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
const x = tf.randomUniform([BATCH, 28, 28, 1], 0, 1, 'float32', 3);
const y = tf.oneHot(tf.randomUniform([BATCH], 0, 10, 'int32', 4), 10).toFloat();

const NOW = 'ours: dW, dx, MaxPoolGrad (now)';
const variants: Record<string, readonly tf.KernelConfig[]> = {
  'per-offset dW; tfjs dx, MaxPoolGrad (before)': [perOffsetFilter, tfjsInput, tfjsPool],
  'new dW; tfjs dx, MaxPoolGrad': [ours.filter, tfjsInput, tfjsPool],
  'new dW, ours dx; tfjs MaxPoolGrad': [ours.filter, ours.input, tfjsPool],
  [NOW]: [ours.filter, ours.input, ours.pool],
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
const cpuTimes: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
for (const kernels of Object.values(variants)) {
  use(kernels);
  await net.trainOnBatch(x, y);
}
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  for (const [name, kernels] of Object.entries(variants)) {
    use(kernels);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < 3; i++) await net.trainOnBatch(x, y);
    times[name]!.push((performance.now() - t0) / 3);
    const c = process.cpuUsage(c0);
    cpuTimes[name]!.push((c.user + c.system) / 3000);
  }
}
const median = (t: readonly number[]): number => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? NaN;
for (const [name, t] of Object.entries(times)) {
  const ms = median(t);
  print({ variant: name, msPerStep: Number(ms.toFixed(1)), cpuMsPerStep: Number(median(cpuTimes[name]!).toFixed(1)), samplesPerSecond: Math.round((BATCH * 1000) / ms), steps: t.length * 3 });
}

// Per kernel, on one step with ours (the median of 5 profiled steps per kernel name).
use(variants[NOW]!);
const perKernel = new Map<string, number[]>();
const calls = new Map<string, number>();
let stepMs = 0;
for (let s = 0; s < 5; s++) {
  const t0 = performance.now();
  const info = await tf.profile(async () => {
    await net.trainOnBatch(x, y);
  });
  stepMs += (performance.now() - t0) / 5;
  const sums = new Map<string, number>();
  for (const k of info.kernels) {
    sums.set(k.name, (sums.get(k.name) ?? 0) + (typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0));
    if (s === 0) calls.set(k.name, (calls.get(k.name) ?? 0) + 1);
  }
  for (const [name, ms] of sums) perKernel.set(name, [...(perKernel.get(name) ?? []), ms]);
}
const rows = [...perKernel].map(([kernel, t]) => ({ kernel, ms: [...t].sort((a, b) => a - b)[2] ?? 0, calls: calls.get(kernel) ?? 0 }));
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows) print({ ...r, ms: Number(r.ms.toFixed(2)), share: Number((r.ms / stepMs).toFixed(3)) });
print({ profiledStepMs: Number(stepMs.toFixed(1)) });
process.exit(0);
