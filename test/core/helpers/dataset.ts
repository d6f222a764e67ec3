/**
 * Builds TypedDataset values from plain arrays for tests, computing every field the way the
 * data step defines it (missing, distinct, min/max/mean/std, histogram, exclusions), so tests
 * of later steps do not depend on the CSV parser.
 */
import { DICTIONARY_CAP } from '../../../src/core/data/accumulate';
import { parseDateTimeColumn } from '../../../src/core/data/datetime-column';
import { dateTimeHistogram } from '../../../src/core/data/histogram';
import { DATETIME_EXCLUSION_REASON } from '../../../src/core/data/type-columns';
import { english } from '../../../src/core/i18n/translate';
import { msg, type Message } from '../../../src/core/i18n/message';
import type {
  CategoryColumn,
  Column,
  DateTimeColumn,
  EmptyColumn,
  HistogramBin,
  NumberColumn,
  TextColumn,
  TypedDataset,
} from '../../../src/core/data/types';

type Unindexed<C> = Omit<C, 'index'>;

/** A reason only tests read, as a message. */
function note(_text: string): Message {
  return msg('common.internalError');
}
type AnyUnindexed =
  | Unindexed<NumberColumn>
  | Unindexed<CategoryColumn>
  | Unindexed<TextColumn>
  | Unindexed<DateTimeColumn>
  | Unindexed<EmptyColumn>;

function numberHistogram(present: number[], min: number, max: number): HistogramBin[] {
  if (present.length === 0) return [];
  if (min === max) return [{ label: String(min), count: present.length }];
  const bins = Math.min(12, present.length);
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of present) {
    const b = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts.map((count, b) => ({ label: `${min + b * width}\u2013${min + (b + 1) * width}`, count }));
}

/** A number column; null or NaN is a missing cell. */
export function numberColumn(name: string, cells: readonly (number | null)[]): Unindexed<NumberColumn> {
  const values = Float64Array.from(cells, (v) => (v === null ? NaN : v));
  const present = [...values].filter((v) => !Number.isNaN(v));
  // A loop, not Math.min(...present): spreading 100,000+ values overflows the call stack.
  const min = present.length ? present.reduce((a, b) => (b < a ? b : a)) : NaN;
  const max = present.length ? present.reduce((a, b) => (b > a ? b : a)) : NaN;
  const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : NaN;
  const std = present.length ? Math.sqrt(present.reduce((a, v) => a + (v - mean) ** 2, 0) / present.length) : NaN;
  return {
    name,
    kind: 'number',
    missing: values.length - present.length,
    distinct: new Set(present).size,
    distinctCapped: false,
    histogram: numberHistogram(present, min, max),
    reason: note(`Every present value of \u201c${name}\u201d is a number.`),
    values,
    min,
    max,
    mean,
    std,
    integer: present.every((v) => Number.isInteger(v)),
    strayCells: [],
    strayCount: 0,
  };
}

/** Codes in order of first appearance (−1 for a missing cell), as the data step numbers text. */
function numberCells(cells: readonly (string | null)[]): { codes: Int32Array; values: string[]; counts: number[] } {
  const values: string[] = [];
  const counts: number[] = [];
  const codeOf = new Map<string, number>();
  const codes = new Int32Array(cells.length);
  cells.forEach((cell, i) => {
    if (cell === null) {
      codes[i] = -1;
      return;
    }
    let code = codeOf.get(cell);
    if (code === undefined) {
      code = values.length;
      codeOf.set(cell, code);
      values.push(cell);
      counts.push(0);
    }
    codes[i] = code;
    counts[code] = (counts[code] ?? 0) + 1;
  });
  return { codes, values, counts };
}

/** A category column; null is a missing cell. Categories are numbered in order of first appearance. */
export function categoryColumn(name: string, cells: readonly (string | null)[]): Unindexed<CategoryColumn> {
  const { codes, values: categories, counts } = numberCells(cells);
  const top = categories.map((label, c) => ({ label, count: counts[c] ?? 0 })).sort((a, b) => b.count - a.count);
  const histogram = top.slice(0, 8);
  const other = top.slice(8).reduce((a, b) => a + b.count, 0);
  if (other > 0) histogram.push({ label: 'other', count: other });
  return {
    name,
    kind: 'category',
    missing: cells.filter((c) => c === null).length,
    distinct: categories.length,
    distinctCapped: false,
    histogram,
    reason: note(`\u201c${name}\u201d holds ${categories.length} distinct text values.`),
    codes,
    categories,
    counts,
  };
}

/**
 * A text column; null is a missing cell. Like the data step, it keeps `codes` (−1 missing) and
 * `dictionary` (order of first appearance) when it has at most DICTIONARY_CAP distinct values;
 * `{ codes: false }` leaves them out, as for a column past the cap.
 */
