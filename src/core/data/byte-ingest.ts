/**
 * A UTF-8 file's records read from its bytes (byte-scan.ts, byte-rows.ts) instead of decoding
 * it to text for papaparse: the common file is read about twice as fast, with no string made
 * per number. From the first record the byte reader does not read exactly as papaparse would,
 * the rest of the file goes through the general reader (decode.ts, chunk-source.ts), with
 * the same table and line numbers, so every file gives the same dataset either way.
 */
import { ByteRecordScanner } from './byte-scan';
import { ByteRows } from './byte-rows';
import { RecordReader, type QuoteProblem, type ReaderTuning } from './chunk-source';
import { decodeChunks, TextDecodeStream } from './decode';
import type { TableBuilder } from './table-builder';

const LF = 10;
/** A record that grows past this many bytes goes to the general reader, which also spots a quote never closed. */
const MAX_CARRY_BYTES = 1 << 20;

export interface ByteFormat {
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n' | '\r';
  readonly decimalComma: boolean;
}

/** Whether the byte reader reads files of this layout: one ASCII delimiter that no number holds, LF or CRLF line ends. */
export function fitsByteReader(format: ByteFormat): boolean {
  const d = format.delimiter.charCodeAt(0);
  return format.delimiter.length === 1 && d < 128 && d !== 34 && d !== 10 && d !== 13 && d !== 45 && d !== 46 &&
    !(d >= 48 && d <= 57) && !(format.decimalComma && d === 44) && (format.newline === '\n' || format.newline === '\r\n');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A plain Uint8Array view (a Node Buffer would make the scanner's loads polymorphic, and slower). */
function plainBytes(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.length);
}

function startAfterByteOrderMarks(buf: Uint8Array): number {
  // The general reader drops one mark when decoding and one more from the text's start.
  let at = 0;
  for (let k = 0; k < 2; k++) {
    if (buf[at] === 0xef && buf[at + 1] === 0xbb && buf[at + 2] === 0xbf) at += 3;
  }
  return at;
}

/**
 * Reads the records of `chunks` (the file's bytes from its start) into `builder`; returns the
 * quote problems the general reader saw if it took over. `onBytes`: bytes read so far.
 */
export async function readUtf8Records(
  chunks: AsyncIterator<Uint8Array>,
  format: ByteFormat,
  builder: TableBuilder,
  fileName: string,
  tuning: ReaderTuning,
  onBytes: (bytes: number) => void,
): Promise<readonly QuoteProblem[]> {
  const crlf = format.newline === '\r\n';
  const scanner = new ByteRecordScanner(format.delimiter.charCodeAt(0), crlf, format.decimalComma ? 44 : 46);
  const rows = new ByteRows(scanner, builder);
  /** Bytes of an unfinished record (and the file's first bytes until the byte order marks are past). */
  let carry: Uint8Array = new Uint8Array(0);
  let done = 0;
  let started = false;
  const handOverFrom = (bytes: Uint8Array): Promise<readonly QuoteProblem[]> =>
    handOver(bytes, chunks, scanner.line, format, builder, fileName, tuning, (n) => onBytes(done + n));
  for (;;) {
    const next = await chunks.next();
    if (next.done === true) {
      let from = 0;
      if (!started) {
        from = startAfterByteOrderMarks(carry);
        done += from;
      }
      if (carry.length === from) return [];
      // The scanner needs a line end after the last record; it changes no record (papaparse drops the empty line after a last line end).
      const last = concat(carry, crlf ? CRLF_BYTES : LF_BYTES);
      rows.newBytes(last.length);
      const stop = scanner.scan(last, from, last.length, true, rows.onRecord);
      if (stop.handover) {
        done += stop.at - from;
        return handOverFrom(carry.subarray(stop.at));
      }
      onBytes(done + carry.length - from);
      return [];
    }
    let buf = plainBytes(next.value);
    let from = 0;
    if (!started) {
      buf = carry.length > 0 ? concat(carry, buf) : buf;
      carry = new Uint8Array(0);
      if (buf.length < 6) {
        carry = buf;
        continue;
      }
      started = true;
      from = startAfterByteOrderMarks(buf);
      done += from;
    } else if (carry.length > 0) {
      // The record the last bytes left open, finished by this chunk's first line, without copying the whole chunk.
      const firstEnd = buf.indexOf(LF) + 1;
      if (firstEnd === 0) {
        carry = concat(carry, buf);
        if (carry.length > MAX_CARRY_BYTES) return handOverFrom(carry);
        continue;
      }
      const joined = concat(carry, buf.subarray(0, firstEnd));
      rows.newBytes(joined.length);
      const stop = scanner.scan(joined, 0, joined.length, false, rows.onRecord);
      done += stop.at;
      if (stop.handover) return handOverFrom(concat(joined.subarray(stop.at), buf.subarray(firstEnd)));
      if (stop.at === joined.length) from = firstEnd;
      // A quoted line break: the record goes on past this line.
      else buf = concat(joined.subarray(stop.at), buf.subarray(firstEnd));
      carry = new Uint8Array(0);
    }
    const end = buf.lastIndexOf(LF) + 1;
    if (end > from) {
      rows.newBytes(end);
      const stop = scanner.scan(buf, from, end, false, rows.onRecord);
      done += stop.at - from;
      if (stop.handover) return handOverFrom(buf.subarray(stop.at));
      from = stop.at;
    }
    carry = buf.subarray(from);
    if (carry.length > MAX_CARRY_BYTES) return handOverFrom(carry);
    onBytes(done);
  }
}

const LF_BYTES = new Uint8Array([LF]);
const CRLF_BYTES = new Uint8Array([13, LF]);

/** The general reader from `rest` (bytes from a record's start, on `line`) to the end of the file. */
async function handOver(
  rest: Uint8Array, chunks: AsyncIterator<Uint8Array>, line: number, format: ByteFormat, builder: TableBuilder,
  fileName: string, tuning: ReaderTuning, onBytes: (bytes: number) => void,
): Promise<readonly QuoteProblem[]> {
  const stream = new TextDecodeStream('utf-8', fileName, line);
  const reader = new RecordReader(format.delimiter, format.newline, fileName, builder.onRecord, tuning, line);
  async function* bytes(): AsyncGenerator<Uint8Array> {
    yield rest;
    for (;;) {
      const next = await chunks.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  for await (const text of decodeChunks(bytes(), stream)) {
    reader.push(text);
    onBytes(stream.bytesDecoded);
  }
  reader.end();
  return reader.quoteProblems;
}
