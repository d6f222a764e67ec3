/**
 * Images → EncodedDataset [N, H, W, C]: every file decoded in batches (with progress), resized
 * bilinearly, brought to C channels and scaled to 0–1, then split (seeded, stratified) into the
 * training and held-out parts. Files that cannot be decoded are skipped with the reason.
 *
 * Memory: when the decoded set fits `cacheBytes` it is decoded once and kept (two Float32Arrays);
 * otherwise each side is a reader (stream.ts) that decodes the files a batch at a time while
 * training asks for them, so that memory does not grow with the number of images. The split,
 * the order of the examples and every number are the same either way.
 */
import { AppError, quoteInput } from '../../errors';
import { msg } from '../../i18n/message';
import { meanStd } from '../../features/fit';
import type { EncodedDataset, ImagePreprocessing, Preprocessing, SampleInputs, Split } from '../../features/types';
import type { InputMemory } from '../kind';
import { resizeBilinear } from './resize';
import { DEFAULT_DECODE_BATCH, isSkipped, loadImage } from './scan';
import { splitSamples } from '../../features/split';
import { changedFileError, imageReader } from './stream';
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
  /** Kept in memory or read a batch at a time; absent when no budget was given (always kept). */
  readonly memory?: InputMemory;
}

export interface EncodeImageOptions {
  readonly testFraction: number;
  readonly seed: number;
  /** Bytes the decoded set may take to be kept in memory; absent = no limit, 0 = always read a batch at a time. */
  readonly cacheBytes?: number;
}

interface Decoded {
  readonly usable: ImageEntry[];
  readonly skipped: SkippedFile[];
  /** Per usable image, while kept in memory; null once it sits in the side's array, or when streaming. */
  readonly pixels: (Float32Array | null)[] | null;
}

/**
 * Decodes `entries` in batches. `keep`: hold the pixels. `known`: the inspection's unreadable
 * files are given, so any failure now is an error rather than a skip (a skip would change the
 * split from the one the user saw).
 */
async function decodeAll(
  source: ImageSource,
  entries: readonly ImageEntry[],
  plan: ImageEncodingPlan,
  opts: { keep: boolean; known: boolean; batchSize: number; onProgress?: (p: ImageProgress) => void },
): Promise<Decoded> {
  const { height, width, channels } = plan;
  const pixels: (Float32Array | null)[] = [];
  const usable: ImageEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (let start = 0; start < entries.length; start += opts.batchSize) {
    const batch = entries.slice(start, start + opts.batchSize);
    const loaded = await Promise.all(batch.map((e) => loadImage(source, e.relativePath)));
    loaded.forEach((result, i) => {
      if (isSkipped(result)) {
        if (opts.known) throw changedFileError(result);
        skipped.push(result);
      } else {
        usable.push(batch[i] as ImageEntry);
        if (opts.keep) pixels.push(resizeBilinear(result, height, width, channels));
      }
    });
    opts.onProgress?.({ phase: 'encode', done: Math.min(entries.length, start + batch.length), total: entries.length });
  }
  return { usable, skipped, pixels: opts.keep ? pixels : null };
}

/**
 * Decodes `usable` straight into the two sides' arrays, each image into its row, once the split is
 * known: the decoded set is held once, not also as one array per image until it is copied.
 */
