/**
 * Training throughput in Node, samples/s: each reference model (reference-models.ts) through our
 * trainModel and through a bare model.fit of the same model and data, on each backend given
 * (cpu, wasm, webgpu). A warm-up on two batches, then the model's timed epochs. Then the backend
 * measureBackends (our automatic choice) picks among them, with its sentence.
 *
 *   node --import tsx bench/train-throughput.ts mlp cpu wasm webgpu
 * Prints JSON lines: {model, backend, ours, bare, ratio, oursPerCpuSecond, barePerCpuSecond, cpuRatio}
 * or {model, backend, error}, then
 * {model, pick, reason, measurements}. webgpu needs a Vulkan driver (SwiftShader: see run.ts).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { EncodedDataset } from '../src/core/features/types';
import { buildModel } from '../src/core/model/build';
import { measureBackends } from '../src/core/train/backend-benchmark';
import { registerWasmTrainingKernels } from '../src/core/train/wasm-kernels';

// Both columns (ours and the bare model.fit) get the filter-gradient kernel Layerbench adds to
// WebAssembly: without it, bare tfjs cannot train a convolution on wasm at all.
registerWasmTrainingKernels();
import { DEFAULT_SETTINGS } from '../src/core/train/settings';
import { trainModel } from '../src/core/train/train';
import type { BackendName } from '../src/core/train/types';
import { BATCH, REFERENCE_MODELS, referenceData, type ReferenceModel } from './reference-models';

/** Samples/s by the wall clock and per CPU-second of this process (the latter barely moves when other processes load the machine). */
interface Rate {
  wall: number;
  cpu: number;
}

function startClock(): () => { wallS: number; cpuS: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6 };
  };
}

const rate = (samples: number, t: { wallS: number; cpuS: number }): Rate => ({ wall: samples / t.wallS, cpu: samples / t.cpuS });

/** Warm-up on one batch: it compiles every kernel (all batches are full: the row counts are multiples of 64). */
const WARM_UP_ROWS = BATCH;
/** A timed run longer than this (by a probe's estimate) is cut to fewer rows, in whole batches: the CPU trains the CNN at a few samples/s. */
const TIMED_SECONDS_MAX = 20;

/** WebGPU on SwiftShader trains a few hundred samples/s: one timed epoch keeps the bench within minutes. */
function timedEpochs(model: ReferenceModel, backend: string): number {
  return backend === 'webgpu' ? 1 : model.timedEpochs;
}

/** Cheap pairs run twice, interleaved, the best of each kept: other processes on a 2-core machine add noise. */
function rounds(model: ReferenceModel, backend: string): number {
  return model.name === 'mlp' && backend !== 'webgpu' ? 2 : 1;
}

/** The first `rows` rows of the data, for the warm-up (kernel compilation, JIT) before the timed run. */
function firstRows(model: ReferenceModel, encoded: EncodedDataset, rows: number): EncodedDataset {
  const width = model.spec.inputShape.reduce((a, b) => a * b, 1);
  return {
    ...encoded,
    trainX: encoded.trainX.subarray(0, rows * width),
    trainY: encoded.trainY.subarray(0, rows * model.classes),
    trainTarget: encoded.trainTarget.subarray(0, rows),
    trainRows: rows,
  };
}

/** Our engine, as the app runs it: the timed call includes building the model and the data tensors. */
async function ours(model: ReferenceModel, encoded: EncodedDataset, epochs: number): Promise<Rate> {
  const settings = { ...DEFAULT_SETTINGS, epochs, batchSize: BATCH, validationSplit: 0, earlyStoppingPatience: 0 };
  const warm = await trainModel({ spec: model.spec, encoded: firstRows(model, encoded, WARM_UP_ROWS), settings: { ...settings, epochs: 1 }, task: 'classification' });
  warm.model.dispose();
  const stop = startClock();
  const { model: trained, outcome } = await trainModel({ spec: model.spec, encoded, settings, task: 'classification' });
  const elapsed = stop();
  trained.dispose();
  if (outcome.history.length !== epochs) throw new Error('training stopped early');
  return rate(encoded.trainRows * epochs, elapsed);
}

