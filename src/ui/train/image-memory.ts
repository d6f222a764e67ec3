/**
 * The sentence that says, after preparing an image dataset, whether its decoded images are kept
 * in memory or read from disk in batches each epoch, and why.
 */
import { msg, type Message } from '../../core/i18n/message';
import type { InputMemory } from '../../core/sources/kind';

/** What the training worker reports of an image run's decoded images (a budget of 0: always read from disk). */
export type ImageMemoryReport = InputMemory;

/** Sizes as the reader reads them ("1.5 GB"), in the UI's language. */
export type BytesFormatter = (bytes: number) => string;

/** "Images are read from disk in batches: decoded, the 30,000 images would take 1.5 GB, more than the 512 MB set aside." */
export function imageMemoryMessage(report: ImageMemoryReport, images: number, bytes: BytesFormatter): Message {
  const decoded = bytes(report.decodedBytes);
  if (report.mode === 'cached') return msg('train.imageMemory.cached', { images, decoded });
  if (report.budgetBytes <= 0) return msg('train.imageMemory.streamedOff', { images, decoded });
  return msg('train.imageMemory.streamed', { images, decoded, budget: bytes(report.budgetBytes) });
}
