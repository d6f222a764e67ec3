/**
 * A new file's columns, read the way the model needs them. A small prediction file types its
 * columns on its own evidence: "island" in a 3-row file has too few repeats to be called a
 * category, and a number column with no value at all is "empty". Here each column the model
 * uses is turned into the kind it had at training time (number or category) before the
 * training encoder (features/encode.ts) runs on it, so the encoding rules stay in one place.
 */
import { isMissingCell, trimCell } from '../data/cell';
import { readNumberAsTrained } from '../data/number-text';
import { formatNumber } from '../data/histogram';
import type { CategoryColumn, Column, NumberColumn, TypedDataset } from '../data/types';
import { appErrorInfo, type AppErrorInfo } from '../errors';
import { msg, type Message, type MessageParam } from '../i18n/message';
import { findColumn, quoted } from '../features/columns';
import type { Preprocessing } from '../features/types';

export interface ColumnNeed {
  readonly column: string;
  readonly kind: 'number' | 'category';
  /** Categories: the training categories in slot order. */
  readonly categories: readonly string[];
}

/** The columns the model reads, in slot order, with the kind each had at training time. */
export function columnNeeds(pre: Preprocessing): ColumnNeed[] {
  const needs = new Map<string, { column: string; kind: 'number' | 'category'; categories: string[] }>();
  for (const slot of pre.slots) {
    let need = needs.get(slot.column);
    if (!need) {
      need = { column: slot.column, kind: slot.kind === 'one-hot' ? 'category' : 'number', categories: [] };
      needs.set(slot.column, need);
    }
    if (slot.kind === 'one-hot') need.categories.push(slot.category);
  }
  return [...needs.values()];
}

/** "3, 7, 12 and 4 more" (1-based data rows). */
export function rowList(rows: readonly number[], max = 5): Message {
  const shown = rows.slice(0, max).map((r) => String(r + 1)).join(', ');
  return msg('predict.rowList', { shown, more: Math.max(0, rows.length - max) });
}

/** "“a”, “b”, “c” and 4 more": a few values of the user's file. */
export function valueList(values: readonly string[], max: number): Message {
  return msg('predict.valueList', { shown: values.slice(0, max).map(quoted).join(', '), more: Math.max(0, values.length - max) });
}

/** The one-row dataset of the form is named so in the user's language. */
export const FORM_DATASET_NAME = 'the form';

/** How messages name the file a dataset came from. */
export function fileName(ds: Pick<TypedDataset, 'name'>): MessageParam {
  return ds.name === FORM_DATASET_NAME ? msg('predict.theForm') : ds.name;
}

/** `strayCells`: the text cells where a number was needed (1-based rows, as the parser gives them); their values are NaN. */
export function numberColumnOf(name: string, index: number, values: Float64Array, strayCells: NumberColumn['strayCells'] = []): NumberColumn {
  let missing = 0;
  for (const v of values) if (Number.isNaN(v)) missing++;
  return {
    name, index, kind: 'number', missing: missing - strayCells.length, distinct: 0, distinctCapped: false, histogram: [], reason: msg('predict.columnAsTrained'),
    values, min: NaN, max: NaN, mean: NaN, std: NaN, integer: false, strayCells, strayCount: strayCells.length,
  };
}

export function categoryColumnOf(name: string, index: number, labels: readonly (string | null)[]): CategoryColumn {
  const categories: string[] = [];
  const counts: number[] = [];
  const codeOf = new Map<string, number>();
  const codes = new Int32Array(labels.length);
  labels.forEach((label, r) => {
    if (label === null) {
      codes[r] = -1;
      return;
    }
    let code = codeOf.get(label);
    if (code === undefined) {
      code = categories.length;
      codeOf.set(label, code);
      categories.push(label);
      counts.push(0);
    }
    counts[code] = (counts[code] as number) + 1;
    codes[r] = code;
  });
  return {
    name, index, kind: 'category', missing: labels.length - counts.reduce((a, b) => a + b, 0),
    distinct: categories.length, distinctCapped: false, histogram: [], reason: msg('predict.columnAsTrained'), codes, categories, counts,
  };
}

