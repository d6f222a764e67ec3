/**
 * Saving what the renderer exports: a group of files into a new folder (a trained model:
 * model.json, weights.bin, preprocessing.json, model.py, manifest.json) and single binary files
 * (a PNG chart, an experiment file). Both are atomic: a folder is written under a hidden
 * temporary name, every file flushed to disk, and renamed in one step to a name nothing has
 * yet (an existing folder is never written into or replaced, so there are never files of two
 * saves in one folder); a file is written beside its target and renamed over it. A crash, a
 * kill or a full disk leaves either no folder of that name or the complete one, at worst with
 * a hidden ".<name>.<random>.tmp" folder beside it.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError, quoteInput } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import { translator, type Translator } from '../../../src/core/i18n/translate';
import { sizeMessage } from '../../../src/host/size-message';
import { MAX_SAVED_BYTES, type SavedFile } from '../../../src/host/contract';
import { errnoCode, reason, whyUnwritable, writeFileAtomic } from '../../../src/node/atomic-write';
import type { OpenDialogAnswer } from './datasets';
import type { SaveDialogAnswer } from './text-files';

/** Options for dialog.showOpenDialog when choosing where an exported folder goes (structural, Electron-free). */
export function saveFolderDialogOptions(t: Translator = translator('en')) {
  return {
    title: t('host.dialog.saveFolder'),
    buttonLabel: t('host.dialog.saveHere'),
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
}

function filterName(ext: string, t: Translator): string {
  if (ext === 'png') return t('host.filter.png');
  if (ext === 'json') return t('host.filter.json');
  if (ext === 'csv') return t('host.filter.csv');
  return t('host.filter.other', { extensions: ext.toUpperCase() });
}

/** Options for dialog.showSaveDialog of one binary file; the name is already plain (schema.ts). */
export function saveBinaryDialogOptions(suggestedName: string, t: Translator = translator('en')) {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1]?.toLowerCase();
  const all = { name: t('host.filter.all'), extensions: ['*'] };
  return {
    title: t('host.dialog.saveFile'),
    buttonLabel: t('host.dialog.save'),
    defaultPath: suggestedName,
    filters: ext ? [{ name: filterName(ext, t), extensions: [ext] }, all] : [all],
  };
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/** `name`: the file's name; absent for an export of several files. */
function refuseTooLarge(name: string | undefined, bytes: number, maxBytes: number): void {
  if (bytes <= maxBytes) return;
  throw new AppError({
    code: 'save/too-large',
    message: msg('host.save.tooLarge', { what: name === undefined ? 'export' : 'file', name: name === undefined ? '' : quoteInput(name), size: sizeMessage(bytes), limit: sizeMessage(maxBytes) }),
    detail: `${bytes} bytes > limit ${maxBytes}`,
  });
}

/** "name", then "name-2", "name-3", …: a folder that already exists is never written into. */
function candidateName(base: string, attempt: number): string {
  return attempt === 1 ? base : `${base}-${attempt}`;
}

const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EISDIR']);

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Writes a new file and flushes it, so that the rename never publishes a folder whose files are still only in memory. */
async function writeFlushed(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `files` into a new folder `<parent>/<folderName>` (or the first free "<folderName>-k"):
 * every file into a hidden temporary folder first, then one rename. Returns the folder's path.
 */
export async function writeFilesAtomic(
  parent: string,
  folderName: string,
  files: readonly SavedFile[],
  maxBytes = MAX_SAVED_BYTES,
): Promise<string> {
  const contents = files.map((f) => ({ name: basename(f.name), bytes: bytesOf(f.data) }));
  refuseTooLarge(undefined, contents.reduce((sum, f) => sum + f.bytes.byteLength, 0), maxBytes);
  const temp = join(parent, `.${folderName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(temp);
    for (const file of contents) await writeFlushed(join(temp, file.name), file.bytes);
    for (let attempt = 1; attempt <= 100; attempt++) {
      const target = join(parent, candidateName(folderName, attempt));
      // Taken names are skipped before the rename too: on Windows renaming onto a folder fails
      // with EPERM, which would read as a permission problem; on POSIX an empty one is replaced.
      if (await exists(target)) continue;
      try {
        await rename(temp, target);
        return target;
      } catch (err) {
        if (!TAKEN.has(errnoCode(err) ?? '') && !(await exists(target))) throw err;
      }
    }
    throw new Error(`no free name for ${folderName} in ${parent} after 100 attempts`);
  } catch (err) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw new AppError({
      code: 'save/unwritable',
      message: msg('host.write.couldNotSave', { what: quoteInput(folderName), why: whyUnwritable(err) }),
      detail: `${parent}: ${reason(err)}`,
    });
  }
}

/** Writes `bytes` to `filePath` through a temporary file in the same folder and a rename. */
export async function writeBinaryFileAtomic(filePath: string, bytes: Uint8Array, maxBytes = MAX_SAVED_BYTES): Promise<void> {
  const name = basename(filePath);
  refuseTooLarge(name, bytes.byteLength, maxBytes);
  await writeFileAtomic(filePath, bytes, { code: 'save/unwritable', what: `“${name}”` });
}

/** The folder dialog's answer → true once the files are written, false when the user cancelled. */
export async function saveFilesChoice(answer: OpenDialogAnswer, folderName: string, files: readonly SavedFile[]): Promise<boolean> {
  const parent = answer.filePaths[0];
  if (answer.canceled || parent === undefined) return false;
  await writeFilesAtomic(parent, folderName, files);
  return true;
}

/** The save dialog's answer → true once written, false when the user cancelled. */
export async function saveBinaryChoice(answer: SaveDialogAnswer, bytes: Uint8Array): Promise<boolean> {
  if (answer.canceled || !answer.filePath) return false;
  await writeBinaryFileAtomic(answer.filePath, bytes);
  return true;
}
