/**
 * Small text files the user saves and opens through the native dialogs (model specs). The
 * dialogs are shown by the main process; this module builds their options, reads the chosen
 * file within a size limit, and writes atomically: a temporary file in the same folder, then
 * a rename, so a crash or a full disk never leaves half a spec where a good one was.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../src/core/errors';
import { decodeUnicodeText } from '../../../src/core/data/decode';
import { MAX_TEXT_FILE_BYTES, type TextFile } from '../../../src/host/contract';
import { errnoCode, reason, writeFileAtomic } from '../../../src/node/atomic-write';
import { formatBytes, type OpenDialogAnswer } from './datasets';

/** What dialog.showSaveDialog resolves to (the part used here). */
export interface SaveDialogAnswer {
  readonly canceled: boolean;
  readonly filePath?: string;
}

interface DialogFilter {
  readonly name: string;
  readonly extensions: string[];
}

function filtersFor(accept: readonly string[]): DialogFilter[] {
  const extensions = accept.map((ext) => ext.replace(/^\./, '').toLowerCase());
  const name = extensions.includes('json') ? 'Model spec (JSON)' : `${extensions.join(', ').toUpperCase()} file`;
  return [
    { name, extensions },
    { name: 'All files', extensions: ['*'] },
  ];
}

/** Options for dialog.showOpenDialog (kept structural to stay Electron-free). */
export function openTextDialogOptions(accept: readonly string[]) {
  return {
    title: 'Open model spec',
    buttonLabel: 'Open',
    properties: ['openFile'] as Array<'openFile'>,
    filters: filtersFor(accept),
  };
}

/** Options for dialog.showSaveDialog; the suggested name is already a plain file name (schema.ts). */
export function saveTextDialogOptions(suggestedName: string) {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1];
  return {
    title: 'Save model spec',
    buttonLabel: 'Save',
    defaultPath: suggestedName,
    filters: filtersFor(ext ? [`.${ext}`] : ['.txt']),
  };
}

/** Reads a whole UTF-8 text file, refusing folders, files over `maxBytes` and binary content. */
export async function readTextFile(filePath: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFile> {
  const name = basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (err) {
    const code = errnoCode(err);
    const why = code === 'ENOENT' ? 'it no longer exists' : code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : 'the system refused to open it';
    throw new AppError({ code: 'text-file/unreadable', message: `Layerbench could not open "${name}" because ${why}.`, detail: `${filePath}: ${reason(err)}` });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new AppError({ code: 'text-file/not-a-file', message: `"${name}" is a folder, not a file.`, detail: filePath });
    }
    if (info.size > maxBytes) {
      throw new AppError({
        code: 'text-file/too-large',
        message: `"${name}" is ${formatBytes(info.size)}, more than a file of this kind can be (${formatBytes(maxBytes)}). Is it the right file?`,
        detail: `${filePath}: ${info.size} bytes > limit ${maxBytes}`,
      });
    }
    const bytes = await handle.readFile();
    let text: string;
    try {
      text = decodeUnicodeText(bytes);
    } catch (err) {
      throw new AppError({ code: 'text-file/not-text', message: `"${name}" is not a text file. Choose the .json file Layerbench saved.`, detail: `${filePath}: ${reason(err)}` });
    }
    // TextDecoder already drops the byte order mark.
    return { name, text };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({ code: 'text-file/unreadable', message: `Layerbench could not read "${name}".`, detail: `${filePath}: ${reason(err)}` });
  } finally {
    await handle.close();
  }
}

/** Writes `text` to `filePath` through a temporary file in the same folder and a rename. */
export async function writeTextFileAtomic(filePath: string, text: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<void> {
  const name = basename(filePath);
  const bytes = new TextEncoder().encode(text);
  if (bytes.byteLength > maxBytes) {
    throw new AppError({
      code: 'text-file/too-large',
      message: `The file to save is ${formatBytes(bytes.byteLength)}, more than the ${formatBytes(maxBytes)} a model spec may take.`,
      detail: `${filePath}: ${bytes.byteLength} bytes > limit ${maxBytes}`,
    });
  }
  await writeFileAtomic(filePath, bytes, { code: 'text-file/unwritable', what: `"${name}"` });
}

/** The open dialog's answer → the chosen file's text, or null when the user cancelled. */
export async function readOpenTextChoice(answer: OpenDialogAnswer, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFile | null> {
  const filePath = answer.filePaths[0];
  if (answer.canceled || filePath === undefined) return null;
  return readTextFile(filePath, maxBytes);
}

/** The save dialog's answer → true once written, false when the user cancelled. */
export async function writeSaveChoice(answer: SaveDialogAnswer, text: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<boolean> {
  if (answer.canceled || !answer.filePath) return false;
  await writeTextFileAtomic(answer.filePath, text, maxBytes);
  return true;
}
