/**
 * Reading the dataset file the user picked in the open dialog. The dialog itself is shown by
 * the main process; this module only turns its answer into bytes or a readable error.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError, quoteInput } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import { translator, type Translator } from '../../../src/core/i18n/translate';
import { sizeMessage } from '../../../src/host/size-message';
import type { DatasetBytes } from '../../../src/host/contract';

/**
 * 2 GB: below Node's 2 GiB limit for one read and what one IPC message can carry;
 * far above the 100 MB files the product is measured on.
 */
export const MAX_DATASET_BYTES = 2_000_000_000;

/** Options for dialog.showOpenDialog (Electron's OpenDialogOptions, kept structural to stay Electron-free), in the app's language. */
export function datasetDialogOptions(t: Translator = translator('en')) {
  return {
    title: t('host.dialog.openDataset'),
    buttonLabel: t('host.dialog.open'),
    properties: ['openFile'] as Array<'openFile'>,
    filters: [
      { name: t('host.filter.table'), extensions: ['csv', 'tsv', 'txt'] },
      { name: t('host.filter.all'), extensions: ['*'] },
    ],
  };
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
    const why = code === 'ENOENT' ? 'gone' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'other';
    throw new AppError({
      code: 'dataset/unreadable',
      message: msg('host.file.cannotOpen', { file: quoteInput(name), why }),
      detail: `${filePath}: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  try {
    // Size is taken from the open handle, so the limit holds for the file actually read.
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new AppError({ code: 'dataset/not-a-file', message: msg('host.file.datasetIsFolder', { file: quoteInput(name) }), detail: filePath });
    }
    if (info.size > maxBytes) {
      throw new AppError({
        code: 'dataset/too-large',
        message: msg('host.file.datasetTooLarge', { file: quoteInput(name), size: sizeMessage(info.size), limit: sizeMessage(maxBytes) }),
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
      message: msg('host.file.cannotRead', { file: quoteInput(name) }),
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
