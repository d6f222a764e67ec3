/**
 * The whole image path as one function, shared by the app's worker and the CLI: images →
 * encoding [N, H, W, C] → the designer's model → the same training loop → the same evaluation.
 */
import type * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { evaluateModel } from '../evaluate/evaluate';
import type { Evaluation } from '../evaluate/types';
import type { EncodedDataset, Split } from '../features/types';
import { analyzeModel } from '../model/analyze';
import type { HeadContext, ModelDraft, ModelReport } from '../model/designer-types';
import { proposeHead } from '../model/head';
import { summaryFromReport } from '../model/summary';
import { defaultDraft } from '../model/templates';
import type { HeadSpec, ModelSpec, ModelSummary } from '../model/types';
import { reportError, type PipelineHooks } from '../pipeline';
import { validateSettings } from '../train/settings';
import { trainModel } from '../train/train';
import type { TrainingOutcome, TrainingSettings } from '../train/types';
import { augmentImages, isAugmenting } from './augment';
import { encodeImages } from './encode';
import { explainImageShape } from './inspect';
import type { ImageEncodingPlan, ImageIndex, ImageProgress, ImageShapeExplanation, ImageSource, SkippedFile } from './types';

export interface ImagePipelineRequest {
  readonly source: ImageSource;
  readonly plan: ImageEncodingPlan;
  /** The layers the user designed; the input shape is [H, W, C] of the plan. */
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
}

export interface PreparedImageRun {
  /** Indices into the decodable images, in index order. */
  readonly split: Split;
  readonly encoded: EncodedDataset;
  readonly head: HeadSpec;
  readonly spec: ModelSpec;
  readonly report: ModelReport;
  readonly summary: ModelSummary;
  readonly shape: ImageShapeExplanation;
  readonly skipped: readonly SkippedFile[];
  /** relativePath of each held-out image: evaluation prediction i is about testPaths[i]. */
  readonly testPaths: readonly string[];
}

export interface ImagePipelineHooks extends Omit<PipelineHooks, 'onPrepared'> {
  onPrepared?(p: PreparedImageRun): void;
  onImageProgress?(p: ImageProgress): void;
}

export interface ImagePipelineResult {
  readonly prepared: PreparedImageRun;
  readonly outcome: TrainingOutcome;
  readonly evaluation: Evaluation;
  readonly model: tf.LayersModel;
}

function headContext(index: ImageIndex, outputUnits: number): HeadContext {
  return { task: index.task, outputUnits, target: index.targetName };
}

/** The model a run starts from when nobody designed one: the first template (the small CNN) for [H, W, C]. */
export function proposeImageModel(index: ImageIndex, plan: ImageEncodingPlan): ModelDraft {
  const units = index.task === 'classification' ? index.classes.length : 1;
  return defaultDraft([plan.height, plan.width, plan.channels], headContext(index, units));
}

/** Decodes and encodes the images, splits them, and checks the model on [H, W, C]; no training. */
export async function prepareImageRun(req: ImagePipelineRequest, hooks: ImagePipelineHooks = {}): Promise<PreparedImageRun> {
  const problem = validateSettings(req.settings)[0];
  if (problem) throw new AppError(problem);
  const { index } = req.source;
  const images = await encodeImages(
    req.source,
    req.plan,
    { testFraction: req.settings.testFraction, seed: req.settings.seed },
    hooks.onImageProgress ? { onProgress: (p) => hooks.onImageProgress?.(p) } : {},
  );
  const { encoded } = images;
  const classes = encoded.preprocessing.classes;
  const head = proposeHead(index.task, encoded.outputUnits, classes ? { target: index.targetName, classes } : { target: index.targetName });
  const spec: ModelSpec = { inputShape: [req.plan.height, req.plan.width, req.plan.channels], layers: req.model.layers };
  const report = analyzeModel(spec, headContext(index, encoded.outputUnits));
  if (!report.valid) throw reportError(report);
  // The explanation describes the images that will actually be used (grayscale when C = 1 was kept).
  const shape = explainImageShape(req.plan.height, req.plan.width, req.plan.channels, { grayscale: req.plan.channels === 1, alphaDropped: false });
  return {
    split: images.split,
    encoded,
    head,
    spec,
    report,
    summary: summaryFromReport(report),
    shape,
    skipped: images.skipped,
    testPaths: images.testPaths,
  };
}

/** Trains on whatever tf backend is active (the caller chose it), then evaluates on the held-out images. */
export async function runImagePipeline(req: ImagePipelineRequest, hooks: ImagePipelineHooks = {}): Promise<ImagePipelineResult> {
  const prepared = await prepareImageRun(req, hooks);
  hooks.onPrepared?.(prepared);
  await hooks.beforeTraining?.({ spec: prepared.spec, encoded: prepared.encoded, task: req.source.index.task });
  const { plan } = req;
  const dims = { height: plan.height, width: plan.width, channels: plan.channels };
  const { model, outcome } = await trainModel({
    spec: prepared.spec,
    encoded: prepared.encoded,
    settings: req.settings,
    task: req.source.index.task,
    hooks,
    ...(isAugmenting(plan.augment)
      ? { augment: (rows: Float32Array, count: number, rng: () => number) => augmentImages(rows, count, dims, plan.augment, rng) }
      : {}),
  });
  try {
    const evaluation = await evaluateModel(model, prepared.encoded);
    return { prepared, outcome, evaluation, model };
  } catch (err) {
    model.dispose();
    throw err;
  }
}
