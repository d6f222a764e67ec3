/**
 * A column of date cells read while the file streams by, and a whole column at once: the
 * instants, the format in words, and the order of slash dates decided from all the cells.
 */
import { listOf, msg, type Message } from '../i18n/message';
import { scan, scanned, SLASH, DMY_DOT, FAMILIES, familyName, instantOf, daysFromCivil, MS_PER_DAY, daysInMonth, type SlashOrder } from './datetime';

/**
 * A slash date (3/4/2024) is kept as its fields until the column's order is known: the year,
 * both numbers as written and the time of day, packed exactly into one double
 * (((year × 32 + first) × 32 + second) × ms-per-day + ms-of-day < 2^50), stored below −2^50 so it
 * cannot be mistaken for an instant in the same array (instants of years 0–9999 lie within
 * ±2.6 × 10^14). Decoded once at finish(). The alternatives cost more: a second Float64Array per
 * row, or keeping each cell's string until the end.
 */
const SLASH_BASE = -(2 ** 50);

function packSlash(y: number, a: number, b: number, ms: number): number {
  return SLASH_BASE - (((y * 32 + a) * 32 + b) * MS_PER_DAY + ms);
}

/** A column's dates and times, once all its cells are read. */
export interface DateTimeValues {
  /** One instant per row (ms since 1970-01-01, UTC); NaN where the cell was missing or not a date. */
  readonly values: Float64Array;
  /** Cells that were dates. */
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly hasTime: boolean;
  /** The format in words with an example from the column: "ISO 8601 date and time, e.g. 2024-03-01T10:00:00.020Z". */
  readonly format: Message;
  /** How slash dates were read; null when the column has none. */
  readonly order: SlashOrder | null;
}

/** The spare room beyond which the array is copied to its exact length rather than viewed. */
const MAX_SLACK = 1.125;

/**
 * Collects a column's date cells while the file streams by. The order of slash dates is the
 * column's: day first when some first number is above 12 (13/1/2024), month first when some
 * second number is (1/13/2024) or when neither is (Excel's US order, said so in the format);
 * a column with both is contradictory and not a date column.
 */
export class DateTimeCells {
  private values: Float64Array | null = null;
  private dates = 0;
  private families = 0;
  private slashCells = 0;
  private dayFirstSeen = false;
  private monthFirstSeen = false;
  private timeSeen = false;
  /** The column's first date cell, and its first slash date (whose reading the format shows). */
  private firstExample = '';
  private slashExample = '';

  /** `capacity`: the rows expected, so that the array is made once. */
  constructor(private capacity: number) {}

  /** Cells read as dates so far. */
  get count(): number {
    return this.dates;
  }

  /** True once the column has slash dates that can only be day-first and others that can only be month-first. */
  get contradictory(): boolean {
    return this.dayFirstSeen && this.monthFirstSeen;
  }

  /** Reads the (trimmed) cell of data row `row`; false when it is not a date. */
  push(cell: string, row: number): boolean {
    // Every format starts with a digit: text such as "rec-017" costs one comparison.
    const c = cell.charCodeAt(0);
    if (c < 48 || c > 57 || !scan(cell)) return false;
    const family = scanned.family;
    const year = scanned.year;
    const a = scanned.a;
    const b = scanned.b;
    let value: number;
    if (family === SLASH) {
      const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(year, a);
      const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(year, b);
      if (!monthFirst && !dayFirst) return false;
      if (!monthFirst) this.dayFirstSeen = true;
      else if (!dayFirst) this.monthFirstSeen = true;
      value = packSlash(year, a, b, scanned.timeMs);
      this.slashCells++;
    } else {
      value = family === DMY_DOT ? instantOf(year, b, a) : instantOf(year, a, b);
      if (value !== value) return false;
    }
    let values = this.values;
    if (values === null || row >= values.length) values = this.room(row);
    values[row] = value;
    this.dates++;
    if (scanned.hasTime) this.timeSeen = true;
    if ((this.families & family) === 0) {
      this.families |= family;
      if (this.firstExample === '') this.firstExample = detach(cell);
      if (family === SLASH) this.slashExample = detach(cell);
    }
    return true;
  }