async function decodeIntoSides(
  source: ImageSource,
  usable: readonly ImageEntry[],
  split: Split,
  plan: ImageEncodingPlan,
  opts: { batchSize: number; onProgress?: (p: ImageProgress) => void },
): Promise<{ train: Float32Array; test: Float32Array }> {
  const { height, width, channels } = plan;
  const size = height * width * channels;
  const train = new Float32Array(split.train.length * size);
  const test = new Float32Array(split.test.length * size);
  const slots: ([Float32Array, number] | undefined)[] = new Array(usable.length);
  split.train.forEach((r, i) => (slots[r] = [train, i * size]));
  split.test.forEach((r, i) => (slots[r] = [test, i * size]));
  for (let start = 0; start < usable.length; start += opts.batchSize) {
    const batch = usable.slice(start, start + opts.batchSize);
    const loaded = await Promise.all(batch.map((e) => loadImage(source, e.relativePath)));
    loaded.forEach((result, i) => {
      if (isSkipped(result)) throw changedFileError(result);
      const slot = slots[start + i];
      if (slot) slot[0].set(resizeBilinear(result, height, width, channels), slot[1]);
    });
    opts.onProgress?.({ phase: 'encode', done: Math.min(usable.length, start + batch.length), total: usable.length });
  }
  return { train, test };
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
  opts: EncodeImageOptions,
  hooks: { onProgress?(p: ImageProgress): void; batchSize?: number } = {},
): Promise<EncodedImages> {
  validateImagePlan(plan);
  const { index } = source;
  const { height, width, channels } = plan;
  const sampleSize = height * width * channels;
  const batchSize = Math.max(1, hooks.batchSize ?? DEFAULT_DECODE_BATCH);
  const unreadable = source.unreadable;
  const known = unreadable !== undefined;
  const left = new Set(unreadable?.map((s) => s.relativePath));
  const candidates = known ? index.entries.filter((e) => !left.has(e.relativePath)) : index.entries;
  const budget = opts.cacheBytes ?? Number.POSITIVE_INFINITY;
  const keep = budget > 0 && candidates.length * sampleSize * 4 <= budget;
  const progress = hooks.onProgress ? (p: ImageProgress) => hooks.onProgress?.(p) : undefined;
  // With the unreadable files known, the split is known before decoding: streaming decodes nothing
  // now (training reads each file when it needs it), and a kept set is decoded into its rows.
  const { usable, skipped, pixels } =
    known
      ? { usable: [...candidates], skipped: [], pixels: null }
      : await decodeAll(source, candidates, plan, { keep, known, batchSize, ...(progress ? { onProgress: progress } : {}) });
  // With them known, the inspection's reasons stand for the files it could not read.
  const allSkipped = unreadable ? [...unreadable] : skipped;

  const classification = index.task === 'classification';
  const classes = classification ? index.classes.filter((c) => usable.some((e) => e.label === c)) : [];
  if (classification && classes.length < 2) {
    throw new AppError({
      code: 'images/one-class',
      message: classes.length === 1 ? msg('sources.images.oneReadableClass', { label: quoteInput(classes[0] ?? '') }) : msg('sources.images.noReadableClass'),
      detail: `${allSkipped.length} skipped`,
    });
  }
  const classAt = new Map(classes.map((c, i) => [c, i]));
  const ids = classification ? Int32Array.from(usable, (e) => classAt.get(e.label ?? '') ?? 0) : null;
  const split = splitSamples(usable.length, ids, opts, 'readableImage');

  const targets = Float64Array.from(usable, (e) => e.target ?? Number.NaN);
  const { mean, std } = classification ? { mean: 0, std: 1 } : meanStd(targets, split.train);
  const units = classification ? classes.length : 1;
  const sides = keep && known ? await decodeIntoSides(source, usable, split, plan, { batchSize, ...(progress ? { onProgress: progress } : {}) }) : null;
  const inputs = (rows: Uint32Array, side: 'train' | 'test'): SampleInputs => {
    if (sides) return sides[side];
    if (!pixels) return imageReader(source, Array.from(rows, (r) => (usable[r] as ImageEntry).relativePath), plan);
    const x = new Float32Array(rows.length * sampleSize);
    rows.forEach((r, i) => {
      x.set(pixels[r] as Float32Array, i * sampleSize);
      pixels[r] = null; // let the per-image copy go once it sits in the big array
    });
    return x;
  };
  const part = (rows: Uint32Array, side: 'train' | 'test') => {
    const y = new Float32Array(rows.length * units);
    const target = new Float32Array(rows.length);
    rows.forEach((r, i) => {
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
    return { x: inputs(rows, side), y, target };
  };
  const train = part(split.train, 'train');
  const test = part(split.test, 'test');
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
    droppedRows: allSkipped.length,
  };
  const memory: InputMemory | undefined =
    opts.cacheBytes === undefined ? undefined : { mode: pixels || sides ? 'cached' : 'streamed', decodedBytes: usable.length * sampleSize * 4, budgetBytes: opts.cacheBytes };
  return {
    encoded,
    split,
    usable,
    skipped: allSkipped,
    testPaths: Array.from(split.test, (r) => (usable[r] as ImageEntry).relativePath),
    ...(memory ? { memory } : {}),
  };
}
