/**
 * Images read a batch at a time while training: a SampleReader whose examples are files,
 * decoded, resized and scaled exactly as encodeImages does it when it keeps them in memory.
 * A file that decoded at inspection and fails now stops the run with the file named: leaving it
 * out would shift every example after it onto another example's label.
 */
import { AppError, quoteInput } from '../../errors';
import { msg, type Message } from '../../i18n/message';
import type { SampleReader } from '../../features/types';
import type { InputMemory } from '../kind';
import { english } from '../../i18n/translate';
import { resizeBilinear } from './resize';
import { DEFAULT_DECODE_BATCH, isSkipped, loadImage } from './scan';
import type { DecodedImage, ImageEncodingPlan, ImageSource, SkippedFile } from './types';

/** One sentence: whether the decoded images are kept in memory or read a batch at a time, with the sizes in MB. */
export function imageMemoryMessage(memory: InputMemory): Message {
  const mb = (bytes: number): number => Math.round(bytes / (1024 * 1024));
  const params = { decodedMb: Math.max(mb(memory.decodedBytes), memory.decodedBytes > 0 ? 1 : 0), budgetMb: mb(memory.budgetBytes) };
  return msg(memory.mode === 'cached' ? 'sources.images.memory.cached' : 'sources.images.memory.streamed', params);
}

/** A file that was readable when the set was inspected and is not now. */
export function changedFileError(skipped: SkippedFile): AppError {
  return new AppError({
    code: 'images/changed',
    message: msg('sources.images.memory.changed', { file: quoteInput(skipped.relativePath), reason: skipped.reason }),
    detail: `${skipped.relativePath}: ${english(skipped.reason)}`,
  });
}

/** The image at `path`, decoded; throws changedFileError when it no longer decodes. */
export async function loadKnownImage(source: Pick<ImageSource, 'read' | 'decode'>, path: string): Promise<DecodedImage> {
  const loaded = await loadImage(source, path);
  if (isSkipped(loaded)) throw changedFileError(loaded);
  return loaded;
}

/** `paths[i]` is example i of the reader (one side of the split, in its order). */
export function imageReader(source: Pick<ImageSource, 'read' | 'decode'>, paths: readonly string[], plan: Pick<ImageEncodingPlan, 'height' | 'width' | 'channels'>): SampleReader {
  const { height, width, channels } = plan;
  const sampleSize = height * width * channels;
  return {
    count: paths.length,
    sampleSize,
    async read(rows) {
      const out = new Float32Array(rows.length * sampleSize);
      // A few files at a time: enough to keep the reads busy, never a whole batch of 1,024 at once.
      for (let start = 0; start < rows.length; start += DEFAULT_DECODE_BATCH) {
        const count = Math.min(DEFAULT_DECODE_BATCH, rows.length - start);
        const images = await Promise.all(
          Array.from({ length: count }, (_, i) => {
            const path = paths[rows[start + i] as number];
            if (path === undefined) throw new Error(`image ${String(rows[start + i])} of ${paths.length} asked for`);
            return loadKnownImage(source, path);
          }),
        );
        images.forEach((image, i) => out.set(resizeBilinear(image, height, width, channels), (start + i) * sampleSize));
      }
      return out;
    },
  };
}
