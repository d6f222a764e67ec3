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
import type { EncodedDataset, FeaturePlan, ShapeExplanation, Split } from './features/types';
import { validatePlan } from './features/validate';
import { checkHead, proposeHead } from './model/head';
import { mlpToSpec, validateMlp } from './model/mlp';
import { summarizeModel } from './model/summary';
import type { HeadSpec, MlpConfig, ModelSpec, ModelSummary } from './model/types';
import { explainInputShape } from './shape/explain';
import { validateSettings } from './train/settings';
import { trainModel } from './train/train';
import type { EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from './train/types';

export { DEFAULT_SETTINGS } from './train/settings';

export interface PipelineRequest {
  readonly dataset: TypedDataset;
  readonly plan: FeaturePlan;
  readonly mlp: MlpConfig;
  readonly settings: TrainingSettings;
}

export interface PreparedRun {
  readonly split: Split;
  readonly encoded: EncodedDataset;
  readonly head: HeadSpec;
  readonly spec: ModelSpec;
  readonly summary: ModelSummary;
  readonly shape: ShapeExplanation;
}

export interface PipelineHooks {
  onPrepared?(p: PreparedRun): void;
  onEpoch?(m: EpochMetrics): void;
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

/**
 * Synchronous, no training: validates the plan, the model and the settings (throwing an AppError
 * with a plain message and a fix for the first blocking problem), splits, encodes, and builds the
 * spec and its summary. The head is checked after encoding, which is what counts the classes.
 */
export function prepareRun(req: PipelineRequest): PreparedRun {
  const { dataset, plan, mlp, settings } = req;
  throwFirst(validatePlan(dataset, plan));
  throwFirst(validateMlp(mlp));
  throwFirst(validateSettings(settings));

  const split = splitRows(dataset, plan, { testFraction: settings.testFraction, seed: settings.seed });
  const encoded = encodeDataset(dataset, plan, split);
  const headProblem = checkHead(mlp, plan.task, encoded.outputUnits, { target: plan.target });
  if (headProblem) throw new AppError(headProblem);

  const classes = encoded.preprocessing.classes;
  const head = proposeHead(plan.task, encoded.outputUnits, classes ? { target: plan.target, classes } : { target: plan.target });
  const spec = mlpToSpec(encoded.inputShape[1], mlp, head);
  return { split, encoded, head, spec, summary: summarizeModel(spec), shape: explainInputShape(encoded.preprocessing) };
}

/** Trains on whatever tf backend is currently active (the caller chose it), then evaluates on the held-out split. */
export async function runPipeline(req: PipelineRequest, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const prepared = prepareRun(req);
  hooks.onPrepared?.(prepared);
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
