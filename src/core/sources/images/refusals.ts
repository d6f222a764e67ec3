/**
 * Why an image file of a folder was not read, in the words every reader uses (the CLI reads
 * files itself; in Electron the main process reads them and sends the reason with empty bytes).
 */
import { AppError } from '../../errors';
import { msg, type Message } from '../../i18n/message';

/** Image files larger than this are not read (a photo is a few MB; more is a mistake or an attack). */
export const MAX_IMAGE_FILE_BYTES = 50_000_000;

export const imageRefusals = {
  outsideFolder: (): Message => msg('sources.images.refused.outsideFolder'),
  linkOutside: (): Message => msg('sources.images.refused.linkOutside'),
  isFolder: (): Message => msg('sources.images.refused.isFolder'),
  tooLarge: (bytes: number): Message => msg('sources.images.refused.tooLarge', { megabytes: Math.round(bytes / 1e6), limit: MAX_IMAGE_FILE_BYTES / 1e6 }),
  unreadable: (): Message => msg('sources.images.refused.unreadable'),
  gone: (): Message => msg('sources.images.refused.gone'),
};

/** The error a reader throws for a refused file: scanning lists the file as skipped with `reason`. */
export function refusedImage(code: string, reason: Message, detail?: string): AppError {
  return new AppError({ code, message: reason, ...(detail !== undefined ? { detail } : {}) });
}
