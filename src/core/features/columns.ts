/** Small lookups on a TypedDataset's columns shared by proposing, validating, splitting and encoding. */
import { cutList } from '../data/csv-errors';
import type { Column, TypedDataset } from '../data/types';
import { quoteInput } from '../errors';
import type { ListParam } from '../i18n/message';

export function findColumn(ds: TypedDataset, name: string): Column | undefined {
  return ds.columns.find((c) => c.name === name);
}

/** The column name as the user sees it in a sentence: “price”. */
export function quoted(name: string): string {
  return quoteInput(name);
}

/** "“a”, “b”, “c” and 4 more" in English only: for messages not yet in the catalogue (use `namesParam`). */
export function nameList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map(quoted).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** "“a”, “b”, “c”, and 4 more": a few names as a message's list parameter, never a wall of them. */
export function namesParam(names: readonly string[], max = 5): ListParam {
  return cutList(names.slice(0, max).map(quoted), names.length);
}

/** Whether row `row` of `col` holds a usable (non-missing) value. Text and empty columns hold none we can encode. */
export function hasValueAt(col: Column, row: number): boolean {
  if (col.kind === 'number') return !Number.isNaN(col.values[row] as number);
  if (col.kind === 'category') return (col.codes[row] as number) >= 0;
  return false;
}

/** Rows whose target has a value: the only rows a model can learn from or be scored on. */
export function labelledRows(col: Column, rowCount: number): Uint32Array {
  let n = 0;
  for (let i = 0; i < rowCount; i++) if (hasValueAt(col, i)) n++;
  const rows = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < rowCount; i++) if (hasValueAt(col, i)) rows[k++] = i;
  return rows;
}
