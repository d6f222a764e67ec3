/**
 * Every message the CSV step can show, in one place so that the wording stays consistent:
 * plain words, the file by name, the line as a text editor numbers it.
 */
import { AppError, appErrorInfo, quoteInput, type AppErrorInfo } from '../errors';
import { listOf, msg, type Message } from '../i18n/message';

export const MAX_COLUMNS = 1000;

/** A few items and, when some were left out, "3 more" as the list's last item. */
export function cutList(items: readonly (string | number | Message)[], total: number): ReturnType<typeof listOf> {
  return listOf(total > items.length ? [...items, msg('data.more', { count: total - items.length })] : items);
}

/** "line 4", "lines 4 and 9", "lines 4, 9, 12, and 3 more" */
export function linesText(lines: readonly number[], total: number): Message {
  return msg('data.lines', { count: total, list: cutList(lines, total) });
}

/** The first few cells with their lines: “x” on line 4, “y” on line 9, and 2 more. */
function cellsText(cells: readonly { line: number; value: string }[], total: number): ReturnType<typeof listOf> {
  return cutList(cells.slice(0, 3).map((c) => msg('data.cellOnLine', { value: quoteInput(c.value), line: c.line })), total);
}

export const csvErrors = {
  emptyFile(file: string): AppError {
    return new AppError({
      code: 'csv/empty-file',
      message: msg('data.csv.emptyFile', { file: quoteInput(file) }),
      detail: 'No non-blank line found.',
    });
  },
  headerOnly(file: string, columns: number): AppError {
    return new AppError({
      code: 'csv/header-only',
      message: msg('data.csv.headerOnly', { file: quoteInput(file) }),
      detail: `Header with ${columns} fields, 0 data records.`,
    });
  },
  binaryFile(file: string, reason: string): AppError {
    return new AppError({
      code: 'csv/binary-file',
      message: msg('data.csv.binaryFile', { file: quoteInput(file) }),
      detail: reason,
    });
  },
  utf16(file: string): AppError {
    return new AppError({
      code: 'csv/unsupported-encoding',
      message: msg('data.csv.utf16', { file: quoteInput(file) }),
      detail: 'Every other character of the first chunk is NUL.',
    });
  },
  /** Bytes that are not text in the encoding in use (detected or chosen). */
  invalidText(file: string, line: number, encoding: Message, reason: string): AppError {
    return new AppError({
      code: 'csv/invalid-text',
      message: msg('data.csv.invalidText', { line, file: quoteInput(file), encoding }),
      detail: `TextDecoder (fatal) refused a byte on line ${line}: ${reason}`,
    });
  },
  tooManyColumns(file: string, columns: number): AppError {
    return new AppError({
      code: 'csv/too-many-columns',
      message: msg('data.csv.tooManyColumns', { file: quoteInput(file), columns, max: MAX_COLUMNS }),
      detail: `${columns} fields in the first record.`,
    });
  },
  raggedRows(file: string, first: { line: number; fields: number }, expected: number, bad: number, total: number): AppError {
    return new AppError({
      code: 'csv/ragged-rows',
      message: msg('data.csv.raggedRows', { file: quoteInput(file), line: first.line, fields: first.fields, expected, bad, total }),
      detail: `${bad}/${total} records with a field count different from the header's ${expected}.`,
    });
  },
  unclosedQuote(file: string, line: number): AppError {
    return new AppError({
      code: 'csv/unclosed-quote',
      message: msg('data.csv.unclosedQuote', { line, file: quoteInput(file) }),
      detail: 'Partial record grew past 16M characters.',
    });
  },
  readFailed(file: string, detail: string): AppError {
    return new AppError({ code: 'csv/read-failed', message: msg('data.csv.readFailed', { file: quoteInput(file) }), detail });
  },
};

export const csvWarnings = {
  blankLines(file: string, lines: readonly number[], total: number): AppErrorInfo {
    return appErrorInfo({
      code: 'csv/blank-lines',
      message: msg('data.csv.blankLines', { total, file: quoteInput(file), lines: linesText(lines, total) }),
    });
  },
  raggedSkipped(file: string, lines: readonly number[], total: number, expected: number): AppErrorInfo {
    return appErrorInfo({
      code: 'csv/ragged-rows-skipped',
      message: msg('data.csv.raggedSkipped', { total, file: quoteInput(file), expected, lines: linesText(lines, total) }),
    });
  },
  renamedColumns(changes: readonly Message[]): AppErrorInfo {
    return appErrorInfo({ code: 'csv/renamed-columns', message: msg('data.csv.renamedColumns', { changes: listOf(changes) }) });
  },
  noHeader(file: string, columns: number): AppErrorInfo {
    return appErrorInfo({ code: 'csv/no-header', message: msg('data.csv.noHeader', { file: quoteInput(file), columns }) });
  },
  strayText(column: string, cells: readonly { line: number; value: string }[], total: number): AppErrorInfo {
    return appErrorInfo({
      code: 'csv/stray-text',
      message: msg('data.csv.strayText', { column: quoteInput(column), total, cells: cellsText(cells, total) }),
    });
  },
  /** Cells of a date/time column that are not dates (text or numbers), treated as missing. */
  strayDateCells(
    column: string,
    cells: readonly { row: number; line: number; value: string }[],
    total: number,
    withTime: boolean,
  ): AppErrorInfo {
    return appErrorInfo({
      code: 'csv/stray-date-cells',
      message: msg('data.csv.strayDateCells', { column: quoteInput(column), withTime: withTime ? 'yes' : 'no', total, cells: cellsText(cells, total) }),
      detail: `data rows (1-based): ${cells.map((c) => c.row + 1).join(', ')}${total > cells.length ? ', …' : ''}`,
    });
  },
  quoteProblem(file: string, line: number, unclosed: boolean): AppErrorInfo {
    return appErrorInfo({
      code: 'csv/quote-problem',
      message: msg(unclosed ? 'data.csv.quoteUnclosed' : 'data.csv.strayQuote', { line, file: quoteInput(file) }),
    });
  },
};
