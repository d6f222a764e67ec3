/**
 * Training throughput in Node, samples/s: the reference MLP (16-64-64-3, 4,096 rows, batch 64,
 * Adam) through our trainModel and through a bare model.fit of the same model and data, on
 * each backend given (cpu, wasm, webgpu). One warm-up epoch, then 3 timed epochs.
 *
 *   npx tsx bench/train-throughput.ts cpu wasm
 * Prints a JSON line per backend: {backend, ours, bare, ratio}.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { EncodedDataset } from '../src/core/features/types';
import { buildModel } from '../src/core/model/build';
import type { ModelSpec } from '../src/core/model/types';
import { createRng } from '../src/core/random';
import { DEFAULT_SETTINGS } from '../src/core/train/settings';
import { trainModel } from '../src/core/train/train';

const ROWS = 4096;
const FEATURES = 16;
const CLASSES = 3;
const BATCH = 64;
const TIMED_EPOCHS = 3;

function data(): EncodedDataset {
  const rng = createRng(7);
  const x = new Float32Array(ROWS * FEATURES).map(() => rng() * 2 - 1);
  const y = new Float32Array(ROWS * CLASSES);
  const target = new Float32Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const c = (x[r * FEATURES]! > 0 ? 1 : 0) + (x[r * FEATURES + 1]! > 0.5 ? 1 : 0);
    y[r * CLASSES + c] = 1;
    target[r] = c;
  }
  return {
    preprocessing: { task: 'classification', target: 'y', slots: [], imputation: 'mean', classes: ['a', 'b', 'c'] },
    inputShape: [null, FEATURES], outputUnits: CLASSES,
    trainX: x, trainY: y, trainTarget: target, testX: x.slice(0, FEATURES), testY: y.slice(0, CLASSES), testTarget: target.slice(0, 1),
    trainRows: ROWS, testRows: 1, droppedRows: 0,
  };
}

const spec: ModelSpec = {
  inputShape: [FEATURES],
  layers: [
    { type: 'dense', units: 64, activation: 'relu' },
    { type: 'dense', units: 64, activation: 'relu' },
    { type: 'dense', units: CLASSES, activation: 'softmax' },
  ],
};

async function ours(encoded: EncodedDataset): Promise<number> {
  const settings = { ...DEFAULT_SETTINGS, epochs: 1 + TIMED_EPOCHS, batchSize: BATCH, validationSplit: 0, earlyStoppingPatience: 0 };
  let timedFrom = 0;
  const { model, outcome } = await trainModel({
    spec, encoded, settings, task: 'classification',
    hooks: { onEpoch: (m) => { if (m.epoch === 1) timedFrom = performance.now(); } },
  });
  const seconds = (performance.now() - timedFrom) / 1000;
  model.dispose();
  if (outcome.history.length !== 1 + TIMED_EPOCHS) throw new Error('training stopped early');
  return (ROWS * TIMED_EPOCHS) / seconds;
}

async function bare(encoded: EncodedDataset): Promise<number> {
  const model = buildModel(spec, { seed: 42 });
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const xs = tf.tensor2d(encoded.trainX, [ROWS, FEATURES]);
  const ys = tf.tensor2d(encoded.trainY, [ROWS, CLASSES]);
  await model.fit(xs, ys, { epochs: 1, batchSize: BATCH, verbose: 0 });
  const t0 = performance.now();
  await model.fit(xs, ys, { epochs: TIMED_EPOCHS, batchSize: BATCH, verbose: 0 });
  const seconds = (performance.now() - t0) / 1000;
  tf.dispose([xs, ys]);
  model.dispose();
  return (ROWS * TIMED_EPOCHS) / seconds;
}

async function installWebGpu(): Promise<void> {
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: webgpu.create([]) }, configurable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
}

const encoded = data();
for (const backend of process.argv.slice(2)) {
  if (backend === 'webgpu') await installWebGpu();
  if (!(await tf.setBackend(backend))) {
    console.log(JSON.stringify({ backend, error: 'backend did not start' }));
    continue;
  }
  await tf.ready();
  const b = await bare(encoded);
  const o = await ours(encoded);
  console.log(JSON.stringify({ backend, ours: Math.round(o), bare: Math.round(b), ratio: Number((o / b).toFixed(3)) }));
}
process.exit(0);
