/**
 * CSV/TSV bytes → TypedDataset, streaming: the file arrives as byte chunks (Node:
 * `fs.createReadStream(path)`; a browser worker: `blob.stream()`), its text encoding is
 * detected from the head (or chosen by the user), it is decoded and parsed by papaparse a
 * piece at a time and accumulated column by column, so memory stays near the size of the numbers.
 */
import { AppError } from '../errors';
import { fitsByteReader, readUtf8Records } from './byte-ingest';
import { DEFAULT_READER_TUNING, readHead, RecordReader, type QuoteProblem, type ReaderTuning } from './chunk-source';
import { decodeChunks, TextDecodeStream } from './decode';
import { chosenEncoding, detectEncoding, type EncodingName } from './encoding';
import { csvErrors, csvWarnings } from './csv-errors';
import { assertText, detectDecimalComma, detectDelimiter, detectHeader, detectNewline, sampleRecords } from './sniff';
import { TableBuilder } from './table-builder';
import { typeColumns } from './type-columns';
import type { ParseProgress, TypedDataset } from './types';

const TEXT_CHUNK_CHARS = 1 << 20;

/** Sizes that only tests change (to put chunk boundaries everywhere). */
export interface CsvTuning extends ReaderTuning {
  /** Text looked at before deciding delimiter, line break and header. */
  readonly headChars: number;
  /** Read UTF-8 files from their bytes (false: decode and use papaparse throughout, to compare). */
  readonly byteReader?: boolean;
}

export const DEFAULT_CSV_TUNING: CsvTuning = { ...DEFAULT_READER_TUNING, headChars: 1 << 18 };

export interface CsvSource {
  /** File name as the user knows it, used in every message. */
  readonly name: string;
  readonly sizeBytes: number;
  /** Bytes of the file behind the text read so far, when known (otherwise characters count as bytes). */
  readonly bytesRead?: () => number;
}

/** Bytes looked at to decide the text encoding (at least; whole lines are read). */
export const ENCODING_HEAD_BYTES = 1 << 18;

/**
 * Parses a file from its bytes: the encoding is `encoding` when given (the user's choice),
 * otherwise detected from the first ENCODING_HEAD_BYTES; the result says which and how.
 */
export async function parseCsvBytes(
  chunks: AsyncIterable<Uint8Array>,
  meta: CsvSource,
  options: { readonly encoding?: EncodingName } = {},
  onProgress?: (p: ParseProgress) => void,
  tuning: CsvTuning = DEFAULT_CSV_TUNING,
): Promise<TypedDataset> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  try {
    while (headBytes < ENCODING_HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
  } catch (err) {
    await iterator.return?.().catch(() => undefined);
    throw readFailed(meta.name, err);
  }
  const headJoined = joinBytes(head, headBytes);
  const encoding = options.encoding !== undefined ? chosenEncoding(options.encoding) : await detectEncoding(headJoined, ended);
  const stream = new TextDecodeStream(encoding.encoding, meta.name);
  // UTF-8 files are read from their bytes (byte-ingest.ts): the bytes the head took are kept for that.
  const recorded: Uint8Array[] | null = encoding.encoding === 'utf-8' && tuning.byteReader !== false ? [] : null;
  let recording = recorded !== null;
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (recording) recorded?.push(headJoined);
    yield headJoined;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      if (recording) recorded?.push(next.value);
      yield next.value;
    }
  }
  const bytes: BytesFromStart | undefined = recorded === null ? undefined : {
    stopRecording: () => {
      recording = false;
    },
    async* chunks() {
      yield* recorded;
      recorded.length = 0;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    },
  };
  try {
    const dataset = await parseCsv(decodeChunks(rest(), stream), { ...meta, bytesRead: () => stream.bytesDecoded }, onProgress, tuning, bytes);
    return { ...dataset, encoding };
  } finally {
    await iterator.return?.().catch(() => undefined);
  }
}

/** The file's bytes from its start, for the byte reader: those the head took, then the rest. */
interface BytesFromStart {
  /** Called once the head is read: later chunks need not be kept. */
  stopRecording(): void;
  chunks(): AsyncGenerator<Uint8Array>;
}

function joinBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function readFailed(name: string, err: unknown): AppError {
  return csvErrors.readFailed(name, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
}

export async function parseCsv(
  chunks: AsyncIterable<string>,
  meta: CsvSource,
  onProgress?: (p: ParseProgress) => void,
  tuning: CsvTuning = DEFAULT_CSV_TUNING,
  bytes?: BytesFromStart,
): Promise<TypedDataset> {
  const iterator = chunks[Symbol.asyncIterator]();
  let finished = false;
  try {
    const dataset = await parseFrom(iterator, meta, onProgress, tuning, bytes);
    finished = true;
    return dataset;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readFailed(meta.name, err);
  } finally {
    // Stop the source (close the file) when we gave up before its end.
    if (!finished) await iterator.return?.().catch(() => undefined);
  }
}

async function parseFrom(
  iterator: AsyncIterator<string>,
  meta: CsvSource,
  onProgress: ((p: ParseProgress) => void) | undefined,
  tuning: CsvTuning,
  bytes: BytesFromStart | undefined,
): Promise<TypedDataset> {
  const file = meta.name;
  const { head: rawHead, ended } = await readHead(iterator, tuning.headChars);
  const head = rawHead.charCodeAt(0) === 0xfeff ? rawHead.slice(1) : rawHead;
  assertText(head, file);
  if (ended && head.trim().length === 0) throw csvErrors.emptyFile(file);

  const newline = detectNewline(head);
  const delimiter = detectDelimiter(head, newline, ended);
  const sample = sampleRecords(head, delimiter, newline, ended);
  const decimalComma = detectDecimalComma(sample, delimiter);
  const builder = new TableBuilder(file, detectHeader(sample, decimalComma), decimalComma, estimateRows(head, ended, meta.sizeBytes, meta.bytesRead?.()));
  bytes?.stopRecording();

  // Progress in bytes (characters when the source is text), about every 1% of the file.
  let charsRead = rawHead.length;
  let reported = -Infinity;
  const reportStep = Math.max(1 << 18, meta.sizeBytes / 100);
  const report = (at: number): void => {
    if (onProgress === undefined || at - reported < reportStep) return;
    reported = at;
    onProgress({ bytesRead: Math.min(at, meta.sizeBytes), totalBytes: meta.sizeBytes, rows: builder.rowCount });
  };
  let quoteProblems: readonly QuoteProblem[];
  const format = { delimiter, newline, decimalComma };
  if (bytes !== undefined && fitsByteReader(format)) {
    quoteProblems = await readUtf8Records(bytes.chunks(), format, builder, file, tuning, report);
  } else {
    const reader = new RecordReader(delimiter, newline, file, builder.onRecord, tuning);
    const position = meta.bytesRead ?? ((): number => charsRead);
    reader.push(head);
    report(position());
    if (!ended) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        charsRead += next.value.length;
        reader.push(next.value);
        report(position());
      }
    }
    reader.end();
    quoteProblems = reader.quoteProblems;
  }

  const table = builder.finish();
  const typed = typeColumns(table.names, table.accumulated);
  const quoteWarnings = quoteProblems.map((p) => csvWarnings.quoteProblem(file, p.line, p.code === 'MissingQuotes'));
  onProgress?.({ bytesRead: meta.sizeBytes, totalBytes: meta.sizeBytes, rows: table.rowCount });
  return {
    name: file,
    sizeBytes: meta.sizeBytes,
    rowCount: table.rowCount,
    columns: typed.columns,
    delimiter,
    preview: table.preview,
    suggestedExclusions: typed.suggestedExclusions,
    warnings: [...table.warnings, ...quoteWarnings, ...typed.warnings],
  };
}

/**
 * Rows the whole file will have, judged by the line length of its head, a little high so
 * that the arrays need not grow (spare room is trimmed at the end).
 */
function estimateRows(head: string, ended: boolean, sizeBytes: number, headBytes = utf8Length(head)): number {
  let lines = 1;
  for (let at = head.indexOf('\n'); at !== -1; at = head.indexOf('\n', at + 1)) lines++;
  if (ended) return lines;
  const bytesPerLine = Math.max(1, headBytes / lines);
  return Math.ceil((sizeBytes / bytesPerLine) * 1.05) + 1024;
}

/** Parses text already in memory (tests, small files, the CLI's stdin). */
export function parseCsvText(text: string, name = 'data.csv'): Promise<TypedDataset> {
  return parseCsv(textChunks(text), { name, sizeBytes: utf8Length(text) });
}

async function* textChunks(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += TEXT_CHUNK_CHARS) yield text.slice(i, i + TEXT_CHUNK_CHARS);
}

/** Bytes the text takes in UTF-8 (TextEncoder is not part of core's ES library). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
