/**
 * Replacing a model folder DIR so that, whenever the process is killed or the machine stops,
 * DIR holds either the whole old model or the whole new one; never files of both.
 *
 * A rename cannot replace a folder that has files in it, so the swap takes two renames:
 *   1. every file is written into DIR.tmp-<r> beside DIR (same file system, so renames are
 *      atomic), each one fsynced, then the folder itself. DIR is untouched.
 *   2. DIR → DIR.old-<r>              (only when DIR exists)
 *   3. DIR.tmp-<r> → DIR
 *   4. the parent is fsynced and DIR.old-<r> removed.
 * A kill during 1 leaves the old DIR and a partial DIR.tmp-<r>. A kill between 2 and 3 leaves
 * no DIR, the complete old model in DIR.old-<r> and the complete new one in DIR.tmp-<r>: the
 * next reader (locateModelFolder, used by `predict`) renames DIR.old-<r> back to DIR, because
 * the old model is what DIR held until a save that never reported success. A kill between 3
 * and 4 leaves the new DIR and a stale DIR.old-<r>. The next successful save removes stale
 * DIR.tmp-* and DIR.old-* folders that hold nothing but model files.
 *
 * DIR is replaced only when it is empty or a Layerbench model folder with nothing but model
 * files in it: a folder of the user's own files is refused, never deleted.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync, closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync,
  renameSync, rmSync, statSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { looksLikeManifest, MANIFEST_FILE } from '../core/experiment/manifest';
import { PREPROCESSING_FORMAT, type ExportFile } from '../core/experiment/export';

/** Names a model folder may hold (the export's files and what file browsers add on their own). */
const MODEL_FOLDER_NAMES = new Set(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt', MANIFEST_FILE, '.DS_Store', 'Thumbs.db', 'desktop.ini']);

const TMP_MARK = '.tmp-';
const OLD_MARK = '.old-';
/** What follows DIR in the names of a save's own folders: the mark and 6 random bytes in hex. */
const LEFTOVER = /^\.(tmp|old)-[0-9a-f]{12}$/;
const OLD_LEFTOVER = /^\.old-[0-9a-f]{12}$/;

export function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function cannotWrite(dir: string, reason: Message, detail?: string): AppError {
  return new AppError({ code: 'cli/write-export', message: msg('cli.export.cannot', { dir: quoteInput(dir), reason }), ...(detail !== undefined ? { detail } : {}) });
}

/** Why a file operation failed, in the user's words; the errno stays in the detail. */
function whyWriteFailed(err: unknown): Message {
  switch (errnoOf(err)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return msg('cli.export.reason.permission');
    case 'ENOSPC':
    case 'EDQUOT':
      return msg('cli.export.reason.diskFull');
    case 'ENOTDIR':
      return msg('cli.export.reason.pathThroughFile');
    case 'EISDIR':
      return msg('cli.export.reason.folderWhereFile');
    case 'ENAMETOOLONG':
      return msg('cli.export.reason.pathTooLong');
    default:
      return msg('cli.export.reason.other');
  }
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw err;
  }
}

/** True when `folder` (holding `entries`) was written by Layerbench: its manifest, or its preprocessing.json of our format. */
function isLayerbenchFolder(folder: string, entries: readonly string[]): boolean {
  const read = (name: string): string | null => {
    try {
      return readFileSync(join(folder, name), 'utf8');
    } catch {
      return null;
    }
  };
  if (entries.includes(MANIFEST_FILE) && looksLikeManifest(read(MANIFEST_FILE) ?? '')) return true;
  if (!entries.includes('preprocessing.json')) return false;
  try {
    return (JSON.parse(read('preprocessing.json') ?? '') as { format?: unknown } | null)?.format === PREPROCESSING_FORMAT;
  } catch {
    return false;
  }
}

/** True for a folder the export may replace or a leftover it may remove: empty, or a model folder with nothing else in it. */
function holdsOnlyAModel(folder: string): boolean {
  const entries = readdirSync(folder);
  if (entries.length === 0) return true;
  return entries.every((n) => MODEL_FOLDER_NAMES.has(n)) && isLayerbenchFolder(folder, entries);
}

function requireWritable(dir: string, folder: string): void {
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw cannotWrite(dir, msg('cli.export.reason.noPermissionIn', { folder: quoteInput(folder) }), detailOf(err));
  }
}

/**
 * Throws the sentence the save would give if `dir` cannot take a model: `train --out` calls it
 * before training, so that a bad path does not cost the run, and the save calls it again.
 */
export function checkModelDestination(dir: string): void {
  const target = resolve(dir);
  try {
    const st = statOrNull(target, false);
    if (st) {
      if (st.isSymbolicLink()) throw cannotWrite(dir, msg('cli.export.reason.link'));
      if (!st.isDirectory()) throw cannotWrite(dir, msg('cli.export.reason.isFile'));
      if (!holdsOnlyAModel(target)) {
        const others = readdirSync(target).filter((n) => !MODEL_FOLDER_NAMES.has(n));
        const names = `${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}`;
        throw cannotWrite(dir, others.length > 0 ? msg('cli.export.reason.userFiles', { names }) : msg('cli.export.reason.notModel'));
      }
      requireWritable(dir, dirname(target));
      return;
    }
    let ancestor = dirname(target);
    let found = statOrNull(ancestor, true);
    while (!found && dirname(ancestor) !== ancestor) {
      ancestor = dirname(ancestor);
      found = statOrNull(ancestor, true);
    }
    if (!found) throw cannotWrite(dir, msg('cli.export.reason.noFolders'));
    if (!found.isDirectory()) throw cannotWrite(dir, msg('cli.export.reason.ancestorIsFile', { folder: quoteInput(ancestor) }));
    requireWritable(dir, ancestor);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw cannotWrite(dir, whyWriteFailed(err), detailOf(err));
  }
}

