/**
 * Records from the byte scanner (byte-scan.ts) into the table: a plain data row's cells go
 * straight to their columns, numbers without ever becoming strings and repeated short text
 * (category labels) as the string made the first time; every other record (the header, the
 * preview rows, blank and ragged lines) becomes strings for TableBuilder.onRecord, as the
 * general reader hands it over. Strings are sliced from the bytes' text, decoded (and checked)
 * only when a record needs one.
 */
import { ColumnAccumulator } from './accumulate';
import { ByteRecordScanner, PLAIN, QUOTED_ESCAPES, type ByteRecordSink } from './byte-scan';
import type { TableBuilder } from './table-builder';
import { decoderFor } from './text-decoder';

/** Short cells are looked up in a per-column cache before a string is made for them. */
const CACHED_BYTES = 32;
const CACHE_SLOTS = 256;
/** A column whose cells hit the cache less than half of the time stops using it after this many. */
const CACHE_TRIAL = 4096;

class CellCache {
  private readonly keys: (Uint8Array | null)[] = new Array<Uint8Array | null>(CACHE_SLOTS).fill(null);
  readonly texts: string[] = new Array<string>(CACHE_SLOTS).fill('');
  readonly plain = new Uint8Array(CACHE_SLOTS);
  private lookups = 0;
  private hits = 0;
  enabled = true;

  /** The slot holding exactly buf[start, end), or −1. */
  find(buf: Uint8Array, start: number, end: number): number {
    const slot = hashBytes(buf, start, end) & (CACHE_SLOTS - 1);
    const key = this.keys[slot];
    this.lookups++;
    if (key !== null && key !== undefined && key.length === end - start) {
      let same = true;
      for (let i = 0; i < key.length; i++) {
        if (key[i] !== buf[start + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.hits++;
        return slot;
      }
    }
    if (this.lookups === CACHE_TRIAL && this.hits * 2 < this.lookups) this.enabled = false;
    return -1;
  }

  store(buf: Uint8Array, start: number, end: number, text: string, plain: boolean): void {
    const slot = hashBytes(buf, start, end) & (CACHE_SLOTS - 1);
    this.keys[slot] = buf.slice(start, end);
    // A copy, so that the cache does not keep the text of a whole piece of the file alive.
    this.texts[slot] = (text + ' ').slice(0, -1);
    this.plain[slot] = plain ? 1 : 0;
  }
}

function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

export class ByteRows {
  private readonly checked = decoderFor('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenient = decoderFor('utf-8', { ignoreBOM: true });
  private caches: CellCache[] = [];
  /** Per field of the current record: the cache slot of its text, or −1. */
  private slots = new Int32Array(64);
  /** Text of buf[textStart, textEnd), once a record needed it; whether it is ASCII (then offsets match). */
  private text: string | null = null;
  private textStart = 0;
  private textEnd = 0;
  private ascii = false;

  constructor(
    private readonly scanner: ByteRecordScanner,
    private readonly builder: TableBuilder,
  ) {}

  /** Before scanning new bytes: records needing text are decoded up to `textEnd` (a line end). */
  newBytes(textEnd: number): void {
    this.text = null;
    this.textEnd = textEnd;
  }

  readonly onRecord: ByteRecordSink = (buf, start, _end, fields, line) => {
    const s = this.scanner;
    const columns = this.builder.dataRowTarget(fields);
    // A blank first cell may start a blank line, which TableBuilder counts.
    if (columns === null || s.kinds[0] !== PLAIN || s.ends[0] === s.starts[0] || (buf[s.starts[0] as number] as number) <= 32) {
      if (!this.ensureText(buf, start)) return false;
      const cells: string[] = [];
      for (let f = 0; f < fields; f++) cells.push(this.fieldText(buf, f));
      this.builder.onRecord(cells, line);
      return true;
    }
    if (this.caches.length !== fields) this.caches = Array.from({ length: fields }, () => new CellCache());
    if (this.slots.length < fields) this.slots = new Int32Array(fields);
    // First find what needs a string, so that a record whose bytes are not valid UTF-8 is handed over untouched.
    let needText = false;
    const numbers = s.numbers;
    for (let f = 0; f < fields; f++) {
      const value = numbers[f] as number;
      if (value === value) {
        if (!(columns[f] as ColumnAccumulator).readsPlainNumbers) needText = true;
        continue;
      }
      const cache = this.caches[f] as CellCache;
      const from = s.starts[f] as number;
      const to = s.ends[f] as number;
      const slot = cache.enabled && s.kinds[f] !== QUOTED_ESCAPES && to - from <= CACHED_BYTES ? cache.find(buf, from, to) : -1;
      this.slots[f] = slot;
      if (slot < 0) needText = true;
    }
    if (needText && !this.ensureText(buf, start)) return false;
    for (let f = 0; f < fields; f++) {
      const column = columns[f] as ColumnAccumulator;
      const value = numbers[f] as number;
      if (value === value && column.pushPlainNumber(value)) continue;
      const slot = value === value ? -1 : (this.slots[f] as number);
      if (slot >= 0) {
        const cache = this.caches[f] as CellCache;
        if (cache.plain[slot] === 1) column.pushPlainText(cache.texts[slot] as string, line);
        else column.push(cache.texts[slot] as string, line);
        continue;
      }
      const text = this.fieldText(buf, f);
      const cache = this.caches[f] as CellCache;
      const from = s.starts[f] as number;
      const to = s.ends[f] as number;
      if (value !== value && cache.enabled && s.kinds[f] !== QUOTED_ESCAPES && to - from <= CACHED_BYTES) {
        const plain = column.isPlainText(text);
        cache.store(buf, from, to, text, plain);
        if (plain) {
          column.pushPlainText(text, line);
          continue;
        }
      }
      column.push(text, line);
    }
    this.builder.rowDone();
    return true;
  };

  /** Decodes from the record at `start` to the end of the whole lines; false when the bytes are not UTF-8. */
  private ensureText(buf: Uint8Array, start: number): boolean {
    if (this.text !== null && start >= this.textStart) return true;
    try {
      this.text = this.checked.decode(buf.subarray(start, this.textEnd));
    } catch {
      return false;
    }
    this.textStart = start;
    this.ascii = this.text.length === this.textEnd - start;
    return true;
  }

  private fieldText(buf: Uint8Array, f: number): string {
    const s = this.scanner;
    const from = s.starts[f] as number;
    const to = s.ends[f] as number;
    const text = this.ascii
      ? (this.text as string).slice(from - this.textStart, to - this.textStart)
      : this.lenient.decode(buf.subarray(from, to));
    return s.kinds[f] === QUOTED_ESCAPES ? text.replace(/""/g, '"') : text;
  }
}
