/**
 * Images: a folder with one sub-folder per class (or a CSV of image paths) becomes
 * (None, H, W, C) by decoding, resizing and scaling every file. What the Data step holds is
 * the index and the inspection (sizes, colours, unreadable files), so that choosing a size or
 * the channels never decodes an image again; decoding happens in inspect and prepare.
 */
import { appErrorInfo, quoteInput, toAppErrorInfo } from '../../errors';
import { msg } from '../../i18n/message';
import { splitSamples } from '../../features/split';
import type { Split } from '../../features/types';
import { emptyAnalysis } from '../analysis';
import type { DataKind, ExampleView, KindAnalysis, SplitOptions } from '../kind';
import { augmentImages, isAugmenting } from './augment';
import { encodeImages, validateImagePlan } from './encode';
import { defaultImagePlan, explainImageShape, inspectImages } from './inspect';
import { scanImages } from './scan';
import type { ImageEncodingPlan, ImageIndex, ImageInspection, ImageSource } from './types';

/** What the Data step holds about an image dataset. */
export interface ImageSummary {
  readonly index: ImageIndex;
  readonly inspection: ImageInspection;
}

function problemsOf(plan: ImageEncodingPlan): ReturnType<typeof toAppErrorInfo>[] {
  try {
    validateImagePlan(plan);
    return [];
  } catch (err) {
    return [toAppErrorInfo(err, msg('sources.images.plan.unusable'))];
  }
}

/** The class of each readable image, in index order (what a run splits on). */
function usableClassIds({ index, inspection }: ImageSummary): Int32Array {
  const skipped = new Set(inspection.skipped.map((s) => s.relativePath));
  const classOf = new Map(index.classes.map((c, i) => [c, i]));
  return Int32Array.from(index.entries.filter((e) => !skipped.has(e.relativePath)), (e) => classOf.get(e.label ?? '') ?? 0);
}

function split(summary: ImageSummary, _plan: ImageEncodingPlan, opts: SplitOptions): Split {
  const classIds = summary.index.task === 'classification' ? usableClassIds(summary) : null;
  return splitSamples(summary.inspection.imageCount, classIds, opts, 'readableImage');
}

function explain(summary: ImageSummary, plan: ImageEncodingPlan) {
  const { grayscale, alphaDropped } = summary.inspection;
  return explainImageShape(plan.height, plan.width, plan.channels, { grayscale, alphaDropped });
}

/** A few images of each class: what the Data step shows first. */
function previewPaths({ index, inspection }: ImageSummary): string[] {
  const skipped = new Set(inspection.skipped.map((s) => s.relativePath));
  const perClass = new Map<string, number>();
  const paths: string[] = [];
  for (const entry of index.entries) {
    if (skipped.has(entry.relativePath)) continue;
    const label = entry.label ?? '';
    const shown = perClass.get(label) ?? 0;
    if (shown >= 3) continue;
    perClass.set(label, shown + 1);
    paths.push(entry.relativePath);
  }
  return paths;
}

function analyse(summary: ImageSummary, plan: ImageEncodingPlan, opts: SplitOptions): KindAnalysis {
  const { index, inspection } = summary;
  const base: KindAnalysis = {
    ...emptyAnalysis(index.task, index.targetName, 'images'),
    problems: problemsOf(plan),
    notes: inspection.warnings,
    classes: index.task === 'classification' ? index.classes : [],
    previewExamples: previewPaths(summary),
  };
  if (base.problems.length > 0) return base;
  if (inspection.imageCount === 0) {
    return { ...base, problems: [appErrorInfo({ code: 'images/none-readable', message: msg('sources.images.noneReadable', { name: quoteInput(index.name) }) })] };
  }
  try {
    const sides = split(summary, plan, opts);
    return { ...base, shape: explain(summary, plan), trainCount: sides.train.length, testCount: sides.test.length };
  } catch (err) {
    return { ...base, problems: [toAppErrorInfo(err, msg('sources.images.shapeFailed'))] };
  }
}

export const imagesKind: DataKind<ImageSource, ImageSummary, ImageEncodingPlan> = {
  kind: 'images',
  async inspect(source, hooks) {
    const scan = await scanImages(source, hooks?.onProgress ? { onProgress: (p) => hooks.onProgress?.(p) } : {});
    return { index: source.index, inspection: inspectImages(source.index, scan) };
  },
  proposePlan(summary) {
    return { plan: defaultImagePlan(summary.inspection), targetReason: summary.index.taskReason, taskReason: summary.index.taskReason };
  },
  validatePlan: (_summary, plan) => problemsOf(plan),
  explainInput(summary, plan) {
    validateImagePlan(plan);
    return explain(summary, plan);
  },
  analyse,
  split,
  async prepare(source, plan, opts, hooks) {
    const images = await encodeImages(source, plan, opts, hooks?.onProgress ? { onProgress: (p) => hooks.onProgress?.(p) } : {});
    const dims = { height: plan.height, width: plan.width, channels: plan.channels };
    return {
      encoded: images.encoded,
      split: images.split,
      // The explanation describes the images that will actually be used (grayscale when C = 1 was kept).
      shape: explainImageShape(plan.height, plan.width, plan.channels, { grayscale: plan.channels === 1, alphaDropped: false }),
      unit: 'images',
      testExamples: images.testPaths,
      notes: [],
      skipped: images.skipped,
      ...(images.memory ? { imageMemory: images.memory } : {}),
      ...(isAugmenting(plan.augment)
        ? { augment: (rows: Float32Array, count: number, rng: () => number) => augmentImages(rows, count, dims, plan.augment, rng) }
        : {}),
    };
  },
  describeExample({ index }, _plan, key): ExampleView | null {
    const entry = index.entries.find((e) => e.relativePath === key);
    if (!entry) return null;
    const name = key.slice(key.lastIndexOf('/') + 1);
    return { kind: 'image', key, title: msg('sources.example.file', { name }), path: key };
  },
};

