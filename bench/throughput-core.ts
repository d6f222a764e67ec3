/**
 * The training-throughput measurement shared by the Node bench (train-throughput.ts) and the
 * Chromium bench (browser/bench.worker.ts): a reference model through our trainModel and through
 * a bare model.fit of the same model and data, on the backend tfjs has now.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedInMemory } from '../src/core/features/types';
import { english } from '../src/core/i18n/translate';
import { buildModel } from '../src/core/model/build';
import { measureBackends } from '../src/core/train/backend-benchmark';
import { DEFAULT_SETTINGS } from '../src/core/train/settings';
import { trainModel } from '../src/core/train/train';
import type { BackendName } from '../src/core/train/types';
import { summarisePairs, type Pair, type Rate } from './pairs';
import { BATCH, type ReferenceModel } from './reference-models';

/**
 * A stopwatch: started, it returns a function that gives the wall seconds and, where the host can
 * tell, the CPU seconds spent meanwhile (Node: this process; Chromium: all of the browser's
 * processes, the GPU process that runs SwiftShader included). Asynchronous: in Chromium the CPU
 * time is asked of the browser, outside the worker.
 */
export type Clock = () => Promise<() => Promise<{ wallS: number; cpuS: number | null }>>;

export interface ThroughputRow {
  readonly model: string;
  readonly backend: string;
  readonly timedEpochs?: number;
  readonly timedRows?: number;
  /** Medians over the pairs (see pairs.ts), samples/s. */
  readonly ours?: number;
  readonly bare?: number;
  /** The median of the pairs' ours/bare. */
  readonly ratio?: number;
  readonly ratioQuartiles?: readonly [number, number];
  readonly oursPerCpuSecond?: number | null;
  readonly barePerCpuSecond?: number | null;
  readonly cpuRatio?: number | null;
  readonly pairs?: number;
  /** ours/bare of each pair, in the order run. */
  readonly pairRatios?: readonly number[];
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
  return isGpuBackend(backend) ? 8 : 12;
}

/** WebGPU on SwiftShader trains a few hundred samples/s: one timed epoch keeps the bench within minutes (the others are cut by rows, see timedSecondsMax). */
function timedEpochs(model: ReferenceModel, backend: string): number {
  return backend === 'webgpu' ? 1 : model.timedEpochs;
}

/**
 * Pairs (bare and ours, back to back) run as many times as fit in about 45 s, up to 30, and at
 * least 3 unless one pair takes over 40 s; in alternating order (bare first, then ours first:
 * whichever runs second may find the machine warmer or busier). Single runs on this shared 2-core
 * machine move by ±20 %; the median of many pairs' ratios does not (pairs.ts).
 */
const PAIRS_BUDGET_S = 45;
const MAX_PAIRS = 30;
const MIN_PAIRS = 3;
const LONG_PAIR_S = 40;

function morePairs(done: number, elapsedS: number, lastPairS: number): boolean {
  if (done >= MAX_PAIRS) return false;
  if (done < MIN_PAIRS && lastPairS <= LONG_PAIR_S) return true;
  return elapsedS + lastPairS <= PAIRS_BUDGET_S;
}

/** The first `rows` rows of the data, for the warm-up (kernel compilation, JIT) before the timed run. */
export function firstRows(model: ReferenceModel, encoded: EncodedInMemory, rows: number): EncodedInMemory {
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
async function ours(model: ReferenceModel, encoded: EncodedInMemory, epochs: number, clock: Clock): Promise<Rate> {
  const settings = { ...DEFAULT_SETTINGS, epochs, batchSize: BATCH, validationSplit: 0, earlyStoppingPatience: 0 };
  const warm = await trainModel({ spec: model.spec, encoded: firstRows(model, encoded, WARM_UP_ROWS), settings: { ...settings, epochs: 1 }, task: 'classification' });
  warm.model.dispose();
  const stop = await clock();
  const { model: trained, outcome } = await trainModel({ spec: model.spec, encoded, settings, task: 'classification' });
  const elapsed = await stop();
  trained.dispose();
  if (outcome.history.length !== epochs) throw new Error('training stopped early');
  return rate(encoded.trainRows * epochs, elapsed);
}

async function bare(model: ReferenceModel, encoded: EncodedInMemory, epochs: number, clock: Clock): Promise<Rate> {
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
  const stop = await clock();
  await net.fit(xs, ys, { epochs, batchSize: BATCH, verbose: 0 });
  const elapsed = await stop();
  tf.dispose([xs, ys]);
  optimizer.dispose();
  net.dispose();
  return rate(rows * epochs, elapsed);
}

/** Ours and bare on `backend`, which must already be tfjs' backend. */
export async function measureThroughput(model: ReferenceModel, backend: string, encoded: EncodedInMemory, clock: Clock): Promise<ThroughputRow> {
  try {
    const epochs = timedEpochs(model, backend);
    const probe = await bare(model, firstRows(model, encoded, 2 * BATCH), 1, clock);
    const affordable = Math.floor((probe.wall * timedSecondsMax(backend)) / epochs / BATCH) * BATCH;
    const timedRows = Math.min(model.rows, Math.max(BATCH, affordable));
    const timed = timedRows < model.rows ? firstRows(model, encoded, timedRows) : encoded;
    const pairs: Pair[] = [];
    const started = performance.now();
    let more = true;
    while (more) {
      const pairStarted = performance.now();
      if (pairs.length % 2 === 0) {
        const b = await bare(model, timed, epochs, clock);
        pairs.push({ bare: b, ours: await ours(model, timed, epochs, clock) });
      } else {
        const o = await ours(model, timed, epochs, clock);
        pairs.push({ bare: await bare(model, timed, epochs, clock), ours: o });
      }
      const now = performance.now();
      more = morePairs(pairs.length, (now - started) / 1000, (now - pairStarted) / 1000);
    }
    return {
      model: model.name, backend, timedEpochs: epochs, timedRows,
      ...summarisePairs(pairs),
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
export async function automaticPick(model: ReferenceModel, encoded: EncodedInMemory, backends: readonly BackendName[]): Promise<PickRow> {
  const width = model.spec.inputShape.reduce((a, b) => a * b, 1);
  const sample = { x: encoded.trainX.subarray(0, BATCH * width), y: encoded.trainY.subarray(0, BATCH * model.classes), rows: BATCH };
  const start = performance.now();
  const choice = await measureBackends(model.spec, sample, backends, { task: 'classification' });
  return {
    model: model.name, pick: choice.backend, reason: english(choice.reason),
    measureSeconds: Number(((performance.now() - start) / 1000).toFixed(1)),
    measurements: choice.measurements,
  };
}
