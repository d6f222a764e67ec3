/**
 * Turning typed columns into the network's row-major Float32Arrays, one pass over each
 * column per slot run, with no object per row: a 600,000-row file must encode in well under
 * a second and without doubling its memory.
 */
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import type { Column, TypedDataset } from '../data/types';
import { findColumn, hasValueAt, quoted } from './columns';
import { fitPreprocessing, MISSING_CATEGORY } from './fit';
import type { EncodedInMemory, FeaturePlan, Preprocessing, Split } from './types';

export { fitPreprocessing, MISSING_CATEGORY } from './fit';

function columnFor<K extends 'number' | 'category'>(ds: TypedDataset, name: string, kind: K): Extract<Column, { kind: K }> {
  const col = findColumn(ds, name);
  if (col?.kind !== kind) {
    throw new AppError({
      code: 'encode/column-mismatch',
      message: col
        ? msg('data.encode.columnChanged', { column: quoted(name), file: ds.name, kind })
        : msg('data.encode.columnMissing', { column: quoted(name), file: ds.name }),
      detail: col ? `expected ${kind}, found ${col.kind}` : 'column not found',
    });
  }
  return col as Extract<Column, { kind: K }>;
}

/**
 * The input matrix [rows.length, slots.length] for `rows` of `ds`, encoded with `pre`. `ds` may be
 * another file than the one `pre` was fitted on: columns and categories are matched by name.
 */
export function encodeFeatures(ds: TypedDataset, pre: Preprocessing, rows: Uint32Array): Float32Array {
  const n = pre.slots.length;
  const x = new Float32Array(rows.length * n);
  let s = 0;
  while (s < n) {
    const slot = pre.slots[s]!; // s < n
    if (slot.kind === 'scaled') {
      const values = columnFor(ds, slot.column, 'number').values;
      const { mean, std } = slot;
      for (let i = 0; i < rows.length; i++) {
        const v = values[rows[i] as number] as number;
        // Missing values take the training mean, which is 0 once scaled.
        x[i * n + s] = Number.isNaN(v) ? 0 : (v - mean) / std;
      }
      s++;
    } else if (slot.kind === 'missing-indicator') {
      const values = columnFor(ds, slot.column, 'number').values;
      for (let i = 0; i < rows.length; i++) if (Number.isNaN(values[rows[i] as number] as number)) x[i * n + s] = 1;
      s++;
    } else {
      // A run of one-hot slots of the same column is filled in one pass.
      const col = columnFor(ds, slot.column, 'category');
      const slotOfCategory = new Map<string, number>();
      let end = s;
      while (end < n) {
        const next = pre.slots[end]!; // end < n
        if (next.kind !== 'one-hot' || next.column !== slot.column) break;
        slotOfCategory.set(next.category, end);
        end++;
      }
      // Categories the training rows never had map to -1: all zeros, the model has nothing to say about them.
      const slotOfCode = Int32Array.from(col.categories, (c) => slotOfCategory.get(c) ?? -1);
      const missingSlot = slotOfCategory.get(MISSING_CATEGORY) ?? -1;
      for (let i = 0; i < rows.length; i++) {
        const code = col.codes[rows[i] as number] as number;
        const target = code < 0 ? missingSlot : (slotOfCode[code] as number);
        if (target >= 0) x[i * n + target] = 1;
      }
      s = end;
    }
  }
  return x;
}

/** y for the network and the target in the user's terms, for `rows` of `ds`. */
export function encodeTarget(ds: TypedDataset, pre: Preprocessing, rows: Uint32Array): { y: Float32Array; target: Float32Array } {
  const col = findColumn(ds, pre.target);
  const target = new Float32Array(rows.length);
  const unlabelled = (row: number): AppError =>
    new AppError({
      code: 'encode/missing-target',
      message: msg('data.encode.unlabelled', { row: row + 1, file: ds.name, column: quoted(pre.target) }),
      detail: `row index ${row}`,
    });

  if (pre.task === 'regression') {
    if (col?.kind !== 'number') throw new AppError({ code: 'encode/regression-non-numeric', message: msg('data.encode.regressionNonNumeric', { column: quoted(pre.target), file: ds.name }) });
    const mean = pre.targetMean ?? 0;
    const std = pre.targetStd ?? 1;
    const y = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = col.values[rows[i] as number] as number;
      if (Number.isNaN(v)) throw unlabelled(rows[i] as number);
      target[i] = v;
      y[i] = (v - mean) / std;
    }
    return { y, target };
  }

  const classes = pre.classes ?? [];
  const k = classes.length;
  const y = new Float32Array(rows.length * k);
  const classOf = new Map<string, number>(classes.map((c, i) => [c, i]));
  let classOfRow: (row: number) => number;
  if (col?.kind === 'category') {
    const classOfCode = Int32Array.from(col.categories, (c) => classOf.get(c) ?? -1);
    classOfRow = (row) => (col.codes[row] as number) < 0 ? -2 : (classOfCode[col.codes[row] as number] as number);
  } else if (col?.kind === 'number') {
    const classOfValue = new Map<number, number>(classes.map((c, i) => [Number(c), i]));
    classOfRow = (row) => Number.isNaN(col.values[row] as number) ? -2 : (classOfValue.get(col.values[row] as number) ?? -1);
  } else {
    throw new AppError({ code: 'encode/unusable-target', message: msg('data.encode.unusableTarget', { column: quoted(pre.target), file: ds.name }) });
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const c = classOfRow(row);
    if (c === -2) throw unlabelled(row);
    if (c < 0) {
      throw new AppError({
        code: 'encode/unseen-class',
        message: msg('data.encode.unseenClass', { row: row + 1, file: ds.name, column: quoted(pre.target) }),
        detail: `row index ${row}; classes: ${classes.join(', ')}`,
      });
    }
    target[i] = c;
    y[i * k + c] = 1;
  }
  return { y, target };
}

export function encodeDataset(ds: TypedDataset, plan: FeaturePlan, split: Split): EncodedInMemory {
  const preprocessing = fitPreprocessing(ds, plan, split.train);
  const train = encodeTarget(ds, preprocessing, split.train);
  const test = encodeTarget(ds, preprocessing, split.test);
  const targetCol = findColumn(ds, plan.target);
  let labelled = 0;
  if (targetCol) for (let r = 0; r < ds.rowCount; r++) if (hasValueAt(targetCol, r)) labelled++;
  return {
    preprocessing,
    inputShape: [null, preprocessing.slots.length],
    outputUnits: plan.task === 'classification' ? (preprocessing.classes?.length ?? 0) : 1,
    trainX: encodeFeatures(ds, preprocessing, split.train),
    trainY: train.y,
    testX: encodeFeatures(ds, preprocessing, split.test),
    testY: test.y,
    trainTarget: train.target,
    testTarget: test.target,
    trainRows: split.train.length,
    testRows: split.test.length,
    droppedRows: ds.rowCount - labelled,
  };
}
