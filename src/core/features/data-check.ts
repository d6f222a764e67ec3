/**
 * The encoded numbers checked before any backend runs: values that are not finite after scaling,
 * or inputs that never change, are the data's problem and are said so, naming the column, rather
 * than surfacing as a backend's failed pre-flight (NaN loss, all-zero gradients).
 */
import type { AppErrorInfo } from '../errors';
import { nameList, quoted } from './columns';
import type { EncodedDataset } from './types';

function firstNonFinite(x: Float32Array): number {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i] as number)) return i;
  return -1;
}

/** Columns of a row-major [rows, width] matrix that hold one value in every row; null when some column varies. */
function allColumnsConstant(x: Float32Array, rows: number, width: number): boolean {
  for (let c = 0; c < width; c++) {
    const first = x[c] as number;
    for (let r = 1; r < rows; r++) if (x[r * width + c] !== first) return false;
  }
  return true;
}

export function encodedDataProblem(encoded: EncodedDataset): AppErrorInfo | null {
  const { slots, target } = encoded.preprocessing;
  for (const x of [encoded.trainX, encoded.testX]) {
    const at = firstNonFinite(x);
    if (at < 0) continue;
    const column = slots.length > 0 ? (slots[at % slots.length]?.column ?? null) : null;
    return {
      code: 'data/non-finite-feature',
      message: column === null
        ? 'Some input values are not finite numbers after scaling (too large for 32-bit floats, or Infinity), so the network cannot learn from them. Check the data for such values.'
        : `The values of the feature column ${quoted(column)} are not all finite numbers after scaling (some are too large for 32-bit floats, or Infinity), so the network cannot learn from them. Remove such values from ${quoted(column)} or exclude it.`,
      detail: `input value ${at} is ${String(x[at])}`,
    };
  }
  for (const y of [encoded.trainY, encoded.testY]) {
    const at = firstNonFinite(y);
    if (at < 0) continue;
    return {
      code: 'data/non-finite-target',
      message: `The target column ${quoted(target)} holds values that are not finite numbers after scaling (too large for 32-bit floats, or Infinity), so they cannot be learned. Remove such values from ${quoted(target)}.`,
      detail: `target value ${at} is ${String(y[at])}`,
    };
  }
  const width = slots.length;
  if (width > 0 && encoded.trainRows > 1 && encoded.trainX.length === encoded.trainRows * width && allColumnsConstant(encoded.trainX, encoded.trainRows, width)) {
    const columns = [...new Set(slots.map((s) => s.column))];
    return {
      code: 'data/constant-features',
      message: `The network's inputs are the same in every training row (${nameList(columns)} never ${columns.length === 1 ? 'changes' : 'change'}), so it has nothing to learn from. Choose feature columns whose values differ from row to row.`,
      detail: `${encoded.trainRows} training rows × ${width} inputs, all constant`,
    };
  }
  return null;
}
