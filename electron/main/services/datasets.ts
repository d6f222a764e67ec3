/**
 * Reading the dataset file the user picked in the open dialog. The dialog itself is shown by
 * the main process; this module only turns its answer into bytes or a readable error.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../src/core/errors';
import type { DatasetBytes } from '../../../src/host/contract';

/**
 * 2 GB: below Node's 2 GiB limit for one read and what one IPC message can carry;
 * far above the 100 MB files the product is measured on.
 */
export const MAX_DATASET_BYTES = 2_000_000_000;

/** Options for dialog.showOpenDialog (Electron's OpenDialogOptions, kept structural to stay Electron-free). */
export const DATASET_DIALOG_OPTIONS = {
  title: 'Open dataset',
  buttonLabel: 'Open',
  properties: ['openFile'] as Array<'openFile'>,
  filters: [
    { name: 'CSV or TSV table', extensions: ['csv', 'tsv', 'txt'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** Reads a whole file the user chose, refusing folders and files over `maxBytes`. */
export async function readDatasetFile(filePath: string, maxBytes = MAX_DATASET_BYTES): Promise<DatasetBytes> {
  const name = basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (err) {
    const code = errnoCode(err);
    const why = code === 'ENOENT' ? 'it no longer exists' : code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : 'the system refused to open it';
    throw new AppError({
      code: 'dataset/unreadable',
      message: `Layerbench could not open "${name}" because ${why}.`,
      detail: `${filePath}: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  try {
    // Size is taken from the open handle, so the limit holds for the file actually read.
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new AppError({ code: 'dataset/not-a-file', message: `"${name}" is a folder, not a data file. Choose a CSV or TSV file.`, detail: filePath });
    }
    if (info.size > maxBytes) {
      throw new AppError({
        code: 'dataset/too-large',
        message: `"${name}" is ${formatBytes(info.size)}; Layerbench opens files up to ${formatBytes(maxBytes)}. Use a sample of its rows.`,
        detail: `${filePath}: ${info.size} bytes > limit ${maxBytes}`,
      });
    }
    const buffer = await handle.readFile();
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { name, sizeBytes: bytes.byteLength, bytes };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      code: 'dataset/unreadable',
      message: `Layerbench could not read "${name}".`,
      detail: `${filePath}: ${err instanceof Error ? err.message : String(err)}`,
    });
  } finally {
    await handle.close();
  }
}

/** What dialog.showOpenDialog resolves to (the part used here). */
export interface OpenDialogAnswer {
  readonly canceled: boolean;
  readonly filePaths: readonly string[];
}

/** The dialog's answer → the chosen file's bytes, or null when the user cancelled. */
export async function readDialogChoice(answer: OpenDialogAnswer, maxBytes = MAX_DATASET_BYTES): Promise<DatasetBytes | null> {
  const filePath = answer.filePaths[0];
  if (answer.canceled || filePath === undefined) return null;
  return readDatasetFile(filePath, maxBytes);
}
