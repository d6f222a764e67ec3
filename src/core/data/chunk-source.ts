/**
 * Text chunks in, CSV records out, with the 1-based line each record starts on.
 *
 * Papa has no public push API. Its streamers (ChunkStreamer in papaparse.js) do this:
 * keep the unfinished last line, parse `partial + chunk` with `Parser.parse(text,
 * baseIndex, ignoreLastRow = true)`, and carry the text after `meta.cursor` over. We do
 * the same with `Papa.Parser` (exported and typed) so that we can drive it from an async
 * iterable without Node or DOM stream objects, choose the delimiter and line break
 * ourselves, and know line numbers. Papa switches to its split-based fast mode by itself
 * for every piece of text that holds no quote character.
 */
import Papa from 'papaparse';
import { csvErrors } from './csv-errors';

/** Receives each record's fields (valid only during the call) and its first line. */
export type RecordSink = (fields: readonly string[], line: number) => void;

export interface ReaderTuning {
  /** Parse at least this much text at a time (fewer calls, and a long record is not re-scanned per small chunk). */
  readonly minParseChars: number;
  /** A record longer than this can only be a quote that is never closed. */
  readonly maxRecordChars: number;
}

export const DEFAULT_READER_TUNING: ReaderTuning = { minParseChars: 1 << 16, maxRecordChars: 1 << 24 };

interface PapaParseOutput {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

export interface QuoteProblem {
  readonly code: 'MissingQuotes' | 'InvalidQuotes';
  readonly line: number;
}

export class RecordReader {
  private readonly parser: Papa.Parser;
  private readonly newlineChar: string;
  private partial = '';
  private pending: string[] = [];
  private pendingChars = 0;
  private baseIndex = 0;
  /** Line on which the next record starts. */
  private line = 1;
  readonly quoteProblems: QuoteProblem[] = [];

  constructor(
    delimiter: string,
    newline: '\n' | '\r\n' | '\r',
    private readonly fileName: string,
    private readonly sink: RecordSink,
    private readonly tuning: ReaderTuning = DEFAULT_READER_TUNING,
    firstLine = 1,
  ) {
    this.line = firstLine;
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    this.newlineChar = newline === '\r' ? '\r' : '\n';
  }

  /** Queues text; parses once enough has arrived. */
  push(chunk: string): void {
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingChars += chunk.length;
    if (this.pendingChars >= Math.max(this.tuning.minParseChars, this.partial.length)) this.flush(false);
  }

  /** Parses everything left, including a last line without a line break. */
  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const text = this.partial + this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.partial = '';
    if (text.length === 0) return;
    // The typings declare parse() as returning any.
    const result = this.parser.parse(text, this.baseIndex, !final) as PapaParseOutput;
    const consumed = result.meta.cursor - this.baseIndex;
    const rows = result.data;
    if (final && rows.length > 0 && endsWithNewline(text) && isBlankRecord(rows[rows.length - 1] as string[])) {
      rows.pop(); // the empty "line" after the file's last line break
    }
    // Each record ends with a line break, except a last line that has none.
    const expectedBreaks = !final || endsWithNewline(text) ? rows.length : rows.length - 1;
    this.emit(rows, text, final ? text.length : consumed, expectedBreaks, result.errors);
    if (!final) {
      this.partial = text.slice(consumed);
      this.baseIndex = result.meta.cursor;
      if (this.partial.length > this.tuning.maxRecordChars) throw csvErrors.unclosedQuote(this.fileName, this.line);
    }
  }

  private emit(
    rows: string[][], text: string, consumed: number, expectedBreaks: number, errors: PapaParseOutput['errors'],
  ): void {
    const startLine = this.line;
    const breaks = countChar(text, this.newlineChar, consumed);
    if (breaks === expectedBreaks) {
      // No line breaks inside quoted fields: record i starts on line startLine + i.
      for (let i = 0; i < rows.length; i++) this.sink(rows[i] as string[], startLine + i);
      this.line = startLine + breaks;
    } else {
      let line = startLine;
      for (const fields of rows) {
        this.sink(fields, line);
        line += 1;
        for (const field of fields) line += countChar(field, this.newlineChar, field.length);
      }
      this.line = startLine + breaks;
    }
    for (const error of errors) {
      if ((error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') && this.quoteProblems.length < 5) {
        const line = this.lineOfRow(rows, startLine, error.row ?? 0);
        // The unfinished last record is parsed again with the next text: report it once.
        if (!this.quoteProblems.some((p) => p.line === line)) this.quoteProblems.push({ code: error.code, line });
      }
    }
  }

  private lineOfRow(rows: string[][], startLine: number, row: number): number {
    let line = startLine;
    for (let i = 0; i < row && i < rows.length; i++) {
      line += 1;
      for (const field of rows[i] as string[]) line += countChar(field, this.newlineChar, field.length);
    }
    return line;
  }
}

function endsWithNewline(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}

export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && (fields[0] as string).trim().length === 0;
}

/** Occurrences of `ch` in text[0, end). indexOf is a native scan, far faster than a loop in JS. */
function countChar(text: string, ch: string, end: number): number {
  let count = 0;
  let at = text.indexOf(ch);
  while (at !== -1 && at < end) {
    count++;
    at = text.indexOf(ch, at + 1);
  }
  return count;
}

/** The head also holds this many line breaks, so that it shows whole lines (unless the lines are huge). */
const HEAD_LINE_BREAKS = 3;
/** … but stops growing at this many times the minimum. */
const HEAD_MAX_FACTOR = 16;

/**
 * Reads from `source` until at least `minChars` and a few whole lines have arrived, or it
 * ends, so that the delimiter, line break and header are judged on more than a sliver.
 */
export async function readHead(
  source: AsyncIterator<string>,
  minChars: number,
): Promise<{ head: string; ended: boolean }> {
  const parts: string[] = [];
  let length = 0;
  let breaks = 0;
  while (length < minChars || (breaks < HEAD_LINE_BREAKS && length < HEAD_MAX_FACTOR * minChars)) {
    const next = await source.next();
    if (next.done) return { head: parts.join(''), ended: true };
    parts.push(next.value);
    length += next.value.length;
    if (breaks < HEAD_LINE_BREAKS) {
      const text = next.value;
      breaks += Math.max(countChar(text, '\n', text.length), countChar(text, '\r', text.length));
    }
  }
  return { head: parts.join(''), ended: false };
}
