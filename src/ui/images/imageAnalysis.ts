/**
 * What follows from the image choices, computed by core: the (None, H, W, C) explanation, the
 * head, the held-out split's size and the model context the designer proposes a CNN for.
 */
import type { AppErrorInfo } from '../../core/errors';
import { toAppErrorInfo } from '../../core/errors';
import { explainImageShape } from '../../core/images/inspect';
import { splitSamples } from '../../core/images/split';
import { validateImagePlan } from '../../core/images/encode';
import type { ImageShapeExplanation } from '../../core/images/types';
import { proposeHead } from '../../core/model/head';
import type { HeadSpec } from '../../core/model/types';
import type { TrainingSettings } from '../../core/train/types';
import type { ImagesState } from '../app/imageState';
import type { ModelContext } from '../model/designer';

export interface ImageAnalysis {
  readonly failure: AppErrorInfo | null;
  readonly shape: ImageShapeExplanation | null;
  readonly head: HeadSpec | null;
  readonly trainImages: number;
  readonly testImages: number;
  readonly context: ModelContext | null;
}

/** The class of each readable image, in index order (what core's run splits on). */
function classIdsOfUsable(images: ImagesState): Int32Array {
  const { index, inspection } = images;
  const skipped = new Set(inspection.skipped.map((s) => s.relativePath));
  const classOf = new Map(index.classes.map((c, i) => [c, i]));
  const ids = index.entries.filter((e) => !skipped.has(e.relativePath)).map((e) => classOf.get(e.label ?? '') ?? 0);
  return Int32Array.from(ids);
}

export function analyseImages(images: ImagesState, settings: Pick<TrainingSettings, 'testFraction' | 'seed'>): ImageAnalysis {
  const { index, inspection, plan } = images;
  try {
    validateImagePlan(plan);
    const shape = explainImageShape(plan.height, plan.width, plan.channels, {
      grayscale: inspection.grayscale,
      alphaDropped: inspection.alphaDropped,
    });
    const classification = index.task === 'classification';
    const units = classification ? index.classes.length : 1;
    const head = proposeHead(index.task, units, classification ? { target: index.targetName, classes: index.classes } : { target: index.targetName });
    const classIds = classification ? classIdsOfUsable(images) : null;
    const split = splitSamples(inspection.imageCount, classIds, settings);
    return {
      failure: null,
      shape,
      head,
      trainImages: split.train.length,
      testImages: split.test.length,
      context: {
        inputShape: [plan.height, plan.width, plan.channels],
        head: { task: index.task, outputUnits: units, target: index.targetName },
      },
    };
  } catch (err) {
    return {
      failure: toAppErrorInfo(err, 'The input shape could not be worked out for these images.'),
      shape: null,
      head: null,
      trainImages: 0,
      testImages: 0,
      context: null,
    };
  }
}
