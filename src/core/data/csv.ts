/**
 * CSV/TSV text → TypedDataset, streaming: the file arrives as decoded text chunks (Node:
 * `fs.createReadStream(path, { encoding: 'utf8' })`; a browser worker:
 * `blob.stream().pipeThrough(new TextDecoderStream())`), is parsed by papaparse a piece at
 * a time and accumulated column by column, so memory stays near the size of the numbers.
 */
import { AppError } from '../errors';
import { DEFAULT_READER_TUNING, readHead, RecordReader, type ReaderTuning } from './chunk-source';
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
}

export const DEFAULT_CSV_TUNING: CsvTuning = { ...DEFAULT_READER_TUNING, headChars: 1 << 18 };

export interface CsvSource {
  /** File name as the user knows it, used in every message. */
  readonly name: string;
  readonly sizeBytes: number;
}

export async function parseCsv(
  chunks: AsyncIterable<string>,
  meta: CsvSource,
  onProgress?: (p: ParseProgress) => void,
  tuning: CsvTuning = DEFAULT_CSV_TUNING,
): Promise<TypedDataset> {
  const iterator = chunks[Symbol.asyncIterator]();
  let finished = false;
  try {
    const dataset = await parseFrom(iterator, meta, onProgress, tuning);
    finished = true;
    return dataset;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      code: 'csv/read-failed',
      message: `“${meta.name}” could not be read to the end.`,
      detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    });
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
  const builder = new TableBuilder(file, detectHeader(sample, decimalComma), decimalComma, estimateRows(head, ended, meta.sizeBytes));
  const reader = new RecordReader(delimiter, newline, file, builder.onRecord, tuning);

  // Progress in characters read (bytes for ASCII), about every 1% of the file.
  let charsRead = rawHead.length;
  let reported = -Infinity;
  const reportStep = Math.max(1 << 18, meta.sizeBytes / 100);
  const report = (): void => {
    if (onProgress === undefined || charsRead - reported < reportStep) return;
    reported = charsRead;
    onProgress({ bytesRead: Math.min(charsRead, meta.sizeBytes), totalBytes: meta.sizeBytes, rows: builder.rowCount });
  };
  reader.push(head);
  report();
  if (!ended) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      charsRead += next.value.length;
      reader.push(next.value);
      report();
    }
  }
  reader.end();

  const table = builder.finish();
  const typed = typeColumns(table.names, table.accumulated);
  const quoteWarnings = reader.quoteProblems.map((p) => csvWarnings.quoteProblem(file, p.line, p.code === 'MissingQuotes'));
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
function estimateRows(head: string, ended: boolean, sizeBytes: number): number {
  let lines = 1;
  for (let at = head.indexOf('\n'); at !== -1; at = head.indexOf('\n', at + 1)) lines++;
  if (ended) return lines;
  const bytesPerLine = Math.max(1, utf8Length(head) / lines);
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
