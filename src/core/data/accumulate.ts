/**
 * Columnar accumulation while the file streams by: per column a Float64Array of numbers
 * (NaN where missing or not a number), and only where a column turns out to hold text,
 * dictionary codes, and while its text cells read as dates, their instants (datetime.ts).
 * No row is ever kept as an array of strings. The running sums of the numbers are kept here
 * too, while the value is in a register, instead of another pass.
 */
import { detachString, isMissingCell, parseNumberCell, trimCell, type TextCell } from './cell';
import { DateTimeCells, type DateTimeValues } from './datetime-column';
import { fitsFloat32, parseLenientNumber, TOO_LARGE, unusableNumberLabel } from './number-text';
import { NumberReading, type NumberReadingResult } from './number-reading';

/**
 * Text cells remembered with their position; also the most a "number" column may have, and the
 * most cells that are neither dates nor missing a date column may have.
 */
export const STRAY_KEEP = 20;
/**
 * Beyond this many distinct strings a column keeps no codes (only an estimate of its distinct
 * values). Up to it, a text column keeps one code per row: a file of a few thousand recordings
 * keeps its recording ids. The Map of ≤ 20,000 strings and an Int32Array per row are small next
 * to the file; a column with a different value on every row drops both once past the cap.
 */
export const DICTIONARY_CAP = 20_000;
const EXAMPLES_KEEP = 5;
/** Bits of the linear-counting bitmap that estimates distinct strings once the dictionary is gone. */
const DISTINCT_BITMAP_BITS = 1 << 19;
/** An array this much larger than its rows is copied to its exact length rather than viewed. */
const MAX_SLACK = 1.125;

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

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

export class ColumnAccumulator {
  /** Room in `values` and `codes`; both are created only when needed (text-only columns hold no numbers). */
  private capacity: number;
  private values: Float64Array | null = null;
  private codes: Int32Array | null = null;
  private rows = 0;
  private missing = 0;
  private numberCount = 0;
  private min = Infinity;
  private max = -Infinity;
  private sum = 0;
  private shift = NaN;
  private shiftedSum = 0;
  private shiftedSquares = 0;
  private integer = true;
  private textCount = 0;
  private textChars = 0;
  private dictionary: Map<string, number> | null = new Map();
  private dictionaryCounts: number[] = [];
  private distinctBits: Uint32Array | null = null;
  private readonly firstTextCells: TextCell[] = [];
  private readonly examples: string[] = [];
  /** Dates and times while the column can still be a date column; null from the cell that rules it out. */
  private dates: DateTimeCells | null;
  private nonDateCells: TextCell[] = [];
  private readonly reading: NumberReading;

  /** `expectedRows`: an estimate of the file's rows, so that the array rarely has to grow. */
  constructor(readonly index: number, private readonly decimalComma: boolean, expectedRows: number) {
    this.capacity = Math.max(16, expectedRows);
    this.dates = new DateTimeCells(this.capacity);
    this.reading = new NumberReading(this.capacity);
  }

  /** Adds the cell of the next data row. `line` is only used to name text cells in messages. */
  push(cell: string, line: number): void {
    const row = this.rows++;
    if (row === this.capacity) this.grow();
    const value = parseNumberCell(cell, this.decimalComma);
    // The arrays start as NaN / MISSING_CODE: only numbers and text need writing.
    if (value === value) {
      if (!fitsFloat32(value)) {
        this.missing++;
        this.reading.unusableCell(TOO_LARGE);
        return;
      }
      if (this.decimalComma && cell.indexOf('.') >= 0) this.reading.plainDot(cell, row);
      (this.values ?? this.createValues())[row] = value;
      this.addNumber(value);
      if (this.codes !== null) this.codes[row] = NUMBER_CODE;
      // Numbers are never dates: a numeric column gives up on dates after its first few cells.
      if (this.dates !== null) this.notDate(trimCell(cell), row, line);
    } else if (isMissingCell(cell)) {
      this.missing++;
      // "NaN" and "#N/A" are missing markers, but the user should see that they stood there.
      if (cell.length >= 3) this.noteUnusable(cell);
    } else if (this.noteUnusable(cell)) {
      this.missing++;
    } else {
      const text = trimCell(cell);
      const lenient = parseLenientNumber(text, this.decimalComma);
      if (lenient === null) this.reading.stray(text, row, line);
      else if (fitsFloat32(lenient.value)) this.reading.lenient(lenient, row);
      else {
        this.missing++;
        this.reading.unusableCell(TOO_LARGE);
        return;
      }
      // Kept as text as well: whether the column reads "€1,279" as a number is decided from all its cells.
      this.pushText(text, row, line);
    }
  }

  /** Counts a cell that looks like a number the network cannot use (NaN, Infinity, #DIV/0!, 1e400); false for others. */
  private noteUnusable(cell: string): boolean {
    const label = unusableNumberLabel(cell);
    if (label !== null) this.reading.unusableCell(label);
    return label !== null;
  }

  private createValues(): Float64Array {
    this.values = new Float64Array(this.capacity).fill(NaN);
    return this.values;
  }

