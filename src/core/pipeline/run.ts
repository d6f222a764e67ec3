/**
 * One path for every kind of data, shared by the app's train worker and the CLI so that both
 * give the same results: the kind prepares its data (split, fit, encode), then the same model
 * analysis, training loop and evaluation run on what it gives.
 */
import type * as tf from '@tensorflow/tfjs';
import { AppError, type AppErrorInfo } from '../errors';
import { msg } from '../i18n/message';
import { evaluateModel } from '../evaluate/evaluate';
import { DEFAULT_LINEAR_MAX_MS, trainLinearBaseline, withLinear } from '../evaluate/linear-baseline';
import type { Evaluation } from '../evaluate/types';
import type { EncodedDataset, Task } from '../features/types';
import { analyzeModel } from '../model/analyze';
import type { Advice, ModelDraft, ModelReport } from '../model/designer-types';
import { headInUse, proposeHead } from '../model/head';
import { summaryFromReport } from '../model/summary';
import type { HeadSpec, ModelSpec, ModelSummary } from '../model/types';
import type { PrepareProgress, PreparedData } from '../sources/kind';
import { prepareData, type KindRun } from '../sources/registry';
import { sampleDims } from '../train/data';
import { imageCacheBytes, validateSettings } from '../train/settings';
import { trainModel } from '../train/train';
import type { EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from '../train/types';

export { DEFAULT_SETTINGS } from '../train/settings';

export interface PipelineRequest {
  /** The kind of data, its source and the user's plan for it. */
  readonly data: KindRun;
  /** The layers the user designed; the input shape comes from the encoding. */
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  /** Also train the linear baseline on the same data after the network (default true). */
  readonly linearBaseline?: boolean;
}

export interface PreparedRun extends PreparedData {
  /** The head the model trains with (a sigmoid unit when the layers end with one on two classes). */
  readonly head: HeadSpec;
  readonly spec: ModelSpec;
  /** analyzeModel's report of the spec, with the head the data needs. */
  readonly report: ModelReport;
  /** The same numbers as Keras' summary table (a view of `report`). */
  readonly summary: ModelSummary;
}

export interface PipelineHooks {
  /** While the data is prepared (images: decoding). */
  onPrepareProgress?(p: PrepareProgress): void;
  onPrepared?(p: PreparedRun): void;
  onEpoch?(m: EpochMetrics, model: tf.LayersModel): void;
  /**
   * After preparing, before the first epoch: where the caller picks and checks the backend on the
   * actual model and data (src/core/train/engine-backend.ts). Training waits for it; a throw ends the run.
   */
  beforeTraining?(run: { readonly spec: ModelSpec; readonly encoded: EncodedDataset; readonly task: Task }): Promise<void>;
  onProgress?(p: TrainingProgress): void;
  shouldStop?(): boolean;
  /** After the network is trained and scored, before the linear baseline trains. */
  onLinearBaseline?(): void;
}

export interface PipelineResult {
  readonly prepared: PreparedRun;
  readonly outcome: TrainingOutcome;
  readonly evaluation: Evaluation;
  readonly model: tf.LayersModel;
}

function throwFirst(problems: readonly AppErrorInfo[]): void {
  const first = problems[0];
  if (first) throw new AppError(first);
}

/** The first error of an invalid report as an AppError: the layer, what is wrong, the first fix. */
export function reportError(report: ModelReport): AppError {
  for (const layer of report.layers) {
    const advice: Advice | undefined = layer.advice.find((a) => a.severity === 'error');
    if (!advice) continue;
    const fix = advice.fixes[0];
    return new AppError({
      code: advice.code,
      message: msg('train.layerProblem', { index: layer.index + 1, className: layer.className, problem: advice.message }),
      detail: advice.detail,
      ...(fix ? { fix: { label: fix.label, action: `model-fix:${layer.index}:${advice.code}:0` } } : {}),
    });
  }
  return new AppError({ code: 'model/no-layers', message: msg('train.noLayers') });
}

/**
 * No training: checks the settings, lets the kind split and encode its data (throwing an
 * AppError with a plain message for the first blocking problem), and analyses the model on the
 * encoded input with the head the data needs; an invalid model throws its first advice. The
 * head is checked after encoding, which is what counts the classes.
 */
export async function prepareRun(req: PipelineRequest, hooks: Pick<PipelineHooks, 'onPrepareProgress'> = {}): Promise<PreparedRun> {
  throwFirst(validateSettings(req.settings));
  const opts = { testFraction: req.settings.testFraction, seed: req.settings.seed, cacheBytes: imageCacheBytes(req.settings) };
  const data = await prepareData(req.data, opts, hooks.onPrepareProgress ? { onProgress: (p) => hooks.onPrepareProgress?.(p) } : {});
  const { encoded } = data;
  const pre = encoded.preprocessing;
  const classes = pre.classes;
  const proposed = proposeHead(pre.task, encoded.outputUnits, classes ? { target: pre.target, classes } : { target: pre.target });
  const spec: ModelSpec = { inputShape: sampleDims(encoded.inputShape), layers: req.model.layers };
  const report = analyzeModel(spec, { task: pre.task, outputUnits: encoded.outputUnits, target: pre.target });
  if (!report.valid) throw reportError(report);
  // The head trained: the proposed one, or one sigmoid unit when the user chose it for two classes.
  const head = headInUse(proposed, spec.layers);
  return { ...data, head, spec, report, summary: summaryFromReport(report) };
}

/** Trains on whatever tf backend is currently active (the caller chose it), then evaluates on the held-out examples. */
export async function runPipeline(req: PipelineRequest, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const prepared = await prepareRun(req, hooks);
  hooks.onPrepared?.(prepared);
  const task = prepared.encoded.preprocessing.task;
  await hooks.beforeTraining?.({ spec: prepared.spec, encoded: prepared.encoded, task });
  const { model, outcome } = await trainModel({
    spec: prepared.spec,
    encoded: prepared.encoded,
    settings: req.settings,
    task,
    hooks,
    ...(prepared.augment ? { augment: prepared.augment } : {}),
  });
  try {
    const evaluation = await evaluateModel(model, prepared.encoded);
    if (req.linearBaseline === false) return { prepared, outcome, evaluation, model };
    hooks.onLinearBaseline?.();
    // A linear model converges far faster than the network; the cap only guards a slow device.
    const maxMs = Math.min(DEFAULT_LINEAR_MAX_MS, Math.max(5000, outcome.elapsedMs));
    const linear = await trainLinearBaseline(prepared.encoded, { settings: req.settings, maxMs }).catch(() => null);
    // A comparison that could not be made (e.g. out of memory) costs the comparison, never the trained network.
    return { prepared, outcome, evaluation: linear ? withLinear(evaluation, linear) : evaluation, model };
  } catch (err) {
    model.dispose();
    throw err;
  }
}
