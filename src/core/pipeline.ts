/**
 * The whole table path as one function, shared by the app's worker and the CLI so that both
 * give the same results: TypedDataset + choices → split → encoding → model → training → evaluation.
 */
import type * as tf from '@tensorflow/tfjs';
import type { TypedDataset } from './data/types';
import { AppError, type AppErrorInfo } from './errors';
import { evaluateModel } from './evaluate/evaluate';
import type { Evaluation } from './evaluate/types';
import { encodeDataset } from './features/encode';
import { splitRows } from './features/split';
import type { EncodedDataset, FeaturePlan, ShapeExplanation, Split, Task } from './features/types';
import { validatePlan } from './features/validate';
import { fitPreprocessing } from './features/encode';
import { analyzeModel } from './model/analyze';
import type { Advice, HeadContext, ModelDraft, ModelReport } from './model/designer-types';
import { proposeHead } from './model/head';
import { summaryFromReport } from './model/summary';
import { defaultDraft } from './model/templates';
import type { HeadSpec, ModelSpec, ModelSummary } from './model/types';
import { explainInputShape } from './shape/explain';
import { validateSettings } from './train/settings';
import { sampleDims } from './train/data';
import { trainModel } from './train/train';
import type { EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from './train/types';

export { DEFAULT_SETTINGS } from './train/settings';

export interface PipelineRequest {
  readonly dataset: TypedDataset;
  readonly plan: FeaturePlan;
  /** The layers the user designed; the input shape comes from the encoding. */
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
}

export interface PreparedRun {
  readonly split: Split;
  readonly encoded: EncodedDataset;
  readonly head: HeadSpec;
  readonly spec: ModelSpec;
  /** analyzeModel's report of the spec, with the head the data needs. */
  readonly report: ModelReport;
  /** The same numbers as Keras' summary table (a view of `report`). */
  readonly summary: ModelSummary;
  readonly shape: ShapeExplanation;
}

export interface PipelineHooks {
  onPrepared?(p: PreparedRun): void;
  onEpoch?(m: EpochMetrics, model: tf.LayersModel): void;
  /**
   * After preparing, before the first epoch: where the caller picks and checks the backend on the
   * actual model and data (src/core/train/engine-backend.ts). Training waits for it; a throw ends the run.
   */
  beforeTraining?(run: { readonly spec: ModelSpec; readonly encoded: EncodedDataset; readonly task: Task }): Promise<void>;
  onProgress?(p: TrainingProgress): void;
  shouldStop?(): boolean;
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
      message: `Layer ${layer.index + 1} (${layer.className}): ${advice.message}`,
      detail: advice.detail,
      ...(fix ? { fix: { label: fix.label, action: `model-fix:${layer.index}:${advice.code}:0` } } : {}),
    });
  }
  return new AppError({ code: 'model/no-layers', message: 'The model has no layers: add at least the output layer, or start from a template.' });
}

/**
 * Synchronous, no training: validates the plan and the settings (throwing an AppError with a
 * plain message and a fix for the first blocking problem), splits, encodes, and analyses the
 * model on the encoded input with the head the data needs; an invalid model throws its first
 * advice. The head is checked after encoding, which is what counts the classes.
 */
export function prepareRun(req: PipelineRequest): PreparedRun {
  const { dataset, plan, model, settings } = req;
  throwFirst(validatePlan(dataset, plan));
  throwFirst(validateSettings(settings));

  const split = splitRows(dataset, plan, { testFraction: settings.testFraction, seed: settings.seed });
  const encoded = encodeDataset(dataset, plan, split);
  const classes = encoded.preprocessing.classes;
  const head = proposeHead(plan.task, encoded.outputUnits, classes ? { target: plan.target, classes } : { target: plan.target });
  const spec: ModelSpec = { inputShape: sampleDims(encoded.inputShape), layers: model.layers };
  const context: HeadContext = { task: plan.task, outputUnits: encoded.outputUnits, target: plan.target };
  const report = analyzeModel(spec, context);
  if (!report.valid) throw reportError(report);
  return { split, encoded, head, spec, report, summary: summaryFromReport(report), shape: explainInputShape(encoded.preprocessing) };
}

/**
 * The model a run starts from when nobody designed one (the CLI): the first template for the
 * input shape and head this plan gives, with the same split and encoding rules as prepareRun.
 */
export function proposeModel(req: Omit<PipelineRequest, 'model'>): ModelDraft {
  const { dataset, plan, settings } = req;
  throwFirst(validatePlan(dataset, plan));
  const split = splitRows(dataset, plan, { testFraction: settings.testFraction, seed: settings.seed });
  const pre = fitPreprocessing(dataset, plan, split.train);
  const outputUnits = plan.task === 'classification' ? (pre.classes?.length ?? 0) : 1;
  return defaultDraft([pre.slots.length], { task: plan.task, outputUnits, target: plan.target });
}

/** Trains on whatever tf backend is currently active (the caller chose it), then evaluates on the held-out split. */
export async function runPipeline(req: PipelineRequest, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const prepared = prepareRun(req);
  hooks.onPrepared?.(prepared);
  await hooks.beforeTraining?.({ spec: prepared.spec, encoded: prepared.encoded, task: req.plan.task });
  const { model, outcome } = await trainModel({
    spec: prepared.spec,
    encoded: prepared.encoded,
    settings: req.settings,
    task: req.plan.task,
    hooks,
  });
  try {
    const evaluation = await evaluateModel(model, prepared.encoded);
    return { prepared, outcome, evaluation, model };
  } catch (err) {
    model.dispose();
    throw err;
  }
}
