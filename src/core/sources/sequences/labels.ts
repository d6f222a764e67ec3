/** The label of an example as the user reads it, and as a class number in the output's order. */
import type { Column, TypedDataset } from '../../data/types';
import { trainingClasses } from '../../features/fit';
import { cellText } from './columns';

/** The target's value at `row`, as written; '' when there is none. */
export function labelText(target: Column | undefined, row: number): string {
  return target && row >= 0 ? cellText(target, row) : '';
}

/** The label rows of examples `indices` (all labelled), as a row list for trainingClasses/meanStd. */
export function labelRowsOf(labelRow: Int32Array, indices: ArrayLike<number>): Uint32Array {
  const rows = new Uint32Array(indices.length);
  for (let k = 0; k < indices.length; k++) rows[k] = labelRow[indices[k]!]!;
  return rows;
}

/** Classes present among the label rows, sorted as the table kind sorts them (the output units' order). */
export function classesAt(ds: TypedDataset, target: Column, labelRow: Int32Array, indices: ArrayLike<number>): string[] {
  return trainingClasses(ds, target, labelRowsOf(labelRow, indices));
}

/** Each example's class number in `classes`; -1 for an example without a label or with a class not in the list. */
export function classIdsOf(target: Column, labelRow: Int32Array, classes: readonly string[]): Int32Array {
  const ids = new Int32Array(labelRow.length).fill(-1);
  const index = new Map(classes.map((c, i) => [c, i]));
  if (target.kind === 'category') {
    const ofCode = Int32Array.from(target.categories, (c) => index.get(c) ?? -1);
    for (let i = 0; i < labelRow.length; i++) {
      const row = labelRow[i]!;
      if (row >= 0) ids[i] = ofCode[target.codes[row]!] ?? -1;
    }
  } else if (target.kind === 'number') {
    const ofValue = new Map(classes.map((c, i) => [Number(c), i]));
    for (let i = 0; i < labelRow.length; i++) {
      const row = labelRow[i]!;
      if (row >= 0) ids[i] = ofValue.get(target.values[row]!) ?? -1;
    }
  }
  return ids;
}

/** Indices of the examples that have a label. */
export function labelledExamples(labelRow: Int32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < labelRow.length; i++) if (labelRow[i]! >= 0) n++;
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < labelRow.length; i++) if (labelRow[i]! >= 0) out[k++] = i;
  return out;
}