  private room(row: number): Float64Array {
    const old = this.values;
    const size = Math.max(row + 1, old === null ? this.capacity : Math.ceil(old.length * 1.5));
    const values = new Float64Array(size).fill(NaN);
    if (old !== null) values.set(old);
    this.values = values;
    this.capacity = size;
    return values;
  }

  /** The column's instants for its `rows` rows; null when it holds no date or contradictory slash dates. */
  finish(rows: number): DateTimeValues | null {
    const stored = this.values;
    if (stored === null || this.dates === 0 || this.contradictory) return null;
    let values: Float64Array;
    if (stored.length === rows) values = stored;
    else if (stored.length > rows) values = stored.length <= rows * MAX_SLACK ? stored.subarray(0, rows) : stored.slice(0, rows);
    else {
      values = new Float64Array(rows).fill(NaN);
      values.set(stored);
    }
    const order: SlashOrder | null = this.slashCells === 0 ? null : this.dayFirstSeen ? 'day-first' : 'month-first';
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < values.length; r++) {
      let v = values[r] as number;
      if (v !== v) continue;
      if (v <= SLASH_BASE) {
        v = unpackSlash(v, order === 'day-first');
        values[r] = v;
      }
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { values, count: this.dates, min, max, hasTime: this.timeSeen, format: this.describe(order ?? 'month-first'), order };
  }

  private describe(order: SlashOrder): Message {
    const names: Message[] = [];
    for (const f of FAMILIES) if ((this.families & f) !== 0) names.push(familyName(f, this.timeSeen, order));
    const example = this.firstExample;
    const slash = this.slashExample;
    const reading = slash === '' ? '' : msg('data.datetime.slashReading', {
      date: slashReading(slash, order),
      assumed: this.dayFirstSeen || this.monthFirstSeen ? 'no' : 'yes',
    });
    if (names.length === 1) return msg('data.datetime.format', { family: names[0] as Message, example, reading });
    const examples = slash !== '' && slash !== example ? msg('data.datetime.twoExamples', { first: example, second: slash }) : example;
    return msg('data.datetime.mixed', { families: listOf(names), example: examples, reading });
  }
}

/** The instant of a packed slash date, in the column's order. */
function unpackSlash(stored: number, dayFirst: boolean): number {
  const packed = SLASH_BASE - stored;
  const ms = packed % MS_PER_DAY;
  const fields = (packed - ms) / MS_PER_DAY;
  const b = fields % 32;
  const a = ((fields - b) / 32) % 32;
  const y = Math.floor(fields / 1024);
  const month = dayFirst ? b : a;
  const day = dayFirst ? a : b;
  return daysFromCivil(y, month, day) * MS_PER_DAY + ms;
}

/** "March 4" (month first) or "4 March" (day first) for the example cell. */
function slashReading(cell: string, order: SlashOrder): string | Message {
  if (!scan(cell) || scanned.family !== SLASH) return cell;
  const month = order === 'month-first' ? scanned.a : scanned.b;
  const day = order === 'month-first' ? scanned.b : scanned.a;
  return msg('data.datetime.dayOfMonth', { order: order === 'month-first' ? 'monthFirst' : 'dayFirst', month: msg('data.datetime.month', { month: `m${month}` }), day });
}

/** A copy that does not pin the chunk the cell was cut from (see cell.ts detachString). */
function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * A whole column of cells at once (tests, builders, small tables): null or a missing cell is
 * missing; null when some present cell is not a date or the slash dates contradict each other.
 */
export function parseDateTimeColumn(cells: readonly (string | null)[]): DateTimeValues | null {
  const reader = new DateTimeCells(cells.length);
  let present = 0;
  for (let r = 0; r < cells.length; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined || cell.trim() === '') continue;
    present++;
    if (!reader.push(cell.trim(), r)) return null;
  }
  if (present === 0) return null;
  return reader.finish(cells.length);
}