let faultCount = 0;

/**
 * Test only (test/cli/export-kill.test.ts): LAYERBENCH_FAULT_PAUSE_EXPORT=<n> stops the save
 * at its n-th point between two file operations, says so on stderr
 * ("layerbench-fault-pause <n> <what>"), and waits LAYERBENCH_FAULT_PAUSE_MS (default 60 s)
 * so that the test can kill the process right there. Unset, this does nothing.
 */
function faultPoint(what: string): void {
  const wanted = Number(process.env.LAYERBENCH_FAULT_PAUSE_EXPORT);
  if (!Number.isInteger(wanted) || wanted < 1) return;
  faultCount += 1;
  if (faultCount !== wanted) return;
  writeSync(2, `layerbench-fault-pause ${faultCount} ${what}\n`);
  const ms = Number(process.env.LAYERBENCH_FAULT_PAUSE_MS ?? 60_000);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number.isFinite(ms) ? ms : 60_000);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
}

/** Writes one file and fsyncs it; the pause point in its middle lets a test leave it half written. */
function writeDurably(path: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(path, 'wx');
  try {
    const half = Math.floor(bytes.byteLength / 2);
    writeAll(fd, bytes.subarray(0, half));
    faultPoint(`half of ${basename(path)} written`);
    writeAll(fd, bytes.subarray(half));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A folder's own entry on disk; not every system can open a folder for that (Windows), and nothing depends on it there. */
function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort: the renames are still atomic without it
  }
}

/**
 * Removes DIR.tmp-<r> and DIR.old-<r> beside DIR left by saves that were killed, when they hold
 * nothing but model file names (a half-written one may lack the files that mark a model).
 */
function removeLeftovers(target: string): void {
  const parent = dirname(target);
  const base = basename(target);
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(base) || !LEFTOVER.test(name.slice(base.length))) continue;
    const path = join(parent, name);
    try {
      if (lstatSync(path).isDirectory() && readdirSync(path).every((n) => MODEL_FOLDER_NAMES.has(n))) rmSync(path, { recursive: true, force: true });
    } catch {
      // a leftover that cannot be removed stays; the model itself is saved
    }
  }
}

/** Writes `files` as the folder `dir`, replacing a model folder there (see the comment at the top). */
export function replaceModelFolder(dir: string, files: readonly ExportFile[]): void {
  faultCount = 0;
  checkModelDestination(dir);
  const target = resolve(dir);
  const parent = dirname(target);
  const tag = randomBytes(6).toString('hex');
  const tmp = `${target}${TMP_MARK}${tag}`;
  const old = `${target}${OLD_MARK}${tag}`;
  let swapped = false;
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(tmp);
    faultPoint('temporary folder created');
    for (const f of files) {
      writeDurably(join(tmp, f.name), f.data);
      faultPoint(`${f.name} written`);
    }
    fsyncFolder(tmp);
    const hadOld = statOrNull(target, false) !== null;
    if (hadOld) {
      renameSync(target, old);
      faultPoint('old model moved aside');
    }
    try {
      renameSync(tmp, target);
    } catch (err) {
      if (hadOld) renameSync(old, target);
      throw err;
    }
    swapped = true;
    faultPoint('new model moved in');
    fsyncFolder(parent);
    if (hadOld) {
      rmSync(old, { recursive: true, force: true });
      faultPoint('old model removed');
    }
    removeLeftovers(target);
  } catch (err) {
    if (!swapped) rmSync(tmp, { recursive: true, force: true });
    if (err instanceof AppError) throw err;
    throw cannotWrite(dir, whyWriteFailed(err), detailOf(err));
  }
}

/**
 * Where to read the model folder `dir` from. When a save was killed between its two renames,
 * `dir` is missing and the model it was replacing is beside it as DIR.old-*: that folder is
 * renamed back (or, where that fails, read where it is), with a note saying so.
 */
export function locateModelFolder(dir: string): { path: string; note?: Message } {
  const target = resolve(dir);
  if (statOrNull(target, false)) return { path: target };
  let siblings: string[];
  try {
    const base = basename(target);
    siblings = readdirSync(dirname(target)).filter((n) => n.startsWith(base) && OLD_LEFTOVER.test(n.slice(base.length)));
  } catch {
    return { path: target };
  }
  const candidates = siblings.map((n) => join(dirname(target), n)).filter((p) => statOrNull(p, false)?.isDirectory());
  if (candidates.length === 0) return { path: target };
  if (candidates.length > 1) {
    throw new AppError({
      code: 'cli/model-folder-interrupted',
      message: msg('cli.export.interrupted.several', { dir: quoteInput(dir), names: candidates.map((p) => basename(p)).join(', '), name: quoteInput(basename(target)) }),
    });
  }
  const old = candidates[0] as string;
  try {
    renameSync(old, target);
    return { path: target, note: msg('cli.export.interrupted.putBack', { dir: quoteInput(dir) }) };
  } catch {
    return { path: old, note: msg('cli.export.interrupted.readFrom', { dir: quoteInput(dir), old: quoteInput(old) }) };
  }
}
