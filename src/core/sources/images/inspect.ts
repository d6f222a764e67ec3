/**
 * What the decoded images look like, in the user's terms: images per class (with a warning on
 * strong imbalance), the sizes found, colour or grayscale, the proposed (None, H, W, C) and its
 * explanation, and the files that were skipped.
 */
import { appErrorInfo, quoteInput, type AppErrorInfo } from '../../errors';
import { listOf, msg, type Message } from '../../i18n/message';
import { batchAxis, noneMeaning, shapeText } from '../../shape/explain';
import type { ShapeExplanation } from '../../shape/types';
import type {
  ImageEncodingPlan,
  ImageIndex,
  ImageInspection,
  ImageScan,
  SizeCount,
  SizeSpread,
} from './types';
import { MIN_IMAGE_SIDE, NO_AUGMENT } from './types';

/** The longer side of the proposed size: small images train fast enough on a laptop's CPU. */
export const PROPOSED_MAX_SIDE = 64;
/** Largest class / smallest class above this ratio gets a warning. */
export const IMBALANCE_RATIO = 3;

function spread(values: readonly number[]): SizeSpread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { min: 0, median: 0, max: 0 };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[n - 1] as number };
}

/** Distinct sizes, most common first (ties: the larger area, then width). */
export function sizeCounts(sizes: readonly { width: number; height: number }[]): SizeCount[] {
  const counts = new Map<string, SizeCount>();
  for (const { width, height } of sizes) {
    const key = `${width}x${height}`;
    const seen = counts.get(key);
    counts.set(key, { width, height, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.width * b.height - a.width * a.height || b.width - a.width);
}

/**
 * The most common size, scaled down so its longer side is at most 64 pixels (keeping the
 * aspect ratio, rounded), and never below 8 pixels a side.
 */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

export function proposeImageSize(sizes: readonly { width: number; height: number }[]): { height: number; width: number } {
  const top = sizeCounts(sizes)[0];
  if (!top) return { height: 32, width: 32 };
  // A size most images share is the natural choice; when sizes are spread out (no size is
  // shared by half of the images), the median height and width stand for the set better.
  const common = top.count * 2 >= sizes.length ? top : { width: median(sizes.map((s) => s.width)), height: median(sizes.map((s) => s.height)) };
  const scale = Math.min(1, PROPOSED_MAX_SIDE / Math.max(common.width, common.height));
  return {
    height: Math.max(MIN_IMAGE_SIDE, Math.round(common.height * scale)),
    width: Math.max(MIN_IMAGE_SIDE, Math.round(common.width * scale)),
  };
}

type ChannelWhy = 'grayOne' | 'colourToGray' | 'grayThree' | 'colour';

function channelWhy(channels: 1 | 3, grayscale: boolean): Message {
  const why: ChannelWhy = channels === 1 ? (grayscale ? 'grayOne' : 'colourToGray') : grayscale ? 'grayThree' : 'colour';
  return msg('shape.images.channels.why', { why });
}

export function explainImageShape(
  height: number,
  width: number,
  channels: 1 | 3,
  why: { grayscale: boolean; alphaDropped: boolean },
): ShapeExplanation {
  const inputShape = [null, height, width, channels] as const;
  const because = channelWhy(channels, why.grayscale);
  return {
    inputShape,
    text: shapeText(inputShape),
    axes: [
      batchAxis('images'),
      { symbol: 'H', value: height, description: msg('shape.images.axis.height', { height }) },
      { symbol: 'W', value: width, description: msg('shape.images.axis.width', { width }) },
      { symbol: 'C', value: channels, description: msg('shape.images.axis.channels', { channels, why: because }) },
    ],
    sum: msg('shape.images.sum', { height, width, channels, why: because, alpha: why.alphaDropped ? 'yes' : 'no', total: height * width * channels }),
    parts: [],
    notes: [msg('shape.images.note.resize', { height, width })],
    noneMeaning: noneMeaning('images'),
  };
}

export function inspectImages(index: ImageIndex, scan: ImageScan): ImageInspection {
  const { images } = scan;
  const grayscale = images.length > 0 && images.every((i) => i.grayscale);
  const alphaDropped = images.some((i) => i.hasAlpha);
  const channels: 1 | 3 = grayscale ? 1 : 3;
  const top = sizeCounts(images);
  const proposedSize = proposeImageSize(images);
  const explanation = explainImageShape(proposedSize.height, proposedSize.width, channels, { grayscale, alphaDropped });
  const warnings: AppErrorInfo[] = [];

  const classes = index.classes.map((label) => ({ label, count: 0 }));
  const classAt = new Map(index.classes.map((label, i) => [label, i]));
  const targets: number[] = [];
  for (const image of images) {
    const entry = index.entries[image.entry];
    if (entry?.label !== undefined) {
      const c = classes[classAt.get(entry.label) ?? -1];
      if (c) c.count += 1;
    }
    if (entry?.target !== undefined) targets.push(entry.target);
  }
  if (index.task === 'classification' && classes.length > 0) {
    const largest = classes.reduce((a, b) => (b.count > a.count ? b : a));
    const smallest = classes.reduce((a, b) => (b.count < a.count ? b : a));
    if (smallest.count === 0) {
      warnings.push(appErrorInfo({ code: 'images/empty-class', message: msg('sources.images.emptyClass', { label: quoteInput(smallest.label) }) }));
    } else if (largest.count / smallest.count > IMBALANCE_RATIO) {
      warnings.push(
        appErrorInfo({
          code: 'images/imbalance',
          message: msg('sources.images.imbalance', {
            largest: quoteInput(largest.label),
            largestCount: largest.count,
            smallest: quoteInput(smallest.label),
            smallestCount: smallest.count,
            ratio: Math.round((largest.count / smallest.count) * 10) / 10,
          }),
        }),
      );
    }
  }
  if (scan.skipped.length > 0) {
    const shown = scan.skipped.slice(0, 3).map((s) => s.relativePath);
    warnings.push(
      appErrorInfo({
        code: 'images/skipped',
        message: msg('sources.images.skipped', { count: scan.skipped.length, files: listOf(shown), more: scan.skipped.length - shown.length }),
      }),
    );
  }
  if (alphaDropped) warnings.push(appErrorInfo({ code: 'images/alpha-dropped', message: msg('sources.images.alphaDropped') }));
  if (top.length > 1) {
    warnings.push(
      appErrorInfo({
        code: 'images/mixed-sizes',
        message: msg('sources.images.mixedSizes', { sizes: top.length, width: proposedSize.width, height: proposedSize.height }),
      }),
    );
  }
  const mostCommon = top[0] ?? { width: 0, height: 0, count: 0 };
  const targetSpread = targets.length > 0 ? { ...spread(targets), mean: targets.reduce((a, b) => a + b, 0) / targets.length } : undefined;
  return {
    kind: 'images',
    name: index.name,
    source: index.source,
    task: index.task,
    targetName: index.targetName,
    taskReason: index.taskReason,
    imageCount: images.length,
    classes: index.task === 'classification' ? classes : [],
    ...(targetSpread ? { target: targetSpread } : {}),
    sizes: {
      width: spread(images.map((i) => i.width)),
      height: spread(images.map((i) => i.height)),
      mostCommon,
      distinct: top.length,
      top: top.slice(0, 8),
    },
    grayscale,
    alphaDropped,
    channels,
    channelReason: msg('shape.images.channelReason', { channels, why: channelWhy(channels, grayscale), alpha: alphaDropped ? 'yes' : 'no' }),
    proposedSize,
    inputShape: [null, proposedSize.height, proposedSize.width, channels],
    explanation,
    resizeMethod: 'bilinear',
    skipped: scan.skipped,
    ignored: index.ignored,
    warnings,
  };
}

/** The plan the app starts from: the proposed size and channels, no augmentation. */
export function defaultImagePlan(inspection: ImageInspection): ImageEncodingPlan {
  return { ...inspection.proposedSize, channels: inspection.channels, augment: NO_AUGMENT };
}
