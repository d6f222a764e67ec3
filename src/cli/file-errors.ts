/** The error every command gives when the path it was handed cannot be opened. */
import { AppError } from '../core/errors';

export function cannotOpen(path: string, err: unknown, what: 'file' | 'file or folder' = 'file'): AppError {
  if (err instanceof AppError) return err;
  return new AppError({
    code: 'cli/file-not-found',
    message: `Cannot open “${path}”: no such ${what}, or it cannot be read.`,
    detail: err instanceof Error ? err.message : String(err),
  });
}
