/**
 * A CSV with a column of image paths (relative to the CSV's folder) and a label or numeric
 * target column → ImageIndex. The table parser types the columns and proposes the task, exactly
 * as for a table; the path cells are read with papaparse because a typed text column keeps no cells.
 */
import Papa from 'papaparse';
import { parseCsvText } from '../../data/csv';
import type { TypedDataset } from '../../data/types';
import { AppError, clipInput, quoteInput } from '../../errors';
import { msg } from '../../i18n/message';
import { proposeTask } from '../../features/propose';
import { imageFormatOf, normaliseRelativePath } from './paths';
import type { ImageEntry, ImageIndex, SkippedFile } from './types';

const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'null', 'nan', '?', '-']);
const TARGET_HINTS = ['label', 'class', 'target', 'category', 'y', 'value'];

export interface ImageCsvChoice {
  readonly pathColumn?: string;
  readonly target?: string;
}

function rowsOf(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
}

/** The column most of whose first cells name image files (header names like "path"/"file" break ties). */
function proposePathColumn(header: readonly string[], rows: readonly string[][]): string | null {
  let best: { name: string; score: number } | null = null;
  header.forEach((name, c) => {
    const cells = rows.slice(0, 200).map((r) => r[c] ?? '').filter((v) => !MISSING.has(v.toLowerCase()));
    if (cells.length === 0) return;
    const share = cells.filter((v) => imageFormatOf(v) !== null).length / cells.length;
    const score = share + (/path|file|image|img/i.test(name) ? 0.01 : 0);
    if (share >= 0.5 && (!best || score > best.score)) best = { name, score };
  });
  return (best as { name: string } | null)?.name ?? null;
}

/** Whether the start of a CSV (its header and first rows) has a column of image file names. */
export function looksLikeImageCsv(csvHead: string): boolean {
  const parsed = Papa.parse<string[]>(csvHead, { skipEmptyLines: 'greedy', preview: 201 });
  const [header = [], ...rows] = parsed.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
  return header.length > 0 && proposePathColumn(header, rows.length > 1 ? rows.slice(0, -1) : rows) !== null;
}

/** The columns, as a message lists them. */
function columnList(header: readonly string[]): string {
  return clipInput(header.map((h) => quoteInput(h, 60)).join(', '), 400);
}

function proposeTarget(ds: TypedDataset, pathColumn: string): string | null {
  // Dates and times say when an image was taken, never what it shows.
  const others = ds.columns.filter((c) => c.name !== pathColumn && c.kind !== 'empty' && c.kind !== 'datetime' && c.missing < ds.rowCount);
  for (const hint of TARGET_HINTS) {
    const col = others.find((c) => c.name.trim().toLowerCase() === hint);
    if (col) return col.name;
  }
  // Numbers and categories first; a text column (a label per image in a small file looks like one) as the last resort.
  const typed = others.filter((c) => c.kind === 'number' || c.kind === 'category');
  return (typed[typed.length - 1] ?? others[others.length - 1])?.name ?? null;
}

/**
 * `csvText` is the CSV's content, `name` its file name. Paths in the CSV are relative to the
 * CSV's folder; the entries' relativePaths are too. A path that is absolute or climbs out of
 * that folder is refused (listed in `ignored`), never read.
 */
export async function indexImageCsv(csvText: string, name: string, choice: ImageCsvChoice = {}): Promise<ImageIndex> {
  const dataset = await parseCsvText(csvText, name);
  const [header = [], ...rows] = rowsOf(csvText, dataset.delimiter);
  const pathColumn = choice.pathColumn ?? proposePathColumn(header, rows);
  if (pathColumn === null || !header.includes(pathColumn)) {
    throw new AppError({
      code: 'images/no-path-column',
      message:
        pathColumn === null
          ? msg('sources.images.csv.noPathColumn', { name })
          : msg('sources.images.csv.missingPathColumn', { name, column: quoteInput(pathColumn), columns: columnList(header) }),
    });
  }
  const target = choice.target ?? proposeTarget(dataset, pathColumn);
  if (target === null || !header.includes(target) || target === pathColumn) {
    throw new AppError({
      code: 'images/no-target-column',
      message:
        target === null
          ? msg('sources.images.csv.noTargetColumn', { name, column: quoteInput(pathColumn) })
          : target === pathColumn
            ? msg('sources.images.csv.targetIsPaths', { name, target: quoteInput(target) })
            : msg('sources.images.csv.targetMissing', { name, target: quoteInput(target), columns: columnList(header) }),
    });
  }
  if (dataset.columns.find((c) => c.name === target)?.kind === 'datetime') {
    throw new AppError({
      code: 'images/datetime-target',
      message: msg('sources.images.csv.datetimeTarget', { name, target: quoteInput(target) }),
    });
  }
  const { task, reason } = proposeTask(dataset, target);
  const pathAt = header.indexOf(pathColumn);
  const targetAt = header.indexOf(target);
  const entries: ImageEntry[] = [];
  const ignored: SkippedFile[] = [];
  const pathName = quoteInput(pathColumn);
  const targetName = quoteInput(target);
  rows.forEach((row, r) => {
    const at = r + 1;
    const line = `#${at}`;
    const rawPath = row[pathAt] ?? '';
    const value = row[targetAt] ?? '';
    const path = normaliseRelativePath(rawPath);
    if (rawPath === '') return void ignored.push({ relativePath: line, reason: msg('sources.images.csv.row.noPath', { row: at, column: pathName }) });
    if (path === null) return void ignored.push({ relativePath: clipInput(rawPath), reason: msg('sources.images.csv.row.outside', { row: at }) });
    if (imageFormatOf(path) === null) return void ignored.push({ relativePath: clipInput(path), reason: msg('sources.images.csv.row.notImage', { row: at }) });
    if (MISSING.has(value.toLowerCase())) return void ignored.push({ relativePath: path, reason: msg('sources.images.csv.row.noValue', { row: at, column: targetName }) });
    if (task === 'regression') {
      const number = Number(value.replace(',', '.'));
      if (!Number.isFinite(number)) return void ignored.push({ relativePath: path, reason: msg('sources.images.csv.row.notNumber', { row: at, value: quoteInput(value), column: targetName }) });
      entries.push({ relativePath: path, target: number });
    } else {
      entries.push({ relativePath: path, label: value });
    }
  });
  const classes = task === 'classification' ? [...new Set(entries.map((e) => e.label as string))].sort() : [];
  if (entries.length < 2) {
    throw new AppError({ code: 'images/no-images', message: msg('sources.images.csv.tooFew', { name, count: entries.length }), detail: `${ignored.length} rows ignored` });
  }
  if (task === 'classification' && classes.length < 2) {
    throw new AppError({ code: 'images/one-class', message: msg('sources.images.csv.oneClass', { name, column: targetName, label: quoteInput(classes[0] ?? '') }) });
  }
  return { name, source: 'csv', task, targetName: target, taskReason: reason, entries, classes, ignored, pathColumn };
}