  private addNumber(value: number): void {
    if (this.numberCount++ === 0) this.shift = value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sum += value;
    const d = value - this.shift;
    this.shiftedSum += d;
    this.shiftedSquares += d * d;
    if (this.integer && Math.floor(value) !== value) this.integer = false;
  }

  private pushText(text: string, row: number, line: number): void {
    const dates = this.dates;
    if (dates !== null) {
      if (!dates.push(text, row)) this.notDate(text, row, line);
      else if (dates.contradictory) this.dates = null;
    }
    this.textCount++;
    this.textChars += text.length;
    if (this.firstTextCells.length < STRAY_KEEP) {
      this.firstTextCells.push({ row, line, value: detachString(text) });
    }
    if (this.dictionary === null) {
      this.markDistinct(text);
      return;
    }
    if (this.codes === null && this.textCount > STRAY_KEEP) this.startCodes();
    let code = this.dictionary.get(text);
    if (code === undefined) {
      code = this.dictionary.size;
      if (code >= DICTIONARY_CAP) {
        this.dropDictionary();
        this.markDistinct(text);
        return;
      }
      const kept = detachString(text);
      this.dictionary.set(kept, code);
      this.dictionaryCounts.push(0);
      if (this.examples.length < EXAMPLES_KEEP) this.examples.push(kept);
    }
    this.dictionaryCounts[code] = (this.dictionaryCounts[code] as number) + 1;
    if (this.codes !== null) this.codes[row] = code;
  }

  /** A cell that is neither a date nor missing: past STRAY_KEEP of them the column is no date column. */
  private notDate(text: string, row: number, line: number): void {
    if (this.nonDateCells.length === STRAY_KEEP) {
      this.dates = null;
      this.nonDateCells = [];
      return;
    }
    this.nonDateCells.push({ row, line, value: detachString(text) });
  }

  /** Too many text cells for stray cells in a number column: keep a code per row from now on. */
  private startCodes(): void {
    const dictionary = this.dictionary as Map<string, number>;
    const codes = new Int32Array(this.capacity).fill(MISSING_CODE);
    const values = this.values;
    const filled = this.rows - 1; // the current row is coded by the caller
    if (values !== null) for (let r = 0; r < filled; r++) if (values[r] === values[r]) codes[r] = NUMBER_CODE;
    for (const cell of this.firstTextCells) codes[cell.row] = dictionary.get(cell.value) as number;
    this.codes = codes;
  }

  private dropDictionary(): void {
    this.distinctBits = new Uint32Array(DISTINCT_BITMAP_BITS / 32);
    for (const key of (this.dictionary as Map<string, number>).keys()) this.markDistinct(key);
    this.dictionary = null;
    this.codes = null;
  }

  private markDistinct(text: string): void {
    const bit = hashString(text) & (DISTINCT_BITMAP_BITS - 1);
    const bits = this.distinctBits as Uint32Array;
    bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  private grow(): void {
    const size = Math.ceil(this.capacity * 1.5);
    if (this.values !== null) {
      const values = new Float64Array(size).fill(NaN, this.capacity);
      values.set(this.values);
      this.values = values;
    }
    if (this.codes !== null) {
      const codes = new Int32Array(size).fill(MISSING_CODE, this.capacity);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.reading.grow(size);
    this.capacity = size;
  }

  private estimateDistinctText(): number {
    if (this.dictionary !== null) return this.dictionary.size;
    let zeroBits = 0;
    for (const word of this.distinctBits as Uint32Array) zeroBits += 32 - popcount(word);
    if (zeroBits === 0) return this.textCount;
    const estimate = Math.round(-DISTINCT_BITMAP_BITS * Math.log(zeroBits / DISTINCT_BITMAP_BITS));
    return Math.min(this.textCount, Math.max(DICTIONARY_CAP + 1, estimate));
  }

  /** Hands the column over; the accumulator must not be used afterwards. */
  finish(): AccumulatedColumn {
    return {
      index: this.index,
      rows: this.rows,
      missing: this.missing,
      numberCount: this.numberCount,
      textCount: this.textCount,
      textChars: this.textChars,
      values: this.values === null ? null : exactLength(this.values, this.rows),
      sums: {
        count: this.numberCount, min: this.min, max: this.max, sum: this.sum,
        shiftedSum: this.shiftedSum, shiftedSquares: this.shiftedSquares, integer: this.integer,
      },
      codes: this.codes === null ? null : exactLength(this.codes, this.rows),
      dictionary: this.dictionary === null ? null : [...this.dictionary.keys()],
      dictionaryCounts: this.dictionary === null ? null : this.dictionaryCounts,
      textDistinct: this.estimateDistinctText(),
      firstTextCells: this.firstTextCells,
      examples: this.examples,
      dates: this.dates === null ? null : this.dates.finish(this.rows),
      nonDateCells: this.dates === null ? [] : this.nonDateCells,
      reading: this.reading.finish(this.rows),
    };
  }
}

/**
 * An array of exactly `length` elements: the array itself, a view when the spare room is
 * small (copying 100 MB of numbers costs more than a few spare megabytes), else a copy.
 */
function exactLength<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  return (array.length <= length * MAX_SLACK ? array.subarray(0, length) : array.slice(0, length)) as T;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
