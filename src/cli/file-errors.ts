/**
 * The error every command gives when the path it was handed cannot be opened: a sentence per
 * system error code (the code itself goes to the detail), never "EISDIR" as the message.
 */
import { AppError, clipMessage, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';

type What = 'file' | 'folder' | 'file or folder';

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short reason for a system error, as a skipped file's reason says it; undefined for a code without words here. */
export function errnoReason(err: unknown): Message | undefined {
  switch (codeOf(err)) {
    case 'ENOENT':
      return msg('cli.file.reason.noSuchFile');
    case 'EACCES':
    case 'EPERM':
      return msg('cli.file.reason.permission');
    case 'EISDIR':
      return msg('cli.file.reason.isFolder');
    case 'ENOTDIR':
      return msg('cli.file.reason.pathThroughFile');
    case 'ELOOP':
      return msg('cli.file.reason.loop');
    case 'EMFILE':
    case 'ENFILE':
      return msg('cli.file.reason.tooManyOpen');
    case 'ENAMETOOLONG':
      return msg('cli.file.reason.nameTooLong');
    case 'EIO':
      return msg('cli.file.reason.diskError');
    default:
      return undefined;
  }
}

function sentence(file: string, err: unknown, what: What): Message {
  const kind = what === 'file or folder' ? 'fileOrFolder' : what;
  switch (codeOf(err)) {
    case 'ENOENT':
      return msg('cli.file.open.missing', { file, what: kind });
    case 'EACCES':
    case 'EPERM':
      return msg('cli.file.open.permission', { file });
    case 'EISDIR':
      return msg('cli.file.open.isFolder', { file });
    case 'ENOTDIR':
      return what === 'folder' ? msg('cli.file.open.isFile', { file }) : msg('cli.file.open.pathThroughFile', { file });
    case 'ELOOP':
      return msg('cli.file.open.loop', { file });
    case 'EMFILE':
    case 'ENFILE':
      return msg('cli.file.open.tooManyOpen', { file });
    case 'ENAMETOOLONG':
      return msg('cli.file.open.nameTooLong', { file });
    case 'EIO':
      return msg('cli.file.open.diskError', { file });
    default:
      return msg('cli.file.open.other', { file, what: kind });
  }
}

export function cannotOpen(path: string, err: unknown, what: What = 'file'): AppError {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  return new AppError({
    code: 'cli/file-not-found',
    message: sentence(quoteInput(path), err, what),
    detail: clipMessage(code !== undefined && !message.startsWith(code) ? `${code}: ${message}` : message, 2000),
  });
}
