/**
 * What a column's cells say about reading it as numbers, beyond the plain numbers accumulate.ts
 * keeps: the cells that are numbers once a symbol or thousands separators are removed, the cells
 * that cannot be used as numbers (NaN, Infinity, #DIV/0!, beyond float32), and whether the
 * column's points group thousands. The column decides once, from all of its cells
 * (`readColumnNumbers`): every cell of a column is read by the same rule.
 */
import { detachString, type TextCell } from './cell';
import { AMBIGUOUS_DOT, type LenientNumber } from './number-text';

const STRAY_KEEP = 20;

export interface NumberReadingResult {
  /** Values of the cells read after removing symbols or separators, NaN elsewhere; null when there were none. */
  readonly lenientValues: Float64Array | null;
  readonly lenientCount: number;
  /** Symbol ("" for none, "%", "€", …) → cells; one column should use one. */
  readonly symbols: ReadonlyMap<string, number>;
  readonly separators: readonly string[];
  readonly parentheses: number;
  /** Text cells that are no number by either reading, and the first few of them. */
  readonly strayCount: number;
  readonly firstStrayCells: readonly TextCell[];
  /** Label ("NaN", "Infinity", "#DIV/0!", "too large for 32-bit") → cells; all counted as missing. */
  readonly unusable: ReadonlyMap<string, number>;
  /** Rows holding "1.279" (read as 1.279) in a decimal-comma file; null when none. */
  readonly ambiguousDotRows: Uint8Array | null;
  /** Cells whose point can only be a decimal point ("3.5"), and cells whose points can only group thousands ("1.279,5", "1.279.000"). */
  readonly dotDecimals: number;
  readonly dotGroups: number;
}

export class NumberReading {
  private lenientValues: Float64Array | null = null;
  private lenientCount = 0;
  private readonly symbols = new Map<string, number>();
  private readonly separators = new Set<string>();
  private parentheses = 0;
  private strayCount = 0;
  private readonly firstStrayCells: TextCell[] = [];
  private readonly unusable = new Map<string, number>();
  private ambiguousDotRows: Uint8Array | null = null;
  private dotDecimals = 0;
  private dotGroups = 0;

  constructor(private capacity: number) {}

  grow(size: number): void {
    if (this.lenientValues !== null) {
      const values = new Float64Array(size).fill(NaN, this.capacity);
      values.set(this.lenientValues);
      this.lenientValues = values;
    }
    if (this.ambiguousDotRows !== null) {
      const rows = new Uint8Array(size);
      rows.set(this.ambiguousDotRows);
      this.ambiguousDotRows = rows;
    }
    this.capacity = size;
  }

  /** A plain number with a point, in a decimal-comma file. */
  plainDot(cell: string, row: number): void {
    if (AMBIGUOUS_DOT.test(cell)) this.markAmbiguous(row);
    else this.dotDecimals++;
  }

  lenient(cell: LenientNumber, row: number): void {
    (this.lenientValues ??= new Float64Array(this.capacity).fill(NaN))[row] = cell.value;
    this.lenientCount++;
    this.symbols.set(cell.symbol, (this.symbols.get(cell.symbol) ?? 0) + 1);
    if (cell.separator !== '') this.separators.add(cell.separator);
    if (cell.separator === '.') this.dotGroups++;
    if (cell.parentheses) this.parentheses++;
    if (cell.ambiguousDot) this.markAmbiguous(row);
  }

  stray(text: string, row: number, line: number): void {
    this.strayCount++;
    if (this.firstStrayCells.length < STRAY_KEEP) this.firstStrayCells.push({ row, line, value: detachString(text) });
  }

  unusableCell(label: string): void {
    this.unusable.set(label, (this.unusable.get(label) ?? 0) + 1);
  }

  private markAmbiguous(row: number): void {
    (this.ambiguousDotRows ??= new Uint8Array(this.capacity))[row] = 1;
  }

  finish(rows: number): NumberReadingResult {
    return {
      lenientValues: this.lenientValues?.slice(0, rows) ?? null,
      lenientCount: this.lenientCount,
      symbols: this.symbols,
      separators: [...this.separators],
      parentheses: this.parentheses,
      strayCount: this.strayCount,
      firstStrayCells: this.firstStrayCells,
      unusable: this.unusable,
      ambiguousDotRows: this.ambiguousDotRows?.slice(0, rows) ?? null,
      dotDecimals: this.dotDecimals,
      dotGroups: this.dotGroups,
    };
  }
}

/** What reading a column as numbers removed, for the Data step's note. */
export interface NumbersRead {
  /** The column's values with the removed-symbol cells filled in (and thousands points applied). */
  readonly values: Float64Array;
  /** Whether `values` differ from the plain numbers (the running sums then no longer hold). */
  readonly changed: boolean;
  readonly symbol: string;
  readonly separators: readonly string[];
  readonly parentheses: boolean;
  /** Cells read after removing something. */
  readonly cells: number;
}

/**
 * The column's numbers when its cells are read by one rule: at most one symbol across the column,
 * and "1.279" read as 1,279 only when some cell's points can only group thousands and none can only
 * be a decimal point. Null when the symbols disagree (€ and $ are not one quantity).
 */
export function readColumnNumbers(plain: Float64Array, reading: NumberReadingResult): NumbersRead | null {
  const symbols = [...reading.symbols.keys()].filter((s) => s !== '');
  if (symbols.length > 1) return null;
  const lenient = reading.lenientValues;
  const dotsGroup = reading.dotGroups > 0 && reading.dotDecimals === 0 && reading.ambiguousDotRows !== null;
  if (lenient === null && !dotsGroup) {
    return { values: plain, changed: false, symbol: '', separators: [], parentheses: false, cells: 0 };
  }
  const values = Float64Array.from(plain);
  if (lenient !== null) for (let r = 0; r < values.length; r++) if (lenient[r] === lenient[r]) values[r] = lenient[r] as number;
  const separators = [...reading.separators];
  if (dotsGroup) {
    const rows = reading.ambiguousDotRows as Uint8Array;
    // "1.279" is 1,279: the decimal reading times 1000, rounded back to the whole number it was written as.
    for (let r = 0; r < values.length; r++) if (rows[r] === 1) values[r] = Math.round((values[r] as number) * 1000);
    if (!separators.includes('.')) separators.push('.');
  }
  return {
    values, changed: true, symbol: symbols[0] ?? '', separators, parentheses: reading.parentheses > 0,
    cells: reading.lenientCount,
  };
}
