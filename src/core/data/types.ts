/**
 * The records of the data step: file → RawTable (parse) → TypedDataset (type columns).
 * Everything here is structured-cloneable (plain objects and typed arrays) so it can
 * cross a worker boundary without copying row objects.
 */
import type { AppErrorInfo } from '../errors';
import type { Message } from '../i18n/message';
import type { EncodingInfo } from './encoding';

export type ColumnKind = 'number' | 'category' | 'text' | 'datetime' | 'empty';

export interface HistogramBin {
  /** Label shown under the bar: a range "1.2–3.4" for numbers, the category for categories. */
  readonly label: string;
  readonly count: number;
}

interface ColumnBase {
  readonly name: string;
  /** Position in the file, 0-based. */
  readonly index: number;
  readonly kind: ColumnKind;
  /**
   * Cells that are empty, whitespace, or a missing marker (NA, N/A, #N/A, null, NaN, ?, -).
   * Stray text cells of a number column are counted in `strayCount`, not here.
   */
  readonly missing: number;
  /** Distinct non-missing values (exact up to a cap; `distinctCapped` says when the cap was hit). */
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** A small distribution for the Data screen: ≤ 12 bins for numbers, top ≤ 8 categories (+ "other"). */
  readonly histogram: readonly HistogramBin[];
  /** Why this column got its kind, in one sentence for the user. */
  readonly reason: Message;
}

export interface NumberColumn extends ColumnBase {
  readonly kind: 'number';
  /** One value per row; NaN where missing or where a stray text cell stood. */
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1), as pandas reports it; 0 with fewer than 2 values. */
  readonly std: number;
  /** True when every present value is an integer. */
  readonly integer: boolean;
  /**
   * Text cells found in this otherwise numeric column (treated as missing), first few with
   * their 1-based data row and their 1-based line in the file (as a text editor counts).
   */
  readonly strayCells: readonly { readonly row: number; readonly line: number; readonly value: string }[];
  readonly strayCount: number;
  /**
   * What was removed to read the cells as numbers, when more than digits were written: one
   * currency symbol or "%" (12% is 12), thousands separators, accounting parentheses for minus.
   */
  readonly removed?: NumberCleaning;
  /**
   * Cells that stood for a number the network cannot use, by label ("NaN", "Infinity", "#DIV/0!",
   * "too large for 32-bit"); they are counted in `missing`.
   */
  readonly unusable?: readonly { readonly label: string; readonly count: number }[];
}

export interface NumberCleaning {
  /** The currency symbol or "%" removed, "" when none. */
  readonly symbol: string;
  /** Thousands separators removed (",", ".", " ", "'", no-break spaces). */
  readonly separators: readonly string[];
  /** Whether "(12.5)" was read as −12.5. */
  readonly parentheses: boolean;
  /** Cells that needed any of this. */
  readonly cells: number;
}

export interface CategoryColumn extends ColumnBase {
  readonly kind: 'category';
  /** One code per row indexing `categories`; -1 where missing. */
  readonly codes: Int32Array;
  /** Distinct values, in order of first appearance. */
  readonly categories: readonly string[];
  /** counts[i] = rows whose value is categories[i]. */
  readonly counts: readonly number[];
}

export interface TextColumn extends ColumnBase {
  readonly kind: 'text';
  /**
   * 'identifier': (almost) one distinct value per row; 'code': short values that repeat, but too
   * many different ones to be categories (a recording or customer code); 'free text': long text.
   */
  readonly role: 'identifier' | 'code' | 'free text';
  readonly examples: readonly string[];
  /**
   * When the column has at most DICTIONARY_CAP distinct values (data/accumulate.ts): one code per
   * row into `dictionary`, -1 where missing. A recording id ("rec-017") is such a column: the
   * sequences kind groups rows by it.
   */
  readonly codes?: Int32Array;
  /** The distinct values in order of first appearance (with `codes`). */
  readonly dictionary?: readonly string[];
}

/**
 * Dates and times (ISO 8601, and the common spreadsheet formats such as 3/1/2024 10:00 or
 * 01.03.2024 10:00:00): they order rows in time and are never a numeric feature.
 */
export interface DateTimeColumn extends ColumnBase {
  readonly kind: 'datetime';
  /**
   * One instant per row in milliseconds since 1970-01-01: a cell with a zone (Z, +02:00) is that
   * instant; a cell without one is its wall-clock time read as UTC. NaN where missing.
   */
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
  /** The format found, in words, e.g. "ISO 8601 date and time, e.g. 2024-03-01T10:00:00" or "day.month.year". */
  readonly format: Message;
  /** Whether some value has a time of day (not only a date). */
  readonly hasTime: boolean;
}

export interface EmptyColumn extends ColumnBase {
  readonly kind: 'empty';
}

export type Column = NumberColumn | CategoryColumn | TextColumn | DateTimeColumn | EmptyColumn;

export interface TypedDataset {
  /** File name as the user knows it, e.g. "penguins.csv". */
  readonly name: string;
  readonly sizeBytes: number;
  readonly rowCount: number;
  readonly columns: readonly Column[];
  /** The detected field delimiter (",", ";", "\t", "|"). */
  readonly delimiter: string;
  /** The text encoding the bytes were read in, and how it was decided (absent for text given as text). */
  readonly encoding?: EncodingInfo;
  /** The first ≤ 50 data rows as strings, for the preview table. */
  readonly preview: readonly (readonly string[])[];
  /** Columns proposed for exclusion (identifiers, empty, free text), with the reason. */
  readonly suggestedExclusions: readonly { readonly column: string; readonly reason: Message }[];
  /** Things the user should know that did not stop loading: skipped blank lines, stray text cells, … */
  readonly warnings: readonly AppErrorInfo[];
}

export interface ParseProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rows: number;
}
