/**
 * Images → EncodedDataset [N, H, W, C]: every file decoded lazily in batches (with progress),
 * resized bilinearly, brought to C channels and scaled to 0–1, then split (seeded, stratified)
 * into the training and held-out parts. Files that cannot be decoded are skipped with the reason.
 */
import { AppError, quoteInput } from '../../errors';
import { msg } from '../../i18n/message';
import { meanStd } from '../../features/fit';
import type { EncodedDataset, ImagePreprocessing, Preprocessing, Split } from '../../features/types';
import { resizeBilinear } from './resize';
import { DEFAULT_DECODE_BATCH, isSkipped, loadImage } from './scan';
import { splitSamples } from '../../features/split';
import type { ImageEncodingPlan, ImageEntry, ImageProgress, ImageSource, SkippedFile } from './types';
import { MAX_IMAGE_SIDE, MIN_IMAGE_SIDE } from './types';

export interface EncodedImages {
  readonly encoded: EncodedDataset;
  /** Indices into `usable`. */
  readonly split: Split;
  /** The entries that decoded, in index order. */
  readonly usable: readonly ImageEntry[];
  readonly skipped: readonly SkippedFile[];
  /** relativePath of each held-out image, in the order of the evaluation's predictions. */
  readonly testPaths: readonly string[];
}

export function validateImagePlan(plan: ImageEncodingPlan): void {
  for (const [name, value] of [['height', plan.height], ['width', plan.width]] as const) {
    if (!Number.isInteger(value) || value < MIN_IMAGE_SIDE || value > MAX_IMAGE_SIDE) {
      throw new AppError({
        code: 'images/bad-size',
        message: msg('sources.images.plan.badSize', { side: name, min: MIN_IMAGE_SIDE, max: MAX_IMAGE_SIDE, value: String(value) }),
        fix: { label: msg('sources.images.plan.useProposedSize'), action: 'images-size:proposed' },
      });
    }
  }
  if (plan.channels !== 1 && plan.channels !== 3) {
    throw new AppError({ code: 'images/bad-channels', message: msg('sources.images.plan.badChannels', { channels: String(plan.channels) }) });
  }
}

export async function encodeImages(
  source: ImageSource,
  plan: ImageEncodingPlan,
  opts: { testFraction: number; seed: number },
  hooks: { onProgress?(p: ImageProgress): void; batchSize?: number } = {},
): Promise<EncodedImages> {
  validateImagePlan(plan);
  const { index } = source;
  const { height, width, channels } = plan;
  const sampleSize = height * width * channels;
  const batchSize = Math.max(1, hooks.batchSize ?? DEFAULT_DECODE_BATCH);
  const pixels: (Float32Array | null)[] = [];
  const usable: ImageEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (let start = 0; start < index.entries.length; start += batchSize) {
    const batch = index.entries.slice(start, start + batchSize);
    const loaded = await Promise.all(batch.map((e) => loadImage(source, e.relativePath)));
    loaded.forEach((result, i) => {
      if (isSkipped(result)) {
        skipped.push(result);
      } else {
        usable.push(batch[i] as ImageEntry);
        pixels.push(resizeBilinear(result, height, width, channels));
      }
    });
    hooks.onProgress?.({ phase: 'encode', done: Math.min(index.entries.length, start + batch.length), total: index.entries.length });
  }

  const classification = index.task === 'classification';
  const classes = classification ? index.classes.filter((c) => usable.some((e) => e.label === c)) : [];
  if (classification && classes.length < 2) {
    throw new AppError({
      code: 'images/one-class',
      message: classes.length === 1 ? msg('sources.images.oneReadableClass', { label: quoteInput(classes[0] ?? '') }) : msg('sources.images.noReadableClass'),
      detail: `${skipped.length} skipped`,
    });
  }
  const classAt = new Map(classes.map((c, i) => [c, i]));
  const ids = classification ? Int32Array.from(usable, (e) => classAt.get(e.label ?? '') ?? 0) : null;
  const split = splitSamples(usable.length, ids, opts, 'readableImage');

  const targets = Float64Array.from(usable, (e) => e.target ?? Number.NaN);
  const { mean, std } = classification ? { mean: 0, std: 1 } : meanStd(targets, split.train);
  const units = classification ? classes.length : 1;
  const part = (rows: Uint32Array) => {
    const x = new Float32Array(rows.length * sampleSize);
    const y = new Float32Array(rows.length * units);
    const target = new Float32Array(rows.length);
    rows.forEach((r, i) => {
      x.set(pixels[r] as Float32Array, i * sampleSize);
      pixels[r] = null; // let the per-image copy go once it sits in the big array
      if (ids) {
        const c = ids[r] as number;
        y[i * units + c] = 1;
        target[i] = c;
      } else {
        const v = targets[r] as number;
        y[i] = (v - mean) / std;
        target[i] = v;
      }
    });
    return { x, y, target };
  };
  const train = part(split.train);
  const test = part(split.test);
  const image: ImagePreprocessing = { height, width, channels, resize: 'bilinear', pixelScale: 'divide-by-255', alpha: 'dropped' };
  const preprocessing: Preprocessing = {
    task: index.task,
    target: index.targetName,
    slots: [],
    imputation: 'mean',
    image,
    ...(classification ? { classes } : { targetMean: mean, targetStd: std }),
  };
  const encoded: EncodedDataset = {
    preprocessing,
    inputShape: [null, height, width, channels],
    outputUnits: units,
    trainX: train.x,
    trainY: train.y,
    testX: test.x,
    testY: test.y,
    trainTarget: train.target,
    testTarget: test.target,
    trainRows: split.train.length,
    testRows: split.test.length,
    droppedRows: skipped.length,
  };
  return { encoded, split, usable, skipped, testPaths: Array.from(split.test, (r) => (usable[r] as ImageEntry).relativePath) };
}
