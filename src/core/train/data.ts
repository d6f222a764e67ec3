/**
 * The rows training sees: the training split minus a seeded validation share, as tensors built
 * once (inputs in memory; epochs.ts reads a reader's batch by batch). Validation rows are a
 * subset of the training split, never of the held-out test rows.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedDataset } from '../features/types';
import { createRng, shuffleInPlace } from '../random';
import { inMemory } from './sample-reader';

/** Independent streams from one user seed: the split, the weights and the shuffling must not share draws. */
export function subSeed(seed: number, stream: number): number {
  return Math.imul((seed ^ Math.imul(stream, 0x9e3779b9)) >>> 0, 0x85ebca6b) >>> 0;
}

export const SEED_STREAM = { validation: 1, shuffle: 2, dropout: 3, augment: 4 } as const;

/**
 * Positions (into the training rows) of the validation rows and of the rows fitted on, each in
 * ascending order. With fewer than 2 rows or a fraction of 0 there is no validation.
 */
export function splitValidation(rows: number, fraction: number, seed: number): { fit: Uint32Array; validation: Uint32Array } {
  const count = fraction > 0 && rows >= 2 ? Math.min(rows - 1, Math.max(1, Math.round(rows * fraction))) : 0;
  const order = shuffleInPlace(Uint32Array.from({ length: rows }, (_, i) => i), createRng(seed));
  return {
    validation: order.slice(0, count).sort(),
    fit: order.slice(count).sort(),
  };
}

/** Copies the given rows of a row-major [rows, width] array. */
export function pickRows(source: Float32Array, width: number, rows: Uint32Array): Float32Array {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => out.set(source.subarray(row * width, (row + 1) * width), i * width));
  return out;
}

/** The dimensions of one sample: the input shape without its batch (None). */
export function sampleDims(inputShape: readonly [null, number, ...number[]]): number[] {
  return inputShape.slice(1) as number[];
}

/** Numbers per sample: n for a table row, H·W·C for an image. */
export function sampleSize(inputShape: readonly [null, number, ...number[]]): number {
  return sampleDims(inputShape).reduce((a, b) => a * b, 1);
}

export interface TrainingTensors {
  /** [fitRows, ...sample dims] */
  readonly fitX: tf.Tensor;
  readonly fitY: tf.Tensor2D;
  readonly fitRows: number;
  /** The fitted rows' inputs as plain numbers (row-major, like fitX); only when asked for, for per-epoch augmentation. */
  readonly fitXData?: Float32Array;
  /** Absent when there is no validation share. */
  readonly validation?: { readonly x: tf.Tensor; readonly y: tf.Tensor2D; readonly rows: number };
  dispose(): void;
}

/**
 * The labels as a network with `outputWidth` outputs learns them, row-major: the one-hot rows as
 * they are, or, for one sigmoid unit on two classes, each row's second-class column (1 = the
 * second class, 0 = the first), one number per row.
 */
export function labelsForOutput(y: Float32Array, rows: number, outputWidth: number): Float32Array {
  const units = rows > 0 ? y.length / rows : outputWidth;
  if (outputWidth !== 1 || units !== 2) return y;
  return Float32Array.from({ length: rows }, (_, r) => y[2 * r + 1] as number);
}

/** Outputs per example of a built model (its last axis): 1 for a sigmoid head on two classes. */
export function outputWidth(model: tf.LayersModel): number {
  const shape = model.outputs[0]?.shape ?? [];
  return shape[shape.length - 1] ?? 0;
}

/**
 * `outputWidth`: the network's outputs per example, when it differs from the encoding's units
 * (1 for a sigmoid head on two classes: the labels become one 0/1 column, labelsForOutput).
 */
export function makeTrainingTensors(encoded: EncodedDataset, validationSplit: number, seed: number, keepInputs = false, outputWidth = encoded.outputUnits): TrainingTensors {
  const dims = sampleDims(encoded.inputShape);
  const width = sampleSize(encoded.inputShape);
  const units = encoded.outputUnits;
  const { fit, validation } = splitValidation(encoded.trainRows, validationSplit, subSeed(seed, SEED_STREAM.validation));
  const labels = (rows: Uint32Array): tf.Tensor2D =>
    tf.tensor2d(labelsForOutput(pickRows(encoded.trainY, units, rows), rows.length, outputWidth), [rows.length, outputWidth === 1 ? 1 : units]);
  const trainX = inMemory(encoded.trainX);
  const fitXData = pickRows(trainX, width, fit);
  const fitX = tf.tensor(fitXData, [fit.length, ...dims]);
  const fitY = labels(fit);
  const val =
    validation.length > 0
      ? {
          x: tf.tensor(pickRows(trainX, width, validation), [validation.length, ...dims]),
          y: labels(validation),
          rows: validation.length,
        }
      : undefined;
  const all = [fitX, fitY, ...(val ? [val.x, val.y] : [])];
  return {
    fitX,
    fitY,
    fitRows: fit.length,
    ...(keepInputs ? { fitXData } : {}),
    ...(val ? { validation: val } : {}),
    dispose: () => tf.dispose(all),
  };
}

/** A seeded permutation of 0 … rows-1 for one epoch. */
export function epochOrder(rows: number, rng: () => number): Int32Array {
  return shuffleInPlace(Int32Array.from({ length: rows }, (_, i) => i), rng);
}
