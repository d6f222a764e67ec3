/**
 * Scores a trained model on the held-out rows: predictions in batches (async reads, no
 * blocking sync; images behind a reader are decoded a batch at a time, the next while this one
 * is predicted), then the pure metrics of ./metrics in the target's own units.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedDataset, SampleInputs } from '../features/types';
import { classProbabilities } from '../model/head';
import { outputWidth, sampleDims, sampleSize } from '../train/data';
import { batchesOf, isInMemory, readBatches, readerOf } from '../train/sample-reader';
import {
  accuracyOf,
  confusionMatrix,
  macroF1,
  majorityBaseline,
  meanBaseline,
  perClassMetrics,
  regressionScores,
} from './metrics';
import type { ClassificationEvaluation, Evaluation, RegressionEvaluation } from './types';

/** Rows per predict call: big enough to keep a GPU busy, small enough to bound memory. */
const PREDICT_BATCH_ROWS = 4096;
/** Numbers per predict call for inputs read from a reader (images): about 64 MB, whatever the image size. */
const PREDICT_BATCH_NUMBERS = 16_000_000;

/** Rows per predict call for samples of `inputWidth` numbers. */
export function predictBatchRows(inputWidth: number, fromReader: boolean): number {
  return fromReader ? Math.max(1, Math.min(PREDICT_BATCH_ROWS, Math.floor(PREDICT_BATCH_NUMBERS / Math.max(1, inputWidth)))) : PREDICT_BATCH_ROWS;
}

/**
 * Runs the model over row-major inputs (in memory, or read a batch at a time from a reader);
 * returns its outputs row-major, [rows, outputUnits]. A sigmoid head's one output p per row on
 * two classes comes back as [1 − p, p] (head.ts), so that everything reading class
 * probabilities, here and in predictions, sees one per class.
 */
export async function predictRows(
  model: tf.LayersModel,
  x: SampleInputs,
  rows: number,
  inputWidth: number,
  outputUnits: number,
  /** The dimensions of one sample when it is not a flat row (images: [H, W, C]). */
  sampleDims: readonly number[] = [inputWidth],
): Promise<Float32Array> {
  const width = outputWidth(model);
  const out = new Float32Array(rows * width);
  const order = Uint32Array.from({ length: rows }, (_, i) => i);
  const batches = batchesOf(order, predictBatchRows(inputWidth, !isInMemory(x)));
  let start = 0;
  for await (const read of readBatches(readerOf(x, inputWidth), batches)) {
    const count = read.rows.length;
    const batch = tf.tensor(read.x, [count, ...sampleDims]);
    const predicted = model.predict(batch) as tf.Tensor;
    try {
      out.set((await predicted.data()) as Float32Array, start * width);
    } finally {
      batch.dispose();
      predicted.dispose();
    }
    start += count;
  }
  return classProbabilities(out, rows, width, outputUnits);
}

/** probabilities: [testRows, classes] row-major. */
export function evaluateClassification(probabilities: Float32Array, encoded: EncodedDataset): ClassificationEvaluation {
  const classes = encoded.preprocessing.classes ?? [];
  const k = encoded.outputUnits;
  const rows = encoded.testRows;
  const actual = Int32Array.from(encoded.testTarget.subarray(0, rows));
  const predicted = new Int32Array(rows);
  const confidence = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) {
      if ((probabilities[r * k + c] as number) > (probabilities[r * k + best] as number)) best = c;
    }
    predicted[r] = best;
    confidence[r] = probabilities[r * k + best] as number;
  }
  const confusion = confusionMatrix(actual, predicted, k);
  const perClass = perClassMetrics(confusion, classes);
  const baseline = majorityBaseline(encoded.trainTarget, actual, classes);
  return {
    task: 'classification',
    rows,
    classes,
    confusion,
    accuracy: accuracyOf(confusion),
    perClass,
    macroF1: macroF1(perClass),
    baseline: { label: baseline.label, accuracy: baseline.accuracy },
    predictions: { actual, predicted, confidence },
  };
}

/** standardisedPredictions: [testRows] in the standardised units the network was trained on. */
export function evaluateRegression(standardisedPredictions: Float32Array, encoded: EncodedDataset): RegressionEvaluation {
  const pre = encoded.preprocessing;
  const mean = pre.targetMean ?? 0;
  const std = pre.targetStd ?? 1;
  const rows = encoded.testRows;
  const predicted = new Float32Array(rows);
  for (let r = 0; r < rows; r++) predicted[r] = (standardisedPredictions[r] as number) * std + mean;
  const actual = Float32Array.from(encoded.testTarget.subarray(0, rows));
  const scores = regressionScores(actual, predicted);
  const baseline = meanBaseline(encoded.trainTarget, actual);
  return {
    task: 'regression',
    rows,
    target: pre.target,
    mae: scores.mae,
    rmse: scores.rmse,
    r2: scores.r2,
    baseline: { value: baseline.value, mae: baseline.mae, rmse: baseline.rmse, r2: baseline.r2 },
    actual,
    predicted,
  };
}

export async function evaluateModel(model: tf.LayersModel, encoded: EncodedDataset): Promise<Evaluation> {
  const outputs = await predictRows(model, encoded.testX, encoded.testRows, sampleSize(encoded.inputShape), encoded.outputUnits, sampleDims(encoded.inputShape));
  return encoded.preprocessing.task === 'classification'
    ? evaluateClassification(outputs, encoded)
    : evaluateRegression(outputs, encoded);
}
