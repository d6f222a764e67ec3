/**
 * Judging a file from its first few hundred kilobytes: is it text at all, which line break,
 * which delimiter, do numbers use a decimal comma, is the first line a header?
 */
import Papa from 'papaparse';
import { csvErrors } from './csv-errors';
import { isMissingCell, parseNumberCell } from './cell';
import { parseLenientNumber } from './number-text';
import { isBlankRecord } from './chunk-source';

export type Newline = '\n' | '\r\n' | '\r';
export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Records of the head looked at for the delimiter and the header. */
const SAMPLE_RECORDS = 100;
const BINARY_SAMPLE_CHARS = 8192;

/** Throws when the start of the file is not text. */
export function assertText(head: string, file: string): void {
  const sample = head.slice(0, BINARY_SAMPLE_CHARS);
  let nul = 0;
  let nulAtOdd = 0;
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      nul++;
      if (i % 2 === 1) nulAtOdd++;
    } else if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
      junk++;
    }
  }
  // UTF-16 text decoded as UTF-8: ASCII letters alternate with NULs.
  if (nul > 8 && nul > sample.length / 3 && (nulAtOdd > 0.9 * nul || nulAtOdd < 0.1 * nul)) {
    throw csvErrors.utf16(file);
  }
  if (nul > 0) throw csvErrors.binaryFile(file, `${nul} NUL characters in the first ${sample.length} characters.`);
  if (junk > 0.1 * sample.length) {
    throw csvErrors.binaryFile(file, `${junk} of the first ${sample.length} characters are control or undecodable characters.`);
  }
}

/** The first line break outside quotes decides; "\n" when there is none. */
export function detectNewline(head: string): Newline {
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) return head.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}

/** The head's first records (blank lines left out), parsed with `delimiter`. */
export function sampleRecords(head: string, delimiter: string, newline: Newline, ended: boolean): string[][] {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', preview: SAMPLE_RECORDS * 2 });
  const rows = (parser.parse(head, 0, !ended) as { data: string[][] }).data; // parse() is typed any
  return rows.filter((r) => !isBlankRecord(r)).slice(0, SAMPLE_RECORDS);
}

interface DelimiterScore {
  readonly delimiter: string;
  /** Share of records with the most common field count. */
  readonly consistency: number;
  readonly headerMatches: boolean;
  readonly fields: number;
}

function scoreDelimiter(records: readonly string[][], delimiter: string): DelimiterScore {
  const frequency = new Map<number, number>();
  for (const r of records) frequency.set(r.length, (frequency.get(r.length) ?? 0) + 1);
  let fields = 0;
  let best = 0;
  for (const [n, f] of frequency) {
    if (f > best || (f === best && n > fields)) {
      fields = n;
      best = f;
    }
  }
  return {
    delimiter,
    consistency: records.length === 0 ? 0 : best / records.length,
    headerMatches: records[0]?.length === fields,
    fields,
  };
}

/**
 * The delimiter that splits the sample into the same number (≥ 2) of fields on most lines,
 * the header line included; "," when none does (a one-column file). Papa's own guess looks
 * at 10 lines only and prefers the first consistent candidate; a semicolon file with decimal
 * commas ("1,5;2,5") needs the header line to break the tie.
 */
export function detectDelimiter(head: string, newline: Newline, ended: boolean): string {
  let best: DelimiterScore | null = null;
  for (const delimiter of DELIMITERS) {
    const score = scoreDelimiter(sampleRecords(head, delimiter, newline, ended), delimiter);
    if (score.fields < 2) continue;
    if (
      best === null ||
      score.consistency > best.consistency ||
      (score.consistency === best.consistency && score.headerMatches && !best.headerMatches) ||
      (score.consistency === best.consistency && score.headerMatches === best.headerMatches && score.fields > best.fields)
    ) {
      best = score;
    }
  }
  return best?.delimiter ?? ',';
}

/** Signs, blanks, one currency symbol or "%", accounting parentheses: what surrounds a number's digits. */
const AROUND_NUMBER = /^[\s\p{Sc}%()+-]+|[\s\p{Sc}%()]+$/gu;
/** "1,279" and "1.279": one mark followed by three digits could be either a decimal mark or thousands. */
const EITHER_MARK = /^[1-9]\d{0,2}[.,]\d{3}$/;
const ONE_MARK = /^\d*([.,])\d+$/;
/** Thousands groups (",", ".", blanks, apostrophes) then, perhaps, the decimal mark: the last mark is the decimal one. */
const GROUPED = /^\d{1,3}(?:([.,\s\u00a0\u202f'])\d{3})+(?:([.,])\d+)?$/;

/** Which decimal mark `cell` shows, when it shows one unambiguously. */
function decimalVote(cell: string): ',' | '.' | null {
  const core = cell.replace(AROUND_NUMBER, '');
  if (EITHER_MARK.test(core)) return null;
  const one = ONE_MARK.exec(core);
  if (one !== null) return one[1] as ',' | '.';
  const grouped = GROUPED.exec(core);
  if (grouped === null) return null;
  const [, separator, mark] = grouped;
  if (mark !== undefined) return mark === separator ? null : (mark as ',' | '.');
  // "1.279.000": points that group thousands, so the decimal mark is the comma (and the other way round).
  return separator === '.' ? ',' : separator === ',' ? '.' : null;
}

/**
 * Whether "1,5" means one and a half. Only possible when the delimiter is not a comma, and
 * not when the sample writes decimals with a point more often than with a comma. Cells that show
 * both marks ("1.279,5", "1,279.5") count for their last one; "1,279" alone counts for neither.
 */
export function detectDecimalComma(records: readonly string[][], delimiter: string): boolean {
  if (delimiter === ',') return false;
  let comma = 0;
  let dot = 0;
  for (const r of records) {
    for (const cell of r) {
      const vote = decimalVote(cell);
      if (vote === ',') comma++;
      else if (vote === '.') dot++;
    }
  }
  return dot <= comma;
}

function isNumberText(cell: string, decimalComma: boolean): boolean {
  return !Number.isNaN(parseNumberCell(cell, decimalComma)) || parseLenientNumber(cell, decimalComma) !== null;
}

/**
 * Whether the first record names the columns. Like Python's csv.Sniffer: every column whose
 * sample values are all numbers votes "header" when the first cell is text and "no header"
 * when it is a number too. Without any vote (no numeric column) the first line is a header.
 */
export function detectHeader(records: readonly string[][], decimalComma: boolean): boolean {
  const first = records[0];
  if (first === undefined || records.length < 2) return true;
  let votes = 0;
  for (let c = 0; c < first.length; c++) {
    let numbers = 0;
    let allNumeric = true;
    for (let r = 1; r < records.length && allNumeric; r++) {
      const cell = (records[r] as string[])[c];
      if (cell === undefined || isMissingCell(cell)) continue;
      if (!isNumberText(cell, decimalComma)) allNumeric = false;
      else numbers++;
    }
    if (!allNumeric || numbers === 0) continue;
    const headCell = first[c] as string;
    if (isMissingCell(headCell)) continue;
    votes += isNumberText(headCell, decimalComma) ? -1 : 1;
  }
  return votes >= 0;
}