/** Each cell's text, when the file's preview holds every row (small files); else null. */
function cellTexts(ds: TypedDataset, col: Column): (string | null)[] | null {
  if (ds.preview.length < ds.rowCount) return null;
  return ds.preview.map((row) => {
    const text = row[col.index] ?? '';
    return isMissingCell(text) ? null : trimCell(text);
  });
}

export interface Conformed {
  readonly dataset: TypedDataset;
  /** Blocking: a column that cannot be read as the model needs it. */
  readonly errors: AppErrorInfo[];
}

/**
 * `ds` with every needed column present turned into the kind the model needs; missing
 * columns are left out (checkPredictSchema reports them). Cells that are not numbers where
 * the model reads one are kept as the number column's stray cells (predict-guards.ts refuses
 * those rows).
 */
export function conformColumns(ds: TypedDataset, pre: Preprocessing): Conformed {
  const errors: AppErrorInfo[] = [];
  const decimalComma = ds.delimiter !== ',';
  const replaced = new Map<string, Column>();
  for (const need of columnNeeds(pre)) {
    const col = findColumn(ds, need.column);
    if (!col || col.kind === need.kind) continue;
    // Text and dates keep no cell text beyond the preview: a small file is read again from it.
    const texts = col.kind === 'text' || col.kind === 'datetime' ? cellTexts(ds, col) : null;
    if ((col.kind === 'text' || col.kind === 'datetime') && texts === null) {
      const wanted = need.kind === 'number' ? 'numbers' : 'categories';
      const about = { column: quoted(col.name), file: fileName(ds), wanted };
      errors.push(appErrorInfo({
        code: 'predict/column-unreadable',
        message: col.kind === 'datetime'
          ? msg('predict.columnDates', about)
          : msg('predict.columnManyTexts', { ...about, count: col.distinct }),
        detail: `needed ${need.kind}, typed ${col.kind}${col.kind === 'text' ? ` (${col.role})` : ''}; the preview holds ${ds.preview.length} of ${ds.rowCount} rows`,
      }));
      continue;
    }
    if (need.kind === 'number') {
      let values: Float64Array;
      if (col.kind === 'empty') values = new Float64Array(ds.rowCount).fill(NaN);
      else if (col.kind === 'category') values = Float64Array.from(col.codes, (c) => (c < 0 ? NaN : readNumberAsTrained(col.categories[c] ?? '', decimalComma)));
      else values = Float64Array.from(texts ?? [], (t) => (t === null ? NaN : readNumberAsTrained(t, decimalComma)));
      // Line 0: the file's line of a cell is not known here; the notes name rows.
      const strays: { row: number; line: number; value: string }[] = [];
      values.forEach((v, r) => {
        if (Number.isNaN(v) && !isMissingAt(col, texts, r)) strays.push({ row: r + 1, line: 0, value: cellTextAt(col, texts, r) });
      });
      replaced.set(col.name, numberColumnOf(col.name, col.index, values, strays));
    } else {
      let labels: (string | null)[];
      if (col.kind === 'empty') labels = new Array<null>(ds.rowCount).fill(null);
      // Training labelled numeric cells of a category column with the same formatting.
      else if (col.kind === 'number') labels = Array.from(col.values, (v) => (Number.isNaN(v) ? null : formatNumber(v, -1)));
      else labels = texts ?? [];
      replaced.set(col.name, categoryColumnOf(col.name, col.index, labels));
    }
  }
  const dataset = replaced.size === 0 ? ds : { ...ds, columns: ds.columns.map((c) => replaced.get(c.name) ?? c) };
  return { dataset, errors };
}

function isMissingAt(col: Column, texts: readonly (string | null)[] | null, row: number): boolean {
  if (col.kind === 'empty') return true;
  if (col.kind === 'category') return (col.codes[row] as number) < 0;
  if (col.kind === 'number') return Number.isNaN(col.values[row] as number);
  return texts?.[row] === null;
}

function cellTextAt(col: Column, texts: readonly (string | null)[] | null, row: number): string {
  if (col.kind === 'category') return col.categories[col.codes[row] as number] ?? '';
  return texts?.[row] ?? '';
}
