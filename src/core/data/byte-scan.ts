/**
 * CSV records straight from UTF-8 bytes, for the common file: one ASCII delimiter, LF or CRLF
 * line ends, quotes only around whole fields. Each field's bounds are recorded, and a field
 * written as a plain decimal ("-12.345") is read as a number in the same pass, so that no
 * string is made for it. Anything this scanner does not read exactly as papaparse would (a
 * quote inside a field, text after a closing quote, a lone carriage return) stops it at the
 * start of that record: the general reader (chunk-source.ts) takes over from there.
 */

/** 10^0 … 10^15: dividing an exact mantissa of ≤ 15 digits by one is correctly rounded (as in cell.ts). */
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const MINUS = 45;

/** How a field was written. */
export const PLAIN = 0;
export const QUOTED = 1;
/** Quoted, with doubled quotes inside to undo. */
export const QUOTED_ESCAPES = 2;

/** Receives one record (the scanner's field arrays hold it); false: hand this record over to the general reader. */
export type ByteRecordSink = (buf: Uint8Array, start: number, end: number, fields: number, line: number) => boolean;

export interface ScanStop {
  /** Offset of the first byte not consumed: the start of an unfinished record, or of one handed over. */
  readonly at: number;
  readonly handover: boolean;
}

export class ByteRecordScanner {
  /** Per field of the current record: content bounds (inside the quotes), how it was written, its value (NaN unless a plain number). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  kinds = new Uint8Array(64);
  numbers = new Float64Array(64);
  /** Line the next record starts on. */
  line: number;

  constructor(
    private readonly delimiter: number,
    private readonly crlf: boolean,
    /** The decimal mark of the file: '.' (46), or ',' (44) in a decimal-comma file. */
    private readonly point: number,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /**
   * Hands the complete records of buf[from, end) to `sink`; buf[end − 1] must be a line feed
   * (the end of the last whole line, or one the caller put after the file's last line). A
   * quoted field still open at `end` leaves its record for the next call, or, when `final` (no
   * more bytes follow), is handed over.
   */
  scan(buf: Uint8Array, from: number, end: number, final: boolean, sink: ByteRecordSink): ScanStop {
    // The loops below stop at that line feed; without it they would run off the end.
    if (end > from && buf[end - 1] !== LF) throw new Error('ByteRecordScanner.scan: the bytes must end with a line feed');
    const delimiter = this.delimiter;
    const crlf = this.crlf;
    const point = this.point;
    let starts = this.starts;
    let ends = this.ends;
    let kinds = this.kinds;
    let numbers = this.numbers;
    let at = from;
    while (at < end) {
      const recordStart = at;
      let field = 0;
      let breaks = 0;
      let i = at;
      for (;;) {
        if (field === starts.length) {
          this.grow();
          ({ starts, ends, kinds, numbers } = this);
        }
        let c = buf[i] as number;
        if (c === QUOTE) {
          // A quoted field: to the closing quote, which a delimiter or a line end must follow.
          let j = i + 1;
          let kind = QUOTED;
          for (;;) {
            while (j < end && buf[j] !== QUOTE) {
              if (buf[j] === LF) breaks++;
              j++;
            }
            if (j >= end) return { at: recordStart, handover: final };
            if (buf[j + 1] === QUOTE) {
              kind = QUOTED_ESCAPES;
              j += 2;
              continue;
            }
            break;
          }
          starts[field] = i + 1;
          ends[field] = j;
          kinds[field] = kind;
          numbers[field] = NaN;
          i = j + 1;
          c = buf[i] as number;
        } else {
          // An unquoted field, read as a plain number on the way: [-]digits[.digits]. The line
          // feed at end − 1 stops every loop here.
          const fieldStart = i;
          const negative = c === MINUS;
          if (negative) c = buf[++i] as number;
          const intStart = i;
          let mantissa = 0;
          while (c >= 48 && c <= 57) {
            mantissa = mantissa * 10 + (c - 48);
            c = buf[++i] as number;
          }
          let digits = i - intStart;
          let decimals = 0;
          if (c === point) {
            const fractionStart = ++i;
            c = buf[i] as number;
            while (c >= 48 && c <= 57) {
              mantissa = mantissa * 10 + (c - 48);
              c = buf[++i] as number;
            }
            decimals = i - fractionStart;
            digits += decimals;
          }
          let value = NaN;
          if (c === delimiter || c === LF || c === CR) {
            if (digits > 0 && digits <= MAX_FAST_DIGITS) {
              const magnitude = decimals === 0 ? mantissa : mantissa / (POW10[decimals] as number);
              value = negative ? -magnitude : magnitude;
            }
          } else {
            while (c !== delimiter && c !== LF && c !== CR && c !== QUOTE) c = buf[++i] as number;
          }
          starts[field] = fieldStart;
          ends[field] = i;
          kinds[field] = PLAIN;
          numbers[field] = value;
        }
        field++;
        if (c === delimiter) {
          i++;
          continue;
        }
        if (c === LF && !crlf) {
          i++;
          break;
        }
        if (c === CR && crlf && buf[i + 1] === LF) {
          i += 2;
          break;
        }
        // A quote inside a field or after a closing quote, a carriage return in a LF file, a line feed alone in a CRLF file.
        return { at: recordStart, handover: true };
      }
      if (!sink(buf, recordStart, i, field, this.line)) return { at: recordStart, handover: true };
      this.line += 1 + breaks;
      at = i;
    }
    return { at, handover: false };
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.numbers = grown(this.numbers, new Float64Array(size));
  }
}
