/**
 * Decodes every image once, a batch at a time, to learn its size and colours. A file that cannot
 * be read or decoded is listed as skipped with a plain reason; it never stops the batch.
 */
import { AppError, clipMessage } from '../../errors';
import { msg, type Message } from '../../i18n/message';
import { checkImageSize } from './header';
import { formatOfBytes } from './sniff';
import type { DecodedImage, ImageProgress, ImageScan, ImageSource, ImageStats, SkippedFile } from './types';

export const DEFAULT_DECODE_BATCH = 32;

/** R = G = B at every pixel, and whether any pixel is not fully opaque. */
export function colourStats(image: DecodedImage): { grayscale: boolean; hasAlpha: boolean } {
  const { rgba } = image;
  let grayscale = true;
  let hasAlpha = false;
  for (let i = 0; i < rgba.length; i += 4) {
    if (grayscale && (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2])) grayscale = false;
    if (!hasAlpha && rgba[i + 3] !== 255) hasAlpha = true;
    if (!grayscale && hasAlpha) break;
  }
  return { grayscale, hasAlpha };
}

/** Why a file could not be used, in plain words, from whatever the decoder threw. */
export function skipReason(bytes: Uint8Array | null, err: unknown): Message {
  // An AppError already says it in plain words (an image too large, a link leaving the folder).
  if (err instanceof AppError) return err.msg;
  const detail = clipMessage(err instanceof Error ? err.message : String(err));
  if (bytes === null) return msg('sources.images.skip.unreadable', { detail });
  if (bytes.length === 0) return msg('sources.images.skip.empty');
  const format = formatOfBytes(bytes);
  if (format === null) return msg('sources.images.skip.notImage');
  return msg('sources.images.skip.damaged', { format: format.toUpperCase(), detail });
}

/** Checks a decoder's answer, so a wrong one is a skip, not garbage in the tensors. */
export function checkDecoded(image: DecodedImage): void {
  const { width, height, rgba } = image;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) throw new Error(`size ${width}×${height}`);
  if (rgba.length !== width * height * 4) throw new Error(`${rgba.length} bytes for ${width}×${height} pixels`);
}

/**
 * Reads and decodes one entry; the image, or the reason it was skipped. Training, inspection and
 * prediction on new images all go through here, so a file is refused for the same reasons.
 */
export async function loadImage(source: Pick<ImageSource, 'read' | 'decode'>, path: string): Promise<DecodedImage | SkippedFile> {
  let bytes: Uint8Array | null = null;
  try {
    bytes = await source.read(path);
    // Before any decoder allocates the pixels a tiny file may declare.
    checkImageSize(bytes, path);
    const image = await source.decode(bytes, path);
    checkDecoded(image);
    return image;
  } catch (err) {
    return { relativePath: path, reason: skipReason(bytes, err) };
  }
}

export function isSkipped(x: DecodedImage | SkippedFile): x is SkippedFile {
  return 'reason' in x;
}

export async function scanImages(
  source: ImageSource,
  hooks: { onProgress?(p: ImageProgress): void; batchSize?: number } = {},
): Promise<ImageScan> {
  const entries = source.index.entries;
  const batchSize = Math.max(1, hooks.batchSize ?? DEFAULT_DECODE_BATCH);
  const images: ImageStats[] = [];
  const skipped: SkippedFile[] = [];
  for (let start = 0; start < entries.length; start += batchSize) {
    const batch = entries.slice(start, start + batchSize);
    const loaded = await Promise.all(batch.map((e) => loadImage(source, e.relativePath)));
    loaded.forEach((result, i) => {
      if (isSkipped(result)) skipped.push(result);
      else images.push({ entry: start + i, width: result.width, height: result.height, ...colourStats(result) });
    });
    hooks.onProgress?.({ phase: 'scan', done: Math.min(entries.length, start + batch.length), total: entries.length });
  }
  return { images, skipped };
}
