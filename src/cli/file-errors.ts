/**
 * The error every command gives when the path it was handed cannot be opened: a sentence per
 * system error code (the code itself goes to the detail), never "EISDIR" as the message.
 */
import { AppError, clipMessage, quoteInput } from '../core/errors';

type What = 'file' | 'folder' | 'file or folder';

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short reason for a system error, as a skipped file's reason says it; undefined for a code without words here. */
export function errnoReason(err: unknown): string | undefined {
  switch (codeOf(err)) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of its path is a file, not a folder';
    case 'ELOOP':
      return 'it is a link that leads to itself (a loop of links)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    case 'EIO':
      return 'the disk could not be read';
    default:
      return undefined;
  }
}

function sentence(shown: string, err: unknown, what: What): string {
  switch (codeOf(err)) {
    case 'ENOENT':
      return `Cannot open ${shown}: no such ${what}.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot open ${shown}: Layerbench is not allowed to read it. Check its permissions.`;
    case 'EISDIR':
      return `${shown} is a folder, not a file.`;
    case 'ENOTDIR':
      return what === 'folder' ? `${shown} is a file, not a folder.` : `Cannot open ${shown}: part of the path is a file, not a folder.`;
    case 'ELOOP':
      return `Cannot open ${shown}: it is a link that leads back to itself (a loop of links).`;
    case 'EMFILE':
    case 'ENFILE':
      return `Cannot open ${shown}: too many files are open at once. Close some programs and try again.`;
    case 'ENAMETOOLONG':
      return `Cannot open ${shown}: the path is too long.`;
    case 'EIO':
      return `Cannot open ${shown}: the disk could not be read.`;
    default:
      return `Cannot open ${shown}: no such ${what}, or it cannot be read.`;
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
