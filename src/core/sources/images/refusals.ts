/**
 * Why an image file of a folder was not read, in the words every reader uses (the CLI reads
 * files itself; in Electron the main process reads them and sends the reason with empty bytes).
 */
import { AppError } from '../../errors';

/** Image files larger than this are not read (a photo is a few MB; more is a mistake or an attack). */
export const MAX_IMAGE_FILE_BYTES = 50_000_000;

export const imageRefusals = {
  outsideFolder: (): string => 'the path points outside the dataset folder, so it was not read',
  linkOutside: (): string => 'the file is a link to a place outside the dataset folder, so it was not read',
  isFolder: (): string => 'it is a folder, not an image file',
  tooLarge: (bytes: number): string =>
    `the file is ${Math.round(bytes / 1e6).toLocaleString('en-US')} MB; Layerbench reads image files up to ${MAX_IMAGE_FILE_BYTES / 1e6} MB`,
  unreadable: (): string => 'the system refused to read it',
  gone: (): string => 'the file is no longer there (moved or deleted after the folder was opened)',
};

/** The error a reader throws for a refused file: scanning lists the file as skipped with `reason`. */
export function refusedImage(code: string, reason: string, detail?: string): AppError {
  return new AppError({ code, message: reason, ...(detail !== undefined ? { detail } : {}) });
}
