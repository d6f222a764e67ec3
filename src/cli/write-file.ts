/**
 * One file the CLI writes (`predict --out FILE`): checked before the work that fills it, then
 * written atomically (src/node/atomic-write.ts), so a kill or a full disk never leaves half a
 * file where the user looks.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { errnoCode, writeFileAtomic } from '../node/atomic-write';
import { errnoReason } from './file-errors';

function cannotWrite(file: string, why: string, detail?: string): AppError {
  return new AppError({ code: 'cli/write-file', message: `Cannot write ${quoteInput(file)}: ${why}.`, ...(detail !== undefined ? { detail } : {}) });
}

/** Throws the sentence `writeFileAtomic` would give, before any work is done. */
export function checkFileDestination(file: string): void {
  const target = resolve(file);
  let folder;
  try {
    folder = statSync(dirname(target));
  } catch (err) {
    throw cannotWrite(file, errnoCode(err) === 'ENOENT' ? 'its folder does not exist' : errnoReason(err) ?? 'its folder cannot be read', String(err));
  }
  if (!folder.isDirectory()) throw cannotWrite(file, 'part of its path is a file, not a folder');
  try {
    if (statSync(target).isDirectory()) throw cannotWrite(file, 'it is a folder');
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (errnoCode(err) !== 'ENOENT') throw cannotWrite(file, errnoReason(err) ?? 'it cannot be read', String(err));
  }
}

/** `text` into `file`, whole or not at all (the same atomic write as the app's saves). */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  checkFileDestination(file);
  await writeFileAtomic(resolve(file), new TextEncoder().encode(text), { code: 'cli/write-file', what: quoteInput(file) });
}
