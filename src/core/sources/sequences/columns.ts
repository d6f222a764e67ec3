/**
 * Reading a TypedDataset's columns the way recordings need them: an id column as one code per
 * row, an order column as numbers, a cell as the user wrote it. No object per row.
 */
import type { Column, NumberColumn, TypedDataset } from '../../data/types';
import { findColumn } from '../../features/columns';
import { msg, type Message } from '../../i18n/message';

/** One code per row (-1 where the cell is empty) and the name of each code, in order of first appearance. */
export interface RowCodes {
  readonly codes: Int32Array;
  readonly names: readonly string[];
}

/** Whether a column can name recordings: categories, whole numbers, or text the parser kept with codes. */
export function canIdentify(col: Column): boolean {
  if (col.kind === 'category') return true;
  if (col.kind === 'number') return col.integer;
  if (col.kind === 'text') return col.codes !== undefined && col.dictionary !== undefined;
  return false;
}

/** The id column's codes; null for a column that cannot name recordings. */
export function rowCodes(col: Column): RowCodes | null {
  if (col.kind === 'category') return { codes: col.codes, names: col.categories };
  if (col.kind === 'text') return col.codes && col.dictionary ? { codes: col.codes, names: col.dictionary } : null;
  if (col.kind !== 'number' || !col.integer) return null;
  const codes = new Int32Array(col.values.length);
  const names: string[] = [];
  const codeOf = new Map<number, number>();
  let last = NaN;
  let lastCode = -1;
  for (let r = 0; r < col.values.length; r++) {
    const v = col.values[r]!;
    if (v !== v) {
      codes[r] = -1;
      continue;
    }
    // Ids come in runs: most rows repeat the previous row's value, so the map is rarely asked.
    if (v !== last) {
      let code = codeOf.get(v);
      if (code === undefined) {
        code = names.length;
        codeOf.set(v, code);
        names.push(String(v));
      }
      last = v;
      lastCode = code;
    }
    codes[r] = lastCode;
  }
  return { codes, names };
}

/** Numbers that can order the steps: a number column's values or a date/time column's instants (ms). */
export function orderValuesOf(col: Column): Float64Array | null {
  return col.kind === 'number' || col.kind === 'datetime' ? col.values : null;
}

/** A column a step can read as one number per row. */
export function isStepColumn(col: Column | undefined): col is NumberColumn {
  return col?.kind === 'number';
}

export function hasValue(col: Column, row: number): boolean {
  if (col.kind === 'number' || col.kind === 'datetime') return !Number.isNaN(col.values[row]!);
  if (col.kind === 'category') return col.codes[row]! >= 0;
  if (col.kind === 'text') return col.codes !== undefined && col.codes[row]! >= 0;
  return false;
}

/** A date/time as the user reads it: "2024-05-14 08:02:16.753" (UTC, as the parser stored it). */
export function dateTimeText(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const iso = new Date(ms).toISOString();
  const text = iso.replace('T', ' ').replace('Z', '');
  return text.endsWith('.000') ? text.slice(0, -4) : text;
}

/** The cell of `row` as the user wrote it (numbers in their shortest form); '' when empty. */
export function cellText(col: Column, row: number): string {
  switch (col.kind) {
    case 'number': {
      const v = col.values[row]!;
      return Number.isNaN(v) ? '' : String(v);
    }
    case 'datetime':
      return dateTimeText(col.values[row]!);
    case 'category': {
      const code = col.codes[row]!;
      return code < 0 ? '' : col.categories[code]!;
    }
    case 'text': {
      const code = col.codes?.[row] ?? -1;
      return code < 0 ? '' : (col.dictionary?.[code] ?? '');
    }
    case 'empty':
      return '';
  }
}

/** A column by name, or undefined; re-exported so that the modules here share one lookup. */
export function columnOf(ds: TypedDataset, name: string | null): Column | undefined {
  return name === null ? undefined : findColumn(ds, name);
}

/** What a column holds, in a few words for a sentence: "text", "dates and times", "numbers". */
export function kindWords(col: Column): Message {
  return msg('sources.sequences.kindWords', { kind: col.kind === 'number' && col.integer ? 'wholeNumbers' : col.kind });
}
