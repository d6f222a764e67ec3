/**
 * How long one epoch will take, measured before a run: short model.fit calls on a copy of the
 * model, as the training loop makes them, after one that compiles the kernels.
 *
 * A single forward and backward step, scaled by the batches of an epoch, is no estimate: it
 * leaves out the optimizer's update and the fixed cost of each fit call (validation, callbacks,
 * reading the loss back), which dominate a small table's epoch on WebAssembly (estimates 5–8×
 * too low), while on a GPU one step that reads every gradient back waits on the device far more
 * often than training does (10× too high). Timing fit itself on one batch and on a few separates
 * the fixed cost of an epoch from the cost of each batch.
 */
import * as tf from '@tensorflow/tfjs';
import type { Task } from '../features/types';
import { labelsForOutput, outputWidth } from './data';

export interface FitTimings {
  /** One fit call of one batch, ms (the fastest of the tries). */
  readonly oneBatchMs: number;
  /** One fit call of `manyBatches` batches, ms; absent when one batch is slow enough to stand for all. */
  readonly manyBatchMs?: number;
  readonly manyBatches: number;
}

export interface EpochPlan {
  /** Batches one epoch fits on. */
  readonly batches: number;
  /** Batches of validation rows evaluated at the end of each epoch (forward only); the timings include the first. */
  readonly validationBatches: number;
}

/** A forward pass costs about a third of a training step (forward, backward, update). */
const FORWARD_SHARE = 1 / 3;

/**
 * The training loop's own work at each epoch, outside fit: shuffling, copying the best weights,
 * saving the run. Measured at 20–45 ms per epoch on a small table in Chromium's worker
 * (WebAssembly); without it, a small table's estimate came out at half its epochs' time.
 */
export const LOOP_MS_PER_EPOCH = 20;

/**
 * An epoch's time from fit timings: the loop's own work and the fixed cost of a fit call, plus the cost of each batch
 * times the batches, plus the forward passes of the validation rows beyond the timed batch. Noise can make the many-batch fit
 * no slower than the one-batch fit: then the epoch costs about what one fit call does.
 */
export function epochEstimateMs(timings: FitTimings, plan: EpochPlan): number {
  // The timings evaluate one batch of validation rows (when there are any): the others add forward passes.
  const { oneBatchMs, manyBatchMs, manyBatches } = timings;
  let perBatch = oneBatchMs;
  let fixed = 0;
  if (manyBatchMs !== undefined && manyBatches > 1) {
    perBatch = Math.max(0, (manyBatchMs - oneBatchMs) / (manyBatches - 1));
    fixed = Math.max(0, oneBatchMs - perBatch);
  }
  return LOOP_MS_PER_EPOCH + fixed + perBatch * Math.max(1, plan.batches) + perBatch * FORWARD_SHARE * Math.max(0, plan.validationBatches - 1);
}

/** A one-batch fit slower than this needs no second timing: its fixed cost is lost in the batch's. */
const SLOW_BATCH_MS = 250;
const MANY_BATCHES = 4;
/** Timing rounds while they cost less than BUDGET_MS in all. */
const MAX_ROUNDS = 4;
const BUDGET_MS = 400;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `count` rows made by repeating the `rows` rows of `source` (row-major, `width` numbers a row). */
export function tileRows(source: Float32Array, width: number, rows: number, count: number): Float32Array {
  const out = new Float32Array(count * width);
  for (let i = 0; i < count; i++) {
    const from = (i % Math.max(1, rows)) * width;
    out.set(source.subarray(from, from + width), i * width);
  }
  return out;
}

export interface FitTimingBatch {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly rows: number;
}

/**
 * Times model.fit on a copy of `model` (its weights and any optimizer of its own are untouched),
 * with `batch`'s rows repeated to whole batches of `batchSize`.
 */
export async function timeFit(model: tf.LayersModel, task: Task, batch: FitTimingBatch, batchSize: number, withValidation = false): Promise<FitTimings> {
  const inputShape = model.inputs[0]?.shape.slice(1) as number[];
  const width = inputShape.reduce((a, b) => a * b, 1);
  const units = batch.y.length / batch.rows;
  const outputs = task === 'classification' ? outputWidth(model) : units;
  const yWidth = outputs === 1 ? 1 : units;
  const loss = task !== 'classification' ? 'meanSquaredError' : outputs === 1 ? 'binaryCrossentropy' : 'categoricalCrossentropy';
  const weights = model.getWeights();
  const copy = await tf.models.modelFromJSON({ modelTopology: model.toJSON(undefined, false) as tf.io.ModelJSON['modelTopology'] });
  const optimizer = tf.train.adam(0.001);
  const tensors: tf.Tensor[] = [];
  const rowsOf = (count: number): [tf.Tensor, tf.Tensor] => {
    const x = tf.tensor(tileRows(batch.x, width, batch.rows, count), [count, ...inputShape]);
    const y = tf.tensor2d(labelsForOutput(tileRows(batch.y, units, batch.rows, count), count, outputs), [count, yWidth]);
    tensors.push(x, y);
    return [x, y];
  };
  let validationData: [tf.Tensor, tf.Tensor] | undefined;
  const fitMs = async ([x, y]: [tf.Tensor, tf.Tensor]): Promise<number> => {
    const t0 = tf.util.now();
    await copy.fit(x, y, { epochs: 1, batchSize, shuffle: false, verbose: 0, ...(validationData ? { validationData } : {}) });
    return tf.util.now() - t0;
  };
  try {
    copy.setWeights(weights);
    // As the training loop compiles it: its metric is computed at every batch too.
    copy.compile({ optimizer, loss, metrics: [task === 'classification' ? 'accuracy' : 'mae'] });
    // One batch of validation rows: the fixed cost of evaluating them at each epoch's end.
    if (withValidation) validationData = rowsOf(batchSize);
    const one = rowsOf(batchSize);
    const started = tf.util.now();
    await fitMs(one); // compiles the kernels, the optimizer's included
    const ones = [await fitMs(one)];
    if ((ones[0] ?? 0) > SLOW_BATCH_MS) return { oneBatchMs: ones[0] ?? 0, manyBatches: MANY_BATCHES };
    const many = rowsOf(batchSize * MANY_BATCHES);
    const manys = [await fitMs(many)];
    // One call can be slowed by a garbage collection or another program: while it is cheap, time
    // a few rounds and keep the middle values, as an epoch sees ordinary conditions, not the best.
    for (let round = 1; round < MAX_ROUNDS && tf.util.now() - started < BUDGET_MS; round++) {
      ones.push(await fitMs(one));
      manys.push(await fitMs(many));
    }
    return { oneBatchMs: median(ones), manyBatchMs: median(manys), manyBatches: MANY_BATCHES };
  } finally {
    tf.dispose(tensors);
    optimizer.dispose();
    copy.dispose();
  }
}
