/**
 * Every message the CSV step can show, in one place so that the wording stays consistent:
 * plain words, the file by name, the line as a text editor numbers it.
 */
import { AppError, type AppErrorInfo } from '../errors';
import { plural } from '../words';

export const MAX_COLUMNS = 1000;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "line 4", "lines 4 and 9", "lines 4, 9, 12 and more" */
export function linesText(lines: readonly number[], total: number): string {
  if (lines.length === 1 && total === 1) return `line ${lines[0]}`;
  const shown = lines.map(String);
  if (total > lines.length) return `lines ${shown.join(', ')} and ${count(total - lines.length)} more`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const csvErrors = {
  emptyFile(file: string): AppError {
    return new AppError({
      code: 'csv/empty-file',
      message: `“${file}” is empty: it has no column names and no rows.`,
      detail: 'No non-blank line found.',
    });
  },
  headerOnly(file: string, columns: number): AppError {
    return new AppError({
      code: 'csv/header-only',
      message: `“${file}” has column names but no data rows below them, so there is nothing to learn from.`,
      detail: `Header with ${columns} fields, 0 data records.`,
    });
  },
  binaryFile(file: string, reason: string): AppError {
    return new AppError({
      code: 'csv/binary-file',
      message: `“${file}” is not a text table: it looks like a binary file (for example a spreadsheet or an image) that was named .csv. Save or export it as CSV and open that file.`,
      detail: reason,
    });
  },
  utf16(file: string): AppError {
    return new AppError({
      code: 'csv/unsupported-encoding',
      message: `“${file}” looks like UTF-16 text read in another encoding. Choose UTF-16 LE or UTF-16 BE as its text encoding.`,
      detail: 'Every other character of the first chunk is NUL.',
    });
  },
  /** Bytes that are not text in the encoding in use (detected or chosen). */
  invalidText(file: string, line: number, encoding: string, reason: string): AppError {
    return new AppError({
      code: 'csv/invalid-text',
      message: `Line ${count(line)} of “${file}” is not valid ${encoding} text. Choose another text encoding.`,
      detail: `TextDecoder (fatal) refused a byte on line ${line}: ${reason}`,
    });
  },
  tooManyColumns(file: string, columns: number): AppError {
    return new AppError({
      code: 'csv/too-many-columns',
      message: `“${file}” has ${count(columns)} columns; Layerbench can open tables with at most ${count(MAX_COLUMNS)} columns. Remove the columns you do not need and try again.`,
      detail: `${columns} fields in the first record.`,
    });
  },
  raggedRows(file: string, first: { line: number; fields: number }, expected: number, bad: number, total: number): AppError {
    return new AppError({
      code: 'csv/ragged-rows',
      message: `Many rows of “${file}” do not have one value per column: line ${first.line} has ${plural(first.fields, 'value', 'values')} but there are ${plural(expected, 'column', 'columns')} (${count(bad)} of ${count(total)} rows are like this). Check the separator and the quotes in the file.`,
      detail: `${bad}/${total} records with a field count different from the header's ${expected}.`,
    });
  },
  unclosedQuote(file: string, line: number): AppError {
    return new AppError({
      code: 'csv/unclosed-quote',
      message: `A quoted value that starts on line ${line} of “${file}” is never closed, so the rest of the file would read as one cell. Check the quote marks (") on that line.`,
      detail: 'Partial record grew past 16M characters.',
    });
  },
};

export const csvWarnings = {
  blankLines(file: string, lines: readonly number[], total: number): AppErrorInfo {
    return {
      code: 'csv/blank-lines',
      message: `${plural(total, 'blank line was', 'blank lines were')} skipped in “${file}” (${linesText(lines, total)}).`,
    };
  },
  raggedSkipped(file: string, lines: readonly number[], total: number, expected: number): AppErrorInfo {
    return {
      code: 'csv/ragged-rows-skipped',
      message: `${plural(total, 'row was', 'rows were')} skipped in “${file}” because ${total === 1 ? 'it does' : 'they do'} not have ${count(expected)} values, one per column (${linesText(lines, total)}).`,
    };
  },
  renamedColumns(changes: readonly string[]): AppErrorInfo {
    return {
      code: 'csv/renamed-columns',
      message: `Some column names were missing or repeated, so they were renamed: ${changes.join('; ')}.`,
    };
  },
  noHeader(file: string, columns: number): AppErrorInfo {
    return {
      code: 'csv/no-header',
      message: `The first line of “${file}” looks like data, not column names, so it was kept as a row and the columns were named “column 1” to “column ${columns}”.`,
    };
  },
  strayText(column: string, cells: readonly { line: number; value: string }[], total: number): AppErrorInfo {
    const shown = cells.slice(0, 3).map((c) => `“${c.value}” on line ${c.line}`).join(', ');
    const more = total > 3 ? ` and ${count(total - 3)} more` : '';
    return {
      code: 'csv/stray-text',
      message: `Column “${column}” holds numbers except for ${plural(total, 'text cell', 'text cells')} (${shown}${more}); ${total === 1 ? 'it is' : 'they are'} treated as missing.`,
    };
  },
  /** Cells of a date/time column that are not dates (text or numbers), treated as missing. */
  strayDateCells(
    column: string,
    cells: readonly { row: number; line: number; value: string }[],
    total: number,
    withTime: boolean,
  ): AppErrorInfo {
    const shown = cells.slice(0, 3).map((c) => `“${c.value}” on line ${c.line}`).join(', ');
    const more = total > 3 ? ` and ${count(total - 3)} more` : '';
    return {
      code: 'csv/stray-date-cells',
      message: `Column “${column}” holds ${withTime ? 'dates and times' : 'dates'} except for ${plural(total, 'cell', 'cells')} (${shown}${more}); ${total === 1 ? 'it is' : 'they are'} treated as missing.`,
      detail: `data rows (1-based): ${cells.map((c) => c.row + 1).join(', ')}${total > cells.length ? ', …' : ''}`,
    };
  },
  quoteProblem(file: string, line: number, unclosed: boolean): AppErrorInfo {
    return {
      code: 'csv/quote-problem',
      message: unclosed
        ? `A quoted value that starts on line ${line} of “${file}” is never closed; everything after it was read as one cell.`
        : `Line ${line} of “${file}” has a stray quote mark ("); the value around it was read as it stands.`,
    };
  },
};
