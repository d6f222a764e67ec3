/**
 * The linear baseline: the question an analyst asks of a network is whether it beats a linear
 * model, not only a constant. Logistic regression (Dense(classes, softmax)) or linear regression
 * (Dense(1)) with no hidden layer, trained by the same engine (tfjs, on the run's backend) on
 * exactly the encoded examples the network got: the same split, scaling and one-hot columns,
 * scored on the same held-out examples by the same metrics. Images and sequences are flattened:
 * the encoding is row-major already.
 *
 * What it fits is what scikit-learn's LogisticRegression (L2, C = 1) and LinearRegression
 * (ordinary least squares) fit, on the whole training side, so that its figures stand in for
 * theirs. A convex loss has one optimum, so no validation rows are set aside to stop on: stopping
 * at the validation loss's minimum cost 5–14 accuracy points on the shapes sample against the
 * converged model (the network, which has no such optimum, keeps its validation rows to choose an
 * epoch; the held-out rows stay untouched by both).
 *
 * Quick: a plain loop of Adam steps on large batches (the whole training side up to MAX_BATCH
 * rows), the objective read every CHECK_EVERY steps, stopping once it has not improved by a
 * relative MIN_IMPROVEMENT for PATIENCE_CHECKS reads (best weights kept), with a cap on steps.
 * Weights start at zero (the optimum does not depend on where it starts) and the batch order is
 * seeded, so a seed gives the same scores. The time cap only guards a slow device.
 *
 * An image set too large to keep decoded is read a step's rows at a time (the next step's while
 * this one runs), with only the objective's sample kept: the same steps and the same numbers,
 * slower by the decoding, which the time cap bounds.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedDataset } from '../features/types';
import type { LayerSpec } from '../model/types';
import { createRng, shuffleInPlace } from '../random';
import { SEED_STREAM, pickRows, sampleDims, sampleSize, subSeed } from '../train/data';
import { batchesOf, isInMemory, readBatches, readerOf, trainingReader } from '../train/sample-reader';
import type { TrainingSettings } from '../train/types';
import { evaluateClassification, evaluateRegression, predictBatchRows } from './evaluate';
import type { Evaluation, LinearClassificationScores, LinearRegressionScores } from './types';

/** Rows per step: the whole fitted side of most tables; larger sets walk through it in seeded order. */
const MAX_BATCH = 1024;
const MAX_STEPS = 1500;
const CHECK_EVERY = 5;
const CHECK_ROWS = 4096;
/** …and at most this many numbers (64 MB): a few hundred large images, however many the set holds. */
const CHECK_NUMBERS = 16_000_000;
const PATIENCE_CHECKS = 10;
/** The objective counts as better only below best × (1 − this): converged well within the figures' rounding. */
const MIN_IMPROVEMENT = 1e-3;
/** Guard only; see the module comment. */
export const DEFAULT_LINEAR_MAX_MS = 30_000;

export interface LinearBaselineOptions {
  /** The run's settings: their seed orders the batches; the optimiser is the baseline's own. */
  readonly settings: TrainingSettings;
  /** Stops training after this long, keeping the best weights so far. */
  readonly maxMs?: number;
}

export type LinearScores = LinearClassificationScores | LinearRegressionScores;

/** The linear model as Keras layers, for the record: Flatten for images and sequences, then one Dense. */
export function linearLayers(encoded: EncodedDataset): LayerSpec[] {
  const classification = encoded.preprocessing.task === 'classification';
  const dense: LayerSpec = classification
    ? { type: 'dense', units: encoded.outputUnits, activation: 'softmax' }
    : { type: 'dense', units: 1, activation: 'linear' };
  return sampleDims(encoded.inputShape).length > 1 ? [{ type: 'flatten' }, dense] : [dense];
}

/**
 * Adam's step moves every weight by about the learning rate, so the output moves by about
 * rate × √inputs: 0.05 suits a table of a few standardised columns, an image's thousands of pixels
 * need a smaller one to stay stable.
 */
export function linearLearningRate(inputs: number): number {
  return Math.min(0.05, Math.max(0.002, 0.3 / Math.sqrt(Math.max(1, inputs))));
}

interface Side {
  readonly x: tf.Tensor2D;
  readonly y: tf.Tensor2D;
  readonly rows: number;
}

