/**
 * One file the CLI writes (`predict --out FILE`): checked before the work that fills it, then
 * written beside its target and renamed over it, so a kill or a full disk never leaves half a
 * file where the user looks, and the old file stays until the new one is whole.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { errnoReason } from './file-errors';

function cannotWrite(file: string, why: string, detail?: string): AppError {
  return new AppError({ code: 'cli/write-file', message: `Cannot write ${quoteInput(file)}: ${why}.`, ...(detail !== undefined ? { detail } : {}) });
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Throws the sentence `writeFileAtomic` would give, before any work is done. */
export function checkFileDestination(file: string): void {
  const target = resolve(file);
  let folder;
  try {
    folder = statSync(dirname(target));
  } catch (err) {
    throw cannotWrite(file, codeOf(err) === 'ENOENT' ? 'its folder does not exist' : errnoReason(err) ?? 'its folder cannot be read', String(err));
  }
  if (!folder.isDirectory()) throw cannotWrite(file, 'part of its path is a file, not a folder');
  try {
    if (statSync(target).isDirectory()) throw cannotWrite(file, 'it is a folder');
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (codeOf(err) !== 'ENOENT') throw cannotWrite(file, errnoReason(err) ?? 'it cannot be read', String(err));
  }
}

export function writeFileAtomic(file: string, text: string): void {
  checkFileDestination(file);
  const target = resolve(file);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = codeOf(err);
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'Layerbench is not allowed to write there' : errnoReason(err) ?? 'the system refused';
    throw cannotWrite(file, why, String(err));
  }
}