export function textColumn(
  name: string,
  cells: readonly (string | null)[],
  role: TextColumn['role'] = 'identifier',
  options: { readonly codes?: boolean } = {},
): Unindexed<TextColumn> {
  const present = cells.filter((c): c is string => c !== null);
  const { codes, values: dictionary } = numberCells(cells);
  const keepCodes = (options.codes ?? true) && dictionary.length <= DICTIONARY_CAP;
  return {
    name,
    kind: 'text',
    missing: cells.length - present.length,
    distinct: dictionary.length,
    distinctCapped: false,
    histogram: [],
    reason: note(`\u201c${name}\u201d holds a different text in almost every row.`),
    role,
    examples: present.slice(0, 3),
    ...(keepCodes ? { codes, dictionary } : {}),
  };
}

/**
 * A date/time column from cells as a CSV holds them ("2024-03-01T10:00:00.020Z", "3/1/2024 10:00",
 * any format the data step reads; slash dates in the column's order) or as ms since 1970; null is
 * a missing cell. Throws when a string is not a date.
 */
export function dateTimeColumn(name: string, cells: readonly (string | number | null)[]): Unindexed<DateTimeColumn> {
  const texts = cells.map((c) => (typeof c === 'string' ? c : null));
  const parsed = texts.some((t) => t !== null) ? parseDateTimeColumn(texts) : null;
  if (parsed === null && texts.some((t) => t !== null)) throw new Error(`dateTimeColumn: some cell of ${name} is not a date`);
  const values = Float64Array.from(cells, (c, i) => (typeof c === 'number' ? c : c === null ? NaN : (parsed?.values[i] as number)));
  const present = [...values].filter((v) => !Number.isNaN(v));
  const min = present.length ? present.reduce((a, b) => (b < a ? b : a)) : NaN;
  const max = present.length ? present.reduce((a, b) => (b > a ? b : a)) : NaN;
  const hasTime = (parsed?.hasTime ?? false) || cells.some((c) => typeof c === 'number' && c % 86_400_000 !== 0);
  const format = parsed?.format ?? note('ISO 8601 date and time');
  return {
    name,
    kind: 'datetime',
    missing: values.length - present.length,
    distinct: new Set(present).size,
    distinctCapped: false,
    histogram: dateTimeHistogram(values, min, max),
    reason: note(`All ${present.length} values of \u201c${name}\u201d are ${hasTime ? 'dates and times' : 'dates'} (${english(format)}).`),
    values,
    min,
    max,
    format,
    hasTime,
  };
}

export function emptyColumn(name: string, rows: number): Unindexed<EmptyColumn> {
  return { name, kind: 'empty', missing: rows, distinct: 0, distinctCapped: false, histogram: [], reason: note(`\u201c${name}\u201d has no values.`) };
}

function cellText(col: AnyUnindexed, row: number): string {
  if (col.kind === 'number') {
    const v = col.values[row] as number;
    return Number.isNaN(v) ? '' : String(v);
  }
  if (col.kind === 'category') {
    const code = col.codes[row] as number;
    return code < 0 ? '' : (col.categories[code] as string);
  }
  if (col.kind === 'datetime') {
    const v = col.values[row] as number;
    return Number.isNaN(v) ? '' : new Date(v).toISOString();
  }
  // Text cells stay empty in the preview, as they always have here (tests of prediction rely on it).
  return '';
}

function rowsOf(col: AnyUnindexed): number | null {
  if (col.kind === 'number' || col.kind === 'datetime') return col.values.length;
  if (col.kind === 'category') return col.codes.length;
  return null;
}

/** A dataset of the given columns (all of the same length); text, date/time and empty columns are proposed for exclusion. */
export function makeDataset(name: string, columns: readonly AnyUnindexed[], rowCount?: number): TypedDataset {
  const lengths = columns.map(rowsOf).filter((n): n is number => n !== null);
  const rows = rowCount ?? lengths[0] ?? 0;
  if (lengths.some((n) => n !== rows)) throw new Error('makeDataset: columns of unequal length');
  const indexed = columns.map((c, index) => ({ ...c, index }) as Column);
  const lines: string[][] = [];
  for (let r = 0; r < rows; r++) lines.push(columns.map((c) => cellText(c, r)));
  const header = columns.map((c) => c.name).join(',');
  return {
    name,
    // The size of the CSV these columns would come from (text cells aside, which are not kept).
    sizeBytes: lines.reduce((a, row) => a + row.join(',').length + 1, header.length + 1),
    rowCount: rows,
    columns: indexed,
    delimiter: ',',
    preview: lines.slice(0, 50),
    suggestedExclusions: indexed
      .filter((c) => c.kind === 'text' || c.kind === 'datetime' || c.kind === 'empty')
      .map((c) => ({
        column: c.name,
        reason: c.kind === 'empty' ? msg('data.exclude.noValues') : c.kind === 'datetime' ? DATETIME_EXCLUSION_REASON : note('It looks like an identifier.'),
      })),
    warnings: [],
  };
}
