/**
 * Writing a file so that it is either the old one or the whole new one, never half: a temporary
 * file in the same folder (so the rename stays on one file system), then a rename, which
 * replaces the target in one step. The app's saves (Electron's main process) and the CLI's share it.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';

export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

export function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why a write failed, in the user's words. */
export function whyUnwritable(err: unknown): Message {
  const code = errnoCode(err);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return msg('host.write.why.permission');
  if (code === 'ENOSPC') return msg('host.write.why.diskFull');
  if (code === 'EISDIR') return msg('host.write.why.isFolder');
  if (code === 'ENOENT') return msg('host.write.why.folderGone');
  if (code === 'ENOTDIR') return msg('host.write.why.notFolder');
  if (code === 'ENAMETOOLONG') return msg('host.write.why.nameTooLong');
  return msg('host.write.why.refused');
}

/**
 * `failure`: the error code to throw and how the message names the file (each caller quotes
 * names its own way). The temporary file is removed when anything fails.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array, failure: { readonly code: string; readonly what: string }): Promise<void> {
  const temp = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      // On disk before the rename: after a power cut the name holds the old file or the whole new one.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new AppError({ code: failure.code, message: msg('host.write.couldNotSave', { what: failure.what, why: whyUnwritable(err) }), detail: `${filePath}: ${reason(err)}` });
  }
}