/** The whole training side in seeded order: one step's rows, and the sample the objective is read on. */
interface TrainingSide {
  readonly rows: number;
  readonly checked: Side;
  /** Rows [start, start + count) of the seeded order; `owned`: the caller disposes them. */
  nextBatch(): Promise<Side & { readonly owned: boolean }>;
  dispose(): void;
}

/**
 * Inputs in memory: the side as two tensors built once, each step a slice. Inputs behind a
 * reader (a large image set): each step's rows are read then (the next step's while this one
 * runs), and only the objective's sample is kept.
 */
async function trainingSide(encoded: EncodedDataset, seed: number, units: number, width: number): Promise<TrainingSide> {
  const order = shuffleInPlace(Uint32Array.from({ length: encoded.trainRows }, (_, i) => i), createRng(subSeed(seed, SEED_STREAM.shuffle)));
  const rows = order.length;
  const batch = Math.min(MAX_BATCH, rows);
  const checkRows = Math.min(rows, CHECK_ROWS, Math.max(1, Math.floor(CHECK_NUMBERS / Math.max(1, width))));
  const labels = (positions: Uint32Array): tf.Tensor2D => tf.tensor2d(pickRows(encoded.trainY, units, positions), [positions.length, units]);
  const inputs = encoded.trainX;
  const reader = trainingReader(inputs, width);
  if (!reader && isInMemory(inputs)) {
    const fitted: Side = { x: tf.tensor2d(pickRows(inputs, width, order), [rows, width]), y: labels(order), rows };
    const checked = checkRows === rows ? fitted : { x: tf.slice(fitted.x, [0, 0], [checkRows, width]), y: tf.slice(fitted.y, [0, 0], [checkRows, units]), rows: checkRows };
    let step = 0;
    return {
      rows,
      checked,
      nextBatch: () => {
        const start = (step * batch) % rows;
        const count = Math.min(batch, rows - start);
        step += 1;
        if (count === rows) return Promise.resolve({ ...fitted, owned: false });
        return Promise.resolve({ x: tf.slice(fitted.x, [start, 0], [count, width]), y: tf.slice(fitted.y, [start, 0], [count, units]), rows: count, owned: true });
      },
      dispose: () => tf.dispose([fitted.x, fitted.y, ...(checked !== fitted ? [checked.x, checked.y] : [])]),
    };
  }
  const trainX = reader ?? readerOf(inputs, width);
  const checkOrder = order.slice(0, checkRows);
  const checked: Side = { x: tf.tensor2d(await trainX.read(checkOrder), [checkRows, width]), y: labels(checkOrder), rows: checkRows };
  // The steps' rows in the same order as above: step s starts at (s · batch) mod rows.
  const steps = Array.from({ length: MAX_STEPS }, (_, s) => {
    const start = (s * batch) % rows;
    return order.subarray(start, start + Math.min(batch, rows - start));
  });
  const reads = readBatches(trainX, steps);
  return {
    rows,
    checked,
    nextBatch: async () => {
      const next = await reads.next();
      if (next.done) throw new Error('more linear-baseline steps than planned');
      const count = next.value.rows.length;
      return { x: tf.tensor2d(next.value.x, [count, width]), y: labels(next.value.rows), rows: count, owned: true };
    },
    dispose: () => {
      void reads.return(undefined);
      tf.dispose([checked.x, checked.y]);
    },
  };
}

