/**
 * Receives the records of a file one by one: takes the header, skips blank and ragged
 * lines (counting them for the warnings), keeps the first rows for the preview, and hands
 * every cell to its column's accumulator.
 */
import type { AppErrorInfo } from '../errors';
import { ColumnAccumulator, type AccumulatedColumn } from './accumulate';
import { detachString } from './cell';
import { csvErrors, csvWarnings, MAX_COLUMNS } from './csv-errors';
import { defaultColumnNames, nameColumns } from './header';

export const PREVIEW_ROWS = 50;
/** Above this share of ragged rows the file is refused rather than patched. */
export const MAX_RAGGED_SHARE = 0.1;
const LINES_NAMED = 5;
const MAX_RESERVED_CELLS = 1 << 24;

export interface BuiltTable {
  readonly names: readonly string[];
  readonly rowCount: number;
  readonly accumulated: AccumulatedColumn[];
  readonly preview: string[][];
  readonly warnings: AppErrorInfo[];
}

export class TableBuilder {
  private names: string[] | null = null;
  private accumulators: ColumnAccumulator[] = [];
  private columnCount = 0;
  private rows = 0;
  private readonly preview: string[][] = [];
  private readonly warnings: AppErrorInfo[] = [];
  private blankCount = 0;
  private readonly blankLines: number[] = [];
  private raggedCount = 0;
  private readonly raggedLines: number[] = [];
  private firstRagged: { line: number; fields: number } | null = null;

  constructor(
    private readonly fileName: string,
    private readonly hasHeader: boolean,
    private readonly decimalComma: boolean,
    /** Estimated data rows, to size the column arrays once. */
    private readonly expectedRows: number,
  ) {}

  get rowCount(): number {
    return this.rows;
  }

  /** The RecordSink: one record and the line it starts on. */
  readonly onRecord = (fields: readonly string[], line: number): void => {
    if (isEmptyRecord(fields)) {
      this.blankCount++;
      if (this.blankLines.length < LINES_NAMED) this.blankLines.push(line);
      return;
    }
    if (this.names === null) {
      this.start(fields);
      if (this.hasHeader) return;
    }
    const count = this.columnCount;
    if (fields.length !== count && !(fields.length > count && restIsBlank(fields, count))) {
      this.raggedCount++;
      if (this.raggedLines.length < LINES_NAMED) this.raggedLines.push(line);
      this.firstRagged ??= { line, fields: fields.length };
      return;
    }
    if (this.rows < PREVIEW_ROWS) this.preview.push(fields.slice(0, count).map(detachString));
    const accumulators = this.accumulators;
    for (let c = 0; c < count; c++) (accumulators[c] as ColumnAccumulator).push(fields[c] as string, line);
    this.rows++;
  };

  /**
   * The column accumulators when a record of `fields` fields, whose first cell is not blank, is a
   * data row past the preview: the caller pushes its cells itself and then calls `rowDone` (the
   * same as `onRecord` would do); null when `onRecord` must see the record.
   */
  dataRowTarget(fields: number): readonly ColumnAccumulator[] | null {
    return this.names !== null && fields === this.columnCount && this.rows >= PREVIEW_ROWS ? this.accumulators : null;
  }

  rowDone(): void {
    this.rows++;
  }

  private start(first: readonly string[]): void {
    if (first.length > MAX_COLUMNS) throw csvErrors.tooManyColumns(this.fileName, first.length);
    this.columnCount = first.length;
    if (this.hasHeader) {
      const { names, changes } = nameColumns(first);
      this.names = names.map(detachString);
      if (changes.length > 0) this.warnings.push(csvWarnings.renamedColumns(changes));
    } else {
      this.names = defaultColumnNames(first.length);
      this.warnings.push(csvWarnings.noHeader(this.fileName, first.length));
    }
    // The estimate comes from the first lines only: never reserve more than 16M cells up front.
    const rows = Math.min(this.expectedRows, Math.max(1024, Math.floor(MAX_RESERVED_CELLS / first.length)));
    this.accumulators = this.names.map((_, i) => new ColumnAccumulator(i, this.decimalComma, rows));
  }

  /** Checks what only the whole file can tell, then hands the columns over. */
  finish(): BuiltTable {
    if (this.names === null) throw csvErrors.emptyFile(this.fileName);
    const total = this.rows + this.raggedCount;
    if (this.firstRagged !== null && (this.rows === 0 || this.raggedCount > MAX_RAGGED_SHARE * total)) {
      throw csvErrors.raggedRows(this.fileName, this.firstRagged, this.columnCount, this.raggedCount, total);
    }
    if (this.rows === 0) throw csvErrors.headerOnly(this.fileName, this.columnCount);
    const warnings = [...this.warnings];
    if (this.blankCount > 0) warnings.push(csvWarnings.blankLines(this.fileName, this.blankLines, this.blankCount));
    if (this.raggedCount > 0) {
      warnings.push(csvWarnings.raggedSkipped(this.fileName, this.raggedLines, this.raggedCount, this.columnCount));
    }
    const accumulated = this.accumulators.map((a) => a.finish());
    this.accumulators = [];
    return { names: this.names, rowCount: this.rows, accumulated, preview: this.preview, warnings };
  }
}

/** A blank line, or one that holds only delimiters (",,,"). */
function isEmptyRecord(fields: readonly string[]): boolean {
  const first = fields[0] as string;
  if (first.length > 0 && first.charCodeAt(0) > 32) return false;
  for (const f of fields) if (f.trim().length > 0) return false;
  return true;
}

function restIsBlank(fields: readonly string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] as string).trim().length > 0) return false;
  return true;
}
