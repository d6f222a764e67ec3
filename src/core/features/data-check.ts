/**
 * The encoded numbers checked before any backend runs: values that are not finite after scaling,
 * or inputs that never change, are the data's problem and are said so, naming the column, rather
 * than surfacing as a backend's failed pre-flight (NaN loss, all-zero gradients).
 */
import { appErrorInfo, type AppErrorInfo } from '../errors';
import { msg } from '../i18n/message';
import { namesParam, quoted } from './columns';
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
  // Inputs behind a reader (decoded images, scaled 0–1) are finite by construction and not read here.
  const inMemory = [encoded.trainX, encoded.testX].filter((x): x is Float32Array => x instanceof Float32Array);
  for (const x of inMemory) {
    const at = firstNonFinite(x);
    if (at < 0) continue;
    const column = slots.length > 0 ? (slots[at % slots.length]?.column ?? null) : null;
    return appErrorInfo({
      code: 'data/non-finite-feature',
      message: column === null ? msg('data.check.nonFinite') : msg('data.check.nonFiniteColumn', { column: quoted(column) }),
      detail: `input value ${at} is ${String(x[at])}`,
    });
  }
  for (const y of [encoded.trainY, encoded.testY]) {
    const at = firstNonFinite(y);
    if (at < 0) continue;
    return appErrorInfo({
      code: 'data/non-finite-target',
      message: msg('data.check.nonFiniteTarget', { column: quoted(target) }),
      detail: `target value ${at} is ${String(y[at])}`,
    });
  }
  const width = slots.length;
  const trainX = encoded.trainX;
  if (width > 0 && encoded.trainRows > 1 && trainX instanceof Float32Array && trainX.length === encoded.trainRows * width && allColumnsConstant(trainX, encoded.trainRows, width)) {
    const columns = [...new Set(slots.map((s) => s.column))];
    return appErrorInfo({
      code: 'data/constant-features',
      message: msg('data.check.constant', { columns: namesParam(columns), count: columns.length }),
      detail: `${encoded.trainRows} training rows × ${width} inputs, all constant`,
    });
  }
  return null;
}
