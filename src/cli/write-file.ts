/**
 * One file the CLI writes (`predict --out FILE`): checked before the work that fills it, then
 * written atomically (src/node/atomic-write.ts), so a kill or a full disk never leaves half a
 * file where the user looks.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { errnoCode, writeFileAtomic } from '../node/atomic-write';
import { errnoReason } from './file-errors';

function cannotWrite(file: string, reason: Message, detail?: string): AppError {
  return new AppError({ code: 'cli/write-file', message: msg('cli.write.cannot', { file: quoteInput(file), reason }), ...(detail !== undefined ? { detail } : {}) });
}

/** Throws the sentence `writeFileAtomic` would give, before any work is done. */
export function checkFileDestination(file: string): void {
  const target = resolve(file);
  let folder;
  try {
    folder = statSync(dirname(target));
  } catch (err) {
    const reason = errnoCode(err) === 'ENOENT' ? msg('cli.write.reason.noFolder') : (errnoReason(err) ?? msg('cli.write.reason.folderUnreadable'));
    throw cannotWrite(file, reason, String(err));
  }
  if (!folder.isDirectory()) throw cannotWrite(file, msg('cli.write.reason.pathThroughFile'));
  try {
    if (statSync(target).isDirectory()) throw cannotWrite(file, msg('cli.write.reason.isFolder'));
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (errnoCode(err) !== 'ENOENT') throw cannotWrite(file, errnoReason(err) ?? msg('cli.write.reason.unreadable'), String(err));
  }
}

/** `text` into `file`, whole or not at all (the same atomic write as the app's saves). */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  checkFileDestination(file);
  await writeFileAtomic(resolve(file), new TextEncoder().encode(text), { code: 'cli/write-file', what: quoteInput(file) });
}
