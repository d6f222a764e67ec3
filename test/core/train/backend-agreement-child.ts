/**
 * Child process of backend-agreement.test.ts: trains the same seeded dense, convolutional and
 * recurrent models on the same data for one epoch on each backend named on the command line and
 * runs the pre-flight check on each. A child because Dawn (webgpu) finds SwiftShader's Vulkan
 * driver only through LD_LIBRARY_PATH / VK_ICD_FILENAMES set at process start.
 *
 *   node --import tsx test/core/train/backend-agreement-child.ts cpu wasm webgpu
 * Prints one JSON line per backend and model: {backend, model, loss?, error?, preflight?}.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { Task } from '../../../src/core/features/types';
import { buildModel } from '../../../src/core/model/build';
import { lossForTask } from '../../../src/core/model/head';
import type { ModelSpec } from '../../../src/core/model/types';
import { createRng } from '../../../src/core/random';
import { english } from '../../../src/core/i18n/translate';
import { preflight, type PreflightBatch } from '../../../src/core/train/preflight';
import { registerWasmTrainingKernels } from '../../../src/core/train/wasm-kernels';

registerWasmTrainingKernels();

export interface AgreementCase {
  readonly name: 'dense' | 'convolutional' | 'recurrent';
  readonly spec: ModelSpec;
  readonly task: Task;
  readonly rows: number;
  readonly units: number;
}

export const CASES: readonly AgreementCase[] = [
  {
    name: 'dense', task: 'classification', rows: 128, units: 3,
    spec: { inputShape: [8], layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] },
  },
  {
    name: 'convolutional', task: 'classification', rows: 64, units: 3,
    spec: {
      inputShape: [8, 8, 1],
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' },
        { type: 'maxPooling2d', poolSize: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    },
  },
  {
    name: 'recurrent', task: 'regression', rows: 64, units: 1,
    spec: { inputShape: [6, 3], layers: [{ type: 'lstm', units: 8 }, { type: 'dense', units: 1 }] },
  },
];

export const BATCH = 16;

/** Seeded inputs in [-1, 1) and targets that depend on them (one-hot of a sign pattern, or a sum). */
export function caseData(c: AgreementCase): PreflightBatch {
  const rng = createRng(11);
  const width = c.spec.inputShape.reduce((a, b) => a * b, 1);
  const x = new Float32Array(c.rows * width).map(() => rng() * 2 - 1);
  const y = new Float32Array(c.rows * c.units);
  for (let r = 0; r < c.rows; r++) {
    const row = x.subarray(r * width, (r + 1) * width);
    if (c.task === 'regression') y[r] = row.reduce((a, b) => a + b, 0) / width;
    else y[r * c.units + ((row[0]! > 0 ? 1 : 0) + (row[1]! > 0.3 ? 1 : 0))] = 1;
  }
  return { x, y, rows: c.rows };
}

/** One epoch of `c` on `data` from seeded weights, on the active backend: its loss (all tensors freed). */
export async function oneEpochLoss(c: AgreementCase, data: PreflightBatch): Promise<number> {
  const model = buildModel(c.spec, { seed: 5 });
  const xs = tf.tensor(data.x, [c.rows, ...c.spec.inputShape]);
  const ys = tf.tensor2d(data.y, [c.rows, c.units]);
  const optimizer = tf.train.adam(0.01);
  try {
    model.compile({ optimizer, loss: lossForTask(c.task) });
    const history = await model.fit(xs, ys, { epochs: 1, batchSize: BATCH, shuffle: false, verbose: 0 });
    return history.history.loss?.[0] as number;
  } finally {
    tf.dispose([xs, ys]);
    optimizer.dispose();
    model.dispose();
  }
}

async function check(backend: string, c: AgreementCase): Promise<Record<string, unknown>> {
  const data = caseData(c);
  const out: Record<string, unknown> = { backend, model: c.name };
  try {
    out.loss = await oneEpochLoss(c, data);
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    return out;
  }
  const model = buildModel(c.spec, { seed: 5 });
  try {
    const width = data.x.length / data.rows;
    const batch = { x: data.x.subarray(0, BATCH * width), y: data.y.subarray(0, BATCH * c.units), rows: BATCH };
    const result = await preflight(model, batch, { task: c.task, epochRows: c.rows, batchSize: BATCH });
    out.preflight = { ok: result.ok, message: english(result.message), problems: result.problems, maxAbs: result.weights.map((w) => w.maxAbs) };
  } finally {
    model.dispose();
  }
  return out;
}

async function main(): Promise<void> {
  for (const backend of process.argv.slice(2)) {
    if (backend === 'webgpu') {
      const webgpu = await import('webgpu');
      Object.assign(globalThis, webgpu.globals);
      Object.defineProperty(globalThis, 'navigator', { value: { gpu: webgpu.create([]) }, configurable: true, writable: true });
      await import('@tensorflow/tfjs-backend-webgpu');
    }
    let started = false;
    try {
      started = await tf.setBackend(backend);
      await tf.ready();
    } catch {
      started = false;
    }
    for (const c of CASES) {
      const line = started ? await check(backend, c) : { backend, model: c.name, error: `backend ${backend} did not start` };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}

if (process.argv[1]?.endsWith('backend-agreement-child.ts')) {
  await main();
  process.exit(0);
}
