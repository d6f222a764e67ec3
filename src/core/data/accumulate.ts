/**
 * Columnar accumulation while the file streams by: per column a Float64Array of numbers
 * (NaN where missing or not a number), and only where a column turns out to hold text,
 * dictionary codes, and while its text cells read as dates, their instants (datetime.ts).
 * No row is ever kept as an array of strings. The running sums of the numbers are kept here
 * too, while the value is in a register, instead of another pass.
 */
import { detachString, isMissingCell, parseNumberCell, trimCell, type TextCell } from './cell';
import { DateTimeCells } from './datetime-column';
import { fitsFloat32, parseLenientNumber, TOO_LARGE, unusableNumberLabel } from './number-text';
import { NumberReading } from './number-reading';
import { MISSING_CODE, NUMBER_CODE, type AccumulatedColumn } from './accumulated-column';
import { exactLength, hashString, popcount } from './column-arrays';

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

export { MISSING_CODE, NUMBER_CODE, type AccumulatedColumn, type NumberSums } from './accumulated-column';

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
    // Every row writes its value (no NaN fill of the whole array up front: one pass less over it).
    if (this.values !== null) this.values[row] = NaN;
    const value = parseNumberCell(cell, this.decimalComma);
    // Codes start as MISSING_CODE: only numbers and text need writing there.
    if (value === value) {
      if (!fitsFloat32(value)) {
        this.missing++;
        this.reading.unusableCell(TOO_LARGE);
        return;
      }
      if (this.decimalComma && cell.indexOf('.') >= 0) this.reading.plainDot(cell, row);
      (this.values ?? this.createValues(row))[row] = value;
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

  /**
   * `push` for a cell already read as a plain number (byte-scan.ts), with the same effect; false
   * (nothing done) while the column may still be dates or when the number is unusable, for
   * `push` to handle with the cell's text.
   */
  /** Whether `pushPlainNumber` can take numbers (it cannot while the column may still be dates). */
  get readsPlainNumbers(): boolean {
    return this.dates === null;
  }

  pushPlainNumber(value: number): boolean {
    if (this.dates !== null || !fitsFloat32(value)) return false;
    const row = this.rows++;
    if (row === this.capacity) this.grow();
    (this.values ?? this.createValues(row))[row] = value;
    this.addNumber(value);
    if (this.codes !== null) this.codes[row] = NUMBER_CODE;
    return true;
  }

  /** True when `push` would keep the cell as text as written: no number, no missing marker, no blanks around. */
  isPlainText(cell: string): boolean {
    const value = parseNumberCell(cell, this.decimalComma);
    return value !== value && !isMissingCell(cell) && unusableNumberLabel(cell) === null && trimCell(cell) === cell &&
      parseLenientNumber(cell, this.decimalComma) === null;
  }

  /** `push` for a cell `isPlainText` accepted, without asking again. */
  pushPlainText(cell: string, line: number): void {
    const row = this.rows++;
    if (row === this.capacity) this.grow();
    if (this.values !== null) this.values[row] = NaN;
    this.reading.stray(cell, row, line);
    this.pushText(cell, row, line);
  }

  /** Counts a cell that looks like a number the network cannot use (NaN, Infinity, #DIV/0!, 1e400); false for others. */
  private noteUnusable(cell: string): boolean {
    const label = unusableNumberLabel(cell);
    if (label !== null) this.reading.unusableCell(label);
    return label !== null;
  }

  /** The values array once the first number comes, on `row`: the rows before it are missing or text. */
  private createValues(row: number): Float64Array {
    this.values = new Float64Array(this.capacity).fill(NaN, 0, row);
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
      const values = new Float64Array(size);
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
