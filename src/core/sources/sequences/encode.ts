/**
 * Examples → the network's arrays. x is one Float32Array [examples, length, features],
 * row-major, written in place (no per-example array): each step column standardised with its
 * training mean and std, a missing value carried forward from the previous step of the same
 * recording (the training mean, i.e. 0, at its start), padded steps left at 0.
 */
import type { NumberColumn } from '../../data/types';
import { meanStd } from '../../features/fit';
import type { FeatureSlot } from '../../features/types';
import { firstPosition, realSteps, type SequenceExamples } from './examples';

export type ScaledSlot = Extract<FeatureSlot, { kind: 'scaled' }>;

/**
 * Mean and std of each step column over the real steps of the training examples: each row once
 * (overlapping windows share rows), no padded step, no held-out row.
 */
export function fitStepSlots(features: readonly NumberColumn[], ex: SequenceExamples, train: ArrayLike<number>, rowCount: number): ScaledSlot[] {
  const used = new Uint8Array(rowCount);
  let n = 0;
  for (let k = 0; k < train.length; k++) {
    const e = train[k]!;
    const from = firstPosition(ex, e);
    const steps = realSteps(ex, e);
    for (let t = 0; t < steps; t++) {
      const row = ex.recs.rows[from + t]!;
      if (used[row] === 0) {
        used[row] = 1;
        n++;
      }
    }
  }
  const rows = new Uint32Array(n);
  let k = 0;
  for (let r = 0; r < rowCount; r++) if (used[r] === 1) rows[k++] = r;
  return features.map((col) => {
    const { mean, std } = meanStd(col.values, rows);
    return { kind: 'scaled', column: col.name, mean, std };
  });
}

/** The last present value of `values` before position `from` of the recording starting at `recStart`; NaN if none. */
function carriedInto(values: Float64Array, rows: Uint32Array, recStart: number, from: number): number {
  for (let p = from - 1; p >= recStart; p--) {
    const v = values[rows[p]!]!;
    if (v === v) return v;
  }
  return NaN;
}

/**
 * Writes examples `which` (in that order) into a new [which.length, length, features] array.
 * `values[f]` is step column f's raw values per file row, scaled with `slots[f]`.
 */
export function encodeSteps(
  values: readonly Float64Array[],
  slots: readonly ScaledSlot[],
  ex: SequenceExamples,
  which: ArrayLike<number>,
): Float32Array {
  const F = values.length;
  const L = ex.length;
  const x = new Float32Array(which.length * L * F);
  const { rows, starts } = ex.recs;
  for (let k = 0; k < which.length; k++) {
    const e = which[k]!;
    const recStart = starts[ex.recordingOf[e]!]!;
    const from = recStart + ex.start[e]!;
    const steps = realSteps(ex, e);
    const base = k * L * F;
    for (let f = 0; f < F; f++) {
      const col = values[f]!;
      const { mean, std } = slots[f]!;
      let carried = NaN;
      let looked = false;
      for (let t = 0; t < steps; t++) {
        const v = col[rows[from + t]!]!;
        if (v === v) {
          carried = v;
          x[base + t * F + f] = (v - mean) / std;
        } else {
          if (carried !== carried && !looked) {
            carried = carriedInto(col, rows, recStart, from);
            looked = true;
          }
          // Nothing before it in the recording: the training mean, 0 once scaled.
          x[base + t * F + f] = carried === carried ? (carried - mean) / std : 0;
        }
      }
    }
  }
  return x;
}

/** One-hot y [n, k] and the class number of each example (classification). */
export function encodeClasses(classIds: Int32Array, which: ArrayLike<number>, k: number): { y: Float32Array; target: Float32Array } {
  const y = new Float32Array(which.length * k);
  const target = new Float32Array(which.length);
  for (let i = 0; i < which.length; i++) {
    const c = classIds[which[i]!]!;
    y[i * k + c] = 1;
    target[i] = c;
  }
  return { y, target };
}

/** Standardised y [n, 1] and the value in the user's units (regression). */
export function encodeValues(
  target: NumberColumn,
  labelRow: Int32Array,
  which: ArrayLike<number>,
  mean: number,
  std: number,
): { y: Float32Array; target: Float32Array } {
  const y = new Float32Array(which.length);
  const out = new Float32Array(which.length);
  for (let i = 0; i < which.length; i++) {
    const v = target.values[labelRow[which[i]!]!]!;
    out[i] = v;
    y[i] = (v - mean) / std;
  }
  return { y, target: out };
}
