/**
 * Small text files the user saves and opens through the native dialogs (model specs). The
 * dialogs are shown by the main process; this module builds their options, reads the chosen
 * file within a size limit, and writes atomically: a temporary file in the same folder, then
 * a rename, so a crash or a full disk never leaves half a spec where a good one was.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError, quoteInput } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import { translator, type Translator } from '../../../src/core/i18n/translate';
import { sizeMessage } from '../../../src/host/size-message';
import { decodeUnicodeText } from '../../../src/core/data/decode';
import { MAX_TEXT_FILE_BYTES, type BinaryFile, type TextFile } from '../../../src/host/contract';
import { errnoCode, reason, writeFileAtomic } from '../../../src/node/atomic-write';
import type { OpenDialogAnswer } from './datasets';

/** What dialog.showSaveDialog resolves to (the part used here). */
export interface SaveDialogAnswer {
  readonly canceled: boolean;
  readonly filePath?: string;
}

interface DialogFilter {
  readonly name: string;
  readonly extensions: string[];
}

function filtersFor(accept: readonly string[], t: Translator): DialogFilter[] {
  const extensions = accept.map((ext) => ext.replace(/^\./, '').toLowerCase());
  const name = extensions.includes('json') ? t('host.filter.modelSpec') : t('host.filter.other', { extensions: extensions.join(', ').toUpperCase() });
  return [
    { name, extensions },
    { name: t('host.filter.all'), extensions: ['*'] },
  ];
}

/** Options for dialog.showOpenDialog (kept structural to stay Electron-free), in the app's language. */
export function openTextDialogOptions(accept: readonly string[], t: Translator = translator('en')) {
  return {
    title: t('host.dialog.openSpec'),
    buttonLabel: t('host.dialog.open'),
    properties: ['openFile'] as Array<'openFile'>,
    filters: filtersFor(accept, t),
  };
}

/** Options for the open dialog of a file read as bytes: the import of an experiment file or a model .zip. */
export function openBinaryDialogOptions(accept: readonly string[], t: Translator = translator('en')) {
  return {
    title: t('host.dialog.openExperiment'),
    buttonLabel: t('host.dialog.open'),
    properties: ['openFile'] as Array<'openFile'>,
    filters: [
      { name: t('host.filter.experimentOrModel'), extensions: accept.map((ext) => ext.replace(/^\./, '').toLowerCase()) },
      { name: t('host.filter.all'), extensions: ['*'] },
    ],
  };
}

/** Options for dialog.showSaveDialog; the suggested name is already a plain file name (schema.ts). */
export function saveTextDialogOptions(suggestedName: string, t: Translator = translator('en')) {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1];
  return {
    title: t('host.dialog.saveSpec'),
    buttonLabel: t('host.dialog.save'),
    defaultPath: suggestedName,
    filters: filtersFor(ext ? [`.${ext}`] : ['.txt'], t),
  };
}

/** Reads a whole UTF-8 text file, refusing folders, files over `maxBytes` and binary content. */
export async function readTextFile(filePath: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFile> {
  const { name, bytes } = await readFileBytes(filePath, maxBytes);
  try {
    // TextDecoder already drops the byte order mark.
    return { name, text: decodeUnicodeText(bytes) };
  } catch (err) {
    throw new AppError({ code: 'text-file/not-text', message: msg('host.file.notText', { file: quoteInput(name) }), detail: `${filePath}: ${reason(err)}` });
  }
}

/** Reads a whole file as bytes, refusing folders and files over `maxBytes` before reading them. */
export async function readFileBytes(filePath: string, maxBytes: number): Promise<BinaryFile> {
  const name = basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (err) {
    const code = errnoCode(err);
    const why = code === 'ENOENT' ? 'gone' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'other';
    throw new AppError({ code: 'text-file/unreadable', message: msg('host.file.cannotOpen', { file: quoteInput(name), why }), detail: `${filePath}: ${reason(err)}` });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new AppError({ code: 'text-file/not-a-file', message: msg('host.file.isFolder', { file: quoteInput(name) }), detail: filePath });
    }
    if (info.size > maxBytes) {
      throw new AppError({
        code: 'text-file/too-large',
        message: msg('host.file.tooLarge', { file: quoteInput(name), size: sizeMessage(info.size), limit: sizeMessage(maxBytes) }),
        detail: `${filePath}: ${info.size} bytes > limit ${maxBytes}`,
      });
    }
    return { name, bytes: new Uint8Array(await handle.readFile()) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({ code: 'text-file/unreadable', message: msg('host.file.cannotRead', { file: quoteInput(name) }), detail: `${filePath}: ${reason(err)}` });
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
      message: msg('host.file.specTooLarge', { size: sizeMessage(bytes.byteLength), limit: sizeMessage(maxBytes) }),
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

/** The open dialog's answer → the chosen file's bytes, or null when the user cancelled. */
export async function readOpenBinaryChoice(answer: OpenDialogAnswer, maxBytes: number): Promise<BinaryFile | null> {
  const filePath = answer.filePaths[0];
  if (answer.canceled || filePath === undefined) return null;
  return readFileBytes(filePath, maxBytes);
}

/** The save dialog's answer → true once written, false when the user cancelled. */
export async function writeSaveChoice(answer: SaveDialogAnswer, text: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<boolean> {
  if (answer.canceled || !answer.filePath) return false;
  await writeTextFileAtomic(answer.filePath, text, maxBytes);
  return true;
}
