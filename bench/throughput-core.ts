/**
 * The training-throughput measurement shared by the Node bench (train-throughput.ts) and the
 * Chromium bench (browser/bench.worker.ts): a reference model through our trainModel and through
 * a bare model.fit of the same model and data, on the backend tfjs has now.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedDataset } from '../src/core/features/types';
import { buildModel } from '../src/core/model/build';
import { measureBackends } from '../src/core/train/backend-benchmark';
import { DEFAULT_SETTINGS } from '../src/core/train/settings';
import { trainModel } from '../src/core/train/train';
import type { BackendName } from '../src/core/train/types';
import { BATCH, type ReferenceModel } from './reference-models';

/** A stopwatch: started, it returns a function that gives the wall seconds and, where the host can tell, the CPU seconds of this process. */
export type Clock = () => () => { wallS: number; cpuS: number | null };

/** Samples/s by the wall clock and per CPU-second (null in a browser, which cannot tell). */
export interface Rate {
  wall: number;
  cpu: number | null;
}

export interface ThroughputRow {
  readonly model: string;
  readonly backend: string;
  readonly timedEpochs?: number;
  readonly timedRows?: number;
  readonly ours?: number;
  readonly bare?: number;
  readonly ratio?: number;
  readonly oursPerCpuSecond?: number | null;
  readonly barePerCpuSecond?: number | null;
  readonly cpuRatio?: number | null;
  readonly error?: string;
}

export interface PickRow {
  readonly model: string;
  readonly pick: string;
  readonly reason: string;
  readonly measureSeconds: number;
  readonly measurements: unknown;
}

const rate = (samples: number, t: { wallS: number; cpuS: number | null }): Rate => ({
  wall: samples / t.wallS,
  cpu: t.cpuS === null ? null : samples / t.cpuS,
});

/** Warm-up on one batch: it compiles every kernel (all batches are full: the row counts are multiples of 64). */
const WARM_UP_ROWS = BATCH;
const isGpuBackend = (backend: string): boolean => backend === 'webgpu' || backend === 'webgl';

/**
 * A timed run longer than this (by a probe's estimate) is cut to fewer rows, in whole batches:
 * the CPU trains the CNN at a few samples/s, and so do WebGPU and WebGL on a software GPU, whose
 * shorter runs are repeated instead (they vary by ±20 % from one run to the next).
 */
function timedSecondsMax(backend: string): number {
  return isGpuBackend(backend) ? 8 : 20;
}

/** WebGPU on SwiftShader trains a few hundred samples/s: one timed epoch keeps the bench within minutes (the others are cut by rows, see timedSecondsMax). */
function timedEpochs(model: ReferenceModel, backend: string): number {
  return backend === 'webgpu' ? 1 : model.timedEpochs;
}

/**
 * Pairs run several times, interleaved, the best of each kept: other processes on a shared 2-core
 * machine move single runs by ±15 %. As many as fit in about 50 s by the probe's estimate, 1 to 3.
 */
function rounds(estimatedSeconds: number): number {
  return Math.max(1, Math.min(3, Math.floor(50 / Math.max(estimatedSeconds, 1e-3))));
}

/** The first `rows` rows of the data, for the warm-up (kernel compilation, JIT) before the timed run. */
export function firstRows(model: ReferenceModel, encoded: EncodedDataset, rows: number): EncodedDataset {
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
async function ours(model: ReferenceModel, encoded: EncodedDataset, epochs: number, clock: Clock): Promise<Rate> {
  const settings = { ...DEFAULT_SETTINGS, epochs, batchSize: BATCH, validationSplit: 0, earlyStoppingPatience: 0 };
  const warm = await trainModel({ spec: model.spec, encoded: firstRows(model, encoded, WARM_UP_ROWS), settings: { ...settings, epochs: 1 }, task: 'classification' });
  warm.model.dispose();
  const stop = clock();
  const { model: trained, outcome } = await trainModel({ spec: model.spec, encoded, settings, task: 'classification' });
  const elapsed = stop();
  trained.dispose();
  if (outcome.history.length !== epochs) throw new Error('training stopped early');
  return rate(encoded.trainRows * epochs, elapsed);
}

async function bare(model: ReferenceModel, encoded: EncodedDataset, epochs: number, clock: Clock): Promise<Rate> {
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
  const stop = clock();
  await net.fit(xs, ys, { epochs, batchSize: BATCH, verbose: 0 });
  const elapsed = stop();
  tf.dispose([xs, ys]);
  optimizer.dispose();
  net.dispose();
  return rate(rows * epochs, elapsed);
}

const best = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.max(a, b));
const round3 = (n: number): number => Number(n.toFixed(3));

/** Ours and bare on `backend`, which must already be tfjs' backend. */
export async function measureThroughput(model: ReferenceModel, backend: string, encoded: EncodedDataset, clock: Clock): Promise<ThroughputRow> {
  try {
    const epochs = timedEpochs(model, backend);
    const probe = await bare(model, firstRows(model, encoded, 2 * BATCH), 1, clock);
    const affordable = Math.floor((probe.wall * timedSecondsMax(backend)) / epochs / BATCH) * BATCH;
    const timedRows = Math.min(model.rows, Math.max(2 * BATCH, affordable));
    const timed = timedRows < model.rows ? firstRows(model, encoded, timedRows) : encoded;
    // Seconds of one pair (bare, then ours), from the probe's rate.
    const pairSeconds = (2 * timedRows * epochs) / probe.wall;
    let b: Rate = { wall: 0, cpu: 0 };
    let o: Rate = { wall: 0, cpu: 0 };
    for (let round = 0; round < rounds(pairSeconds); round++) {
      const rb = await bare(model, timed, epochs, clock);
      const ro = await ours(model, timed, epochs, clock);
      b = { wall: Math.max(b.wall, rb.wall), cpu: best(b.cpu, rb.cpu) };
      o = { wall: Math.max(o.wall, ro.wall), cpu: best(o.cpu, ro.cpu) };
    }
    return {
      model: model.name, backend, timedEpochs: epochs, timedRows,
      ours: Math.round(o.wall), bare: Math.round(b.wall), ratio: round3(o.wall / b.wall),
      oursPerCpuSecond: o.cpu === null ? null : Math.round(o.cpu),
      barePerCpuSecond: b.cpu === null ? null : Math.round(b.cpu),
      cpuRatio: o.cpu === null || b.cpu === null ? null : round3(o.cpu / b.cpu),
    };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const kernel = /Kernel '(\w+)' not registered/.exec(text);
    return { model: model.name, backend, error: kernel ? `unsupported: no ${kernel[1]} kernel` : text };
  }
}

/** Switches tfjs to `backend`; false when it does not start here. */
export async function useBackend(backend: string): Promise<boolean> {
  try {
    const started = await tf.setBackend(backend);
    await tf.ready();
    return started;
  } catch {
    return false;
  }
}

/** What our automatic choice (measureBackends, as the app's engine calls it) picks among `backends`. */
export async function automaticPick(model: ReferenceModel, encoded: EncodedDataset, backends: readonly BackendName[]): Promise<PickRow> {
  const width = model.spec.inputShape.reduce((a, b) => a * b, 1);
  const sample = { x: encoded.trainX.subarray(0, BATCH * width), y: encoded.trainY.subarray(0, BATCH * model.classes), rows: BATCH };
  const start = performance.now();
  const choice = await measureBackends(model.spec, sample, backends, { task: 'classification' });
  return {
    model: model.name, pick: choice.backend, reason: choice.reason,
    measureSeconds: Number(((performance.now() - start) / 1000).toFixed(1)),
    measurements: choice.measurements,
  };
}