/** Trains the linear baseline and scores it on the held-out rows; leaves no tensor behind. */
export async function trainLinearBaseline(encoded: EncodedDataset, opts: LinearBaselineOptions): Promise<LinearScores> {
  const startMs = tf.util.now();
  const maxMs = opts.maxMs ?? DEFAULT_LINEAR_MAX_MS;
  const classification = encoded.preprocessing.task === 'classification';
  const width = sampleSize(encoded.inputShape);
  const units = classification ? encoded.outputUnits : 1;
  const side = await trainingSide(encoded, opts.settings.seed, units, width);
  // Variables outlive tidy; the zeros they start from do not.
  const w = tf.tidy(() => tf.variable(tf.zeros([width, units]), true));
  const b = tf.tidy(() => tf.variable(tf.zeros([units]), true));
  const optimizer = tf.train.adam(linearLearningRate(width));
  const outputs = (x: tf.Tensor2D): tf.Tensor2D => tf.add(tf.matMul(x, w), b);
  const fitLoss = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar =>
    classification ? tf.losses.softmaxCrossEntropy(y, outputs(x)) : tf.losses.meanSquaredError(y, outputs(x));
  // scikit-learn's LogisticRegression default (C = 1): mean loss + ‖w‖² / (2n). Without it,
  // separable classes have no optimum (the weights grow for ever); with it, the figures compare
  // with the reference one. Linear regression has none, as scikit-learn's LinearRegression.
  const penalty = classification && side.rows > 0 ? 1 / (2 * side.rows) : 0;
  const loss = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar =>
    penalty > 0 ? tf.add(fitLoss(x, y), tf.mul(penalty, tf.sum(tf.square(w)))) : fitLoss(x, y);

  let best: tf.Tensor[] = [];
  let steps = 0;
  try {
    let bestLoss = Number.POSITIVE_INFINITY;
    let sinceBetter = 0;
    while (steps < MAX_STEPS && side.rows > 0) {
      const batch = await side.nextBatch();
      try {
        optimizer.minimize(() => loss(batch.x, batch.y), false, [w, b]);
      } finally {
        if (batch.owned) tf.dispose([batch.x, batch.y]);
      }
      steps += 1;
      if (steps % CHECK_EVERY !== 0) continue;
      const value = tf.tidy(() => loss(side.checked.x, side.checked.y));
      const current = (await value.data())[0] as number;
      value.dispose();
      if (!Number.isFinite(current)) break; // diverged: keep the best weights so far
      if (current < bestLoss) {
        if (current < bestLoss * (1 - MIN_IMPROVEMENT)) sinceBetter = 0;
        else sinceBetter += 1;
        bestLoss = current;
        tf.dispose(best);
        best = [tf.clone(w), tf.clone(b)];
      } else {
        sinceBetter += 1;
      }
      if (sinceBetter >= PATIENCE_CHECKS || tf.util.now() - startMs > maxMs) break;
    }
    if (best.length === 2) {
      w.assign(best[0] as tf.Tensor2D);
      b.assign(best[1] as tf.Tensor1D);
    }
    const evaluation = await score(encoded, width, classification, outputs);
    const training = { steps, elapsedMs: tf.util.now() - startMs };
    return evaluation.task === 'classification'
      ? { accuracy: evaluation.accuracy, macroF1: evaluation.macroF1, ...training }
      : { mae: evaluation.mae, rmse: evaluation.rmse, r2: evaluation.r2, ...training };
  } finally {
    tf.dispose([...best, w, b]);
    side.dispose();
    optimizer.dispose();
  }
}

/** The held-out rows through the linear model, scored as the network's are (evaluate.ts). */
async function score(
  encoded: EncodedDataset,
  width: number,
  classification: boolean,
  outputs: (x: tf.Tensor2D) => tf.Tensor2D,
): Promise<Evaluation> {
  const rows = encoded.testRows;
  const units = classification ? encoded.outputUnits : 1;
  const out = new Float32Array(rows * units);
  const order = Uint32Array.from({ length: rows }, (_, i) => i);
  let start = 0;
  for await (const read of readBatches(readerOf(encoded.testX, width), batchesOf(order, predictBatchRows(width, !isInMemory(encoded.testX))))) {
    const count = read.rows.length;
    const predicted = tf.tidy(() => {
      const o = outputs(tf.tensor2d(read.x, [count, width]));
      return classification ? tf.softmax(o) : o;
    });
    try {
      out.set((await predicted.data()) as Float32Array, start * units);
    } finally {
      predicted.dispose();
    }
    start += count;
  }
  return classification ? evaluateClassification(out, encoded) : evaluateRegression(out, encoded);
}

/** The evaluation with its linear baseline beside the trivial one (scores of the other task are left out). */
export function withLinear(evaluation: Evaluation, linear: LinearScores): Evaluation {
  if (evaluation.task === 'classification') return 'accuracy' in linear ? { ...evaluation, linear } : evaluation;
  return 'r2' in linear ? { ...evaluation, linear } : evaluation;
}
