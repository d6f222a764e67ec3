/**
 * Reading what the command line is given: a CSV/TSV file parsed as the app parses it, or an
 * image dataset (a folder, or a CSV whose column holds image paths) recognised as such.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import { parseCsvBytes } from '../core/data/csv';
import { decodeText } from '../core/data/decode';
import type { EncodingName } from '../core/data/encoding';
import type { TypedDataset } from '../core/data/types';
import { looksLikeImageCsv } from '../core/sources/images/index-csv';
import { cannotOpen } from './file-errors';
import { isImageCsv } from './image-files';

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    throw cannotOpen(path, err, 'file or folder');
  }
}

/** The first 256 KiB of a file as text: enough to see its header and first rows. */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 18);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether PATH is an image dataset (a folder, or a CSV with a column of image paths). */
export function isImageDataset(path: string): boolean {
  const stat = statOrThrow(path);
  if (stat.isDirectory()) return true;
  return isImageCsv(path) && looksLikeImageCsv(headOf(path));
}

/**
 * Reads a CSV/TSV file as the app does: the same encoding detection on the same bytes, unless
 * `encoding` (--encoding) says which.
 */
export async function loadDatasetFile(file: string, encoding?: EncodingName): Promise<TypedDataset> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      throw new AppError({ code: 'cli/is-directory', message: msg('cli.file.isFolderNotCsv', { file: quoteInput(file) }) });
    }
    size = stat.size;
  } catch (err) {
    throw cannotOpen(file, err);
  }
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    return await parseCsvBytes(stream as AsyncIterable<Buffer>, { name: basename(file), sizeBytes: size }, encoding !== undefined ? { encoding } : {});
  } catch (err) {
    if (err instanceof AppError && err.code === 'csv/invalid-text') {
      throw new AppError({ ...err.toInfo(), message: msg('cli.file.encodingHint', { message: err.msg }) });
    }
    throw err;
  }
}

/** The whole text of a file already read as a table, in the encoding it was read in. */
export function readDatasetText(file: string, dataset: TypedDataset): string {
  return decodeText(readFileSync(file), dataset.encoding?.encoding ?? 'utf-8', dataset.name);
}