async function bare(model: ReferenceModel, encoded: EncodedDataset, epochs: number): Promise<Rate> {
  const net = buildModel(model.spec, { seed: 42 });
  const optimizer = tf.train.adam(0.001);
  net.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const rows = encoded.trainRows;
  const xs = tf.tensor(encoded.trainX, [rows, ...model.spec.inputShape]);
  const ys = tf.tensor2d(encoded.trainY, [rows, model.classes]);
  const warmX = xs.slice(0, WARM_UP_ROWS);
  const warmY = ys.slice(0, WARM_UP_ROWS);
  await net.fit(warmX, warmY, { epochs: 1, batchSize: BATCH, verbose: 0 });
  tf.dispose([warmX, warmY]);
  const stop = startClock();
  await net.fit(xs, ys, { epochs, batchSize: BATCH, verbose: 0 });
  const elapsed = stop();
  tf.dispose([xs, ys]);
  optimizer.dispose();
  net.dispose();
  return rate(rows * epochs, elapsed);
}

async function installWebGpu(): Promise<void> {
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: webgpu.create([]) }, configurable: true, writable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
}

const print = (line: Record<string, unknown>): void => { process.stdout.write(`${JSON.stringify(line)}\n`); };

const [modelName, ...backends] = process.argv.slice(2) as [string, ...BackendName[]];
const model = REFERENCE_MODELS.find((m) => m.name === modelName);
if (!model) throw new Error(`unknown model ${modelName}; use ${REFERENCE_MODELS.map((m) => m.name).join(' or ')}`);
if (backends.includes('webgpu')) await installWebGpu();
const encoded = referenceData(model);
for (const backend of backends) {
  let started = false;
  try {
    started = await tf.setBackend(backend);
    await tf.ready();
  } catch {
    started = false;
  }
  if (!started) {
    print({ model: model.name, backend, error: 'backend did not start' });
    continue;
  }
  try {
    const epochs = timedEpochs(model, backend);
    const b: Rate = { wall: 0, cpu: 0 };
    const o: Rate = { wall: 0, cpu: 0 };
    process.stderr.write(`${model.name} on ${backend}…\n`);
    const probe = await bare(model, firstRows(model, encoded, 2 * BATCH), 1);
    const affordable = Math.floor((probe.wall * TIMED_SECONDS_MAX) / epochs / BATCH) * BATCH;
    const timedRows = Math.min(model.rows, Math.max(2 * BATCH, affordable));
    const timed = timedRows < model.rows ? firstRows(model, encoded, timedRows) : encoded;
    for (let round = 0; round < rounds(model, backend); round++) {
      const rb = await bare(model, timed, epochs);
      const ro = await ours(model, timed, epochs);
      b.wall = Math.max(b.wall, rb.wall);
      b.cpu = Math.max(b.cpu, rb.cpu);
      o.wall = Math.max(o.wall, ro.wall);
      o.cpu = Math.max(o.cpu, ro.cpu);
    }
    print({
      model: model.name, backend, timedEpochs: epochs, timedRows,
      ours: Math.round(o.wall), bare: Math.round(b.wall), ratio: Number((o.wall / b.wall).toFixed(3)),
      oursPerCpuSecond: Math.round(o.cpu), barePerCpuSecond: Math.round(b.cpu), cpuRatio: Number((o.cpu / b.cpu).toFixed(3)),
    });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const kernel = /Kernel '(\w+)' not registered/.exec(text);
    print({ model: model.name, backend, error: kernel ? `unsupported: no ${kernel[1]} kernel` : text });
  }
}
const width = model.spec.inputShape.reduce((a, b) => a * b, 1);
const sample = { x: encoded.trainX.subarray(0, BATCH * width), y: encoded.trainY.subarray(0, BATCH * model.classes), rows: BATCH };
process.stderr.write(`${model.name}: measureBackends…\n`);
const pickStart = performance.now();
const choice = await measureBackends(model.spec, sample, backends, { task: 'classification' });
print({
  model: model.name, pick: choice.backend, reason: choice.reason, measureSeconds: Number(((performance.now() - pickStart) / 1000).toFixed(1)),
  measurements: choice.measurements,
});
process.exit(0);
