/**
 * What a column accumulator (accumulate.ts) hands over once the file is read: everything one
 * column's cells told us, ready for typing (type-columns.ts).
 */
import type { DateTimeValues } from './datetime-column';
import type { TextCell } from './cell';
import type { NumberReadingResult } from './number-reading';

/** Code for a cell that held a number (in a column that also has text). */
export const NUMBER_CODE = -2;
/** Code for a missing cell. */
export const MISSING_CODE = -1;

/** Running statistics of the numeric cells. */
export interface NumberSums {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly sum: number;
  /** Σ(x − shift)², with shift = the first number, which keeps the one-pass variance accurate. */
  readonly shiftedSquares: number;
  readonly shiftedSum: number;
  readonly integer: boolean;
}

/** Everything one column's cells told us, ready for typing (type-columns.ts). */
export interface AccumulatedColumn {
  readonly index: number;
  readonly rows: number;
  readonly missing: number;
  readonly numberCount: number;
  readonly textCount: number;
  /** Total length of the text cells (for the mean length: names are short, free text is long). */
  readonly textChars: number;
  /** One value per row, NaN for missing and text cells; null when the column holds no number at all. */
  readonly values: Float64Array | null;
  readonly sums: NumberSums;
  /** One code per row (MISSING_CODE, NUMBER_CODE, or an index into `dictionary`); null when the column had ≤ STRAY_KEEP text cells or too many distinct strings. */
  readonly codes: Int32Array | null;
  /** Distinct text values in order of first appearance, with counts; null once DICTIONARY_CAP was passed. */
  readonly dictionary: readonly string[] | null;
  readonly dictionaryCounts: readonly number[] | null;
  /** Estimated distinct text values when the dictionary was dropped (linear counting); else dictionary size. */
  readonly textDistinct: number;
  /** The first STRAY_KEEP text cells. */
  readonly firstTextCells: readonly TextCell[];
  /** First few distinct text values. */
  readonly examples: readonly string[];
  /**
   * The column's dates and times when every text cell but at most STRAY_KEEP cells (text or
   * numbers) read as one; null when the column holds no date or gave up on dates.
   */
  readonly dates: DateTimeValues | null;
  /** With `dates`: the cells that were neither dates nor missing (at most STRAY_KEEP). */
  readonly nonDateCells: readonly TextCell[];
  /** Numbers written with symbols or separators, and cells no number can stand for (number-reading.ts). */
  readonly reading: NumberReadingResult;
}
