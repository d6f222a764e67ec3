/**
 * Every message between the renderer and its workers, in both directions, as zod schemas.
 * Each side validates what it receives (ARCHITECTURE.md: a runtime schema where records cross
 * a boundary), so a malformed message becomes a plain error instead of a crash far away.
 * Typed arrays are checked by class only; their contents are numbers by construction.
 */
import { z } from 'zod';
import type { AppErrorInfo } from '../core/errors';
import type { ParseProgress, TypedDataset } from '../core/data/types';
import type { FeaturePlan, ShapeExplanation } from '../core/features/types';
import type { PlanAnalysis, PlanAnalysisSettings } from '../core/features/analyse-plan';
import { preprocessingSchema } from '../core/experiment/schema';
import { modelDraftSchema } from '../core/model/spec-file';
import type { HeadSpec, ModelSummary } from '../core/model/types';
import type { BackendName, EpochMetrics, TrainingOutcome, TrainingProgress } from '../core/train/types';
import type { CachedRanking } from '../core/train/engine-backend';
import type { Evaluation } from '../core/evaluate/types';
import type { PipelineRequest } from '../core/pipeline';
import type { ImageProgress, ImageShapeExplanation, SkippedFile } from '../core/images/types';
import { messagePortSchema, sendDatasetRequestSchema, type SendDatasetRequest } from './dataset-handoff';
import {
  imageProgressSchema,
  imageShapeExplanationSchema,
  imageTrainRequestSchema,
  skippedFileSchema,
  type ImageTrainRequest,
} from './image-messages';
import {
  appErrorInfoSchema,
  typedDatasetSchema,
  parseProgressSchema,
  backendNameSchema,
  backendPreferenceSchema,
  featurePlanSchema,
  trainingSettingsSchema,
  shapeExplanationSchema,
  headSpecSchema,
  modelSummarySchema,
  epochMetricsSchema,
  trainingProgressSchema,
  trainingOutcomeSchema,
  evaluationSchema,
  type BackendPreference,
} from './record-schemas';

export * from './record-schemas';
export * from './image-messages';

// ── parse worker ──────────────────────────────────────────────────────────────

/** Renderer → parse worker: read this file. */
export interface ParseRequest {
  readonly type: 'parse';
  readonly file: Blob;
  readonly name: string;
  readonly sizeBytes: number;
  /** Keep a copy of the dataset read, to answer 'analyse' requests about it (the Data step's file). */
  readonly keep?: boolean;
}
export const parseRequestSchema = z.object({
  type: z.literal('parse'),
  file: z.instanceof(Blob),
  name: z.string().min(1),
  sizeBytes: z.number().nonnegative(),
  keep: z.boolean().optional(),
}) satisfies z.ZodType<ParseRequest>;

/**
 * Renderer → parse worker, once it has read the file: analyse this plan of the dataset it read
 * (it keeps a copy), so that the UI thread never runs analysePlan on a large table.
 */
export interface AnalyseRequest {
  readonly type: 'analyse';
  /** Echoed in the answer; the renderer keeps only the answer to its latest request. */
  readonly requestId: number;
  readonly plan: FeaturePlan;
  readonly settings: PlanAnalysisSettings;
}
export const analyseRequestSchema = z.object({
  type: z.literal('analyse'),
  requestId: z.number().int(),
  plan: featurePlanSchema,
  settings: z.object({ testFraction: z.number().gt(0).lt(1), seed: z.number().int() }),
}) satisfies z.ZodType<AnalyseRequest>;

/** Everything the parse worker is asked. */
export type ParseWorkerRequest = ParseRequest | AnalyseRequest | SendDatasetRequest;
export const parseWorkerRequestSchema = z.discriminatedUnion('type', [
  parseRequestSchema,
  analyseRequestSchema,
  sendDatasetRequestSchema,
]) satisfies z.ZodType<ParseWorkerRequest>;

export const planAnalysisSchema = z.object({
  problems: z.array(appErrorInfoSchema),
  failure: appErrorInfoSchema.nullable(),
  preprocessing: preprocessingSchema.nullable(),
  shape: shapeExplanationSchema.nullable(),
  head: headSpecSchema.nullable(),
  trainRows: z.number().int().nonnegative(),
  testRows: z.number().int().nonnegative(),
}) satisfies z.ZodType<PlanAnalysis>;

/** Parse worker → renderer. */
export type ParseResponse =
  | { readonly type: 'progress'; readonly progress: ParseProgress }
  | { readonly type: 'done'; readonly dataset: TypedDataset }
  | { readonly type: 'failed'; readonly error: AppErrorInfo }
  | { readonly type: 'analysis'; readonly requestId: number; readonly analysis: PlanAnalysis };
export const parseResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: parseProgressSchema }),
  z.object({ type: z.literal('done'), dataset: typedDatasetSchema }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
  z.object({ type: z.literal('analysis'), requestId: z.number().int(), analysis: planAnalysisSchema }),
]) satisfies z.ZodType<ParseResponse>;

// ── train worker ──────────────────────────────────────────────────────────────

export const pipelineRequestSchema = z.object({
  dataset: typedDatasetSchema,
  plan: featurePlanSchema,
  // The layers are checked against the layer catalogue: known types, known arguments, valid values.
  model: modelDraftSchema,
  settings: trainingSettingsSchema,
}) satisfies z.ZodType<PipelineRequest>;

/** Backend rankings measured earlier on this machine, by cache key (src/core/train/engine-backend.ts). */
export type BackendRankings = Readonly<Record<string, CachedRanking>>;
export const cachedRankingSchema = z.object({
  order: z.array(backendNameSchema),
  reason: z.string(),
  measuredAt: z.number(),
}) satisfies z.ZodType<CachedRanking>;

/** Renderer → train worker. */
export type TrainRequest =
  | { readonly type: 'start'; readonly request: PipelineRequest; readonly backend: BackendPreference; readonly rankings?: BackendRankings }
  /** The table comes from the parse worker on `datasetPort` (dataset-handoff.ts), not through the UI thread. */
  | { readonly type: 'start-with-port'; readonly request: Omit<PipelineRequest, 'dataset'>; readonly datasetPort: MessagePort; readonly backend: BackendPreference; readonly rankings?: BackendRankings }
  | { readonly type: 'start-images'; readonly request: ImageTrainRequest; readonly backend: BackendPreference; readonly rankings?: BackendRankings }
  | { readonly type: 'stop' };
export const trainRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), request: pipelineRequestSchema, backend: backendPreferenceSchema, rankings: z.record(z.string(), cachedRankingSchema).optional() }),
  z.object({
    type: z.literal('start-with-port'),
    request: pipelineRequestSchema.omit({ dataset: true }),
    datasetPort: messagePortSchema,
    backend: backendPreferenceSchema,
    rankings: z.record(z.string(), cachedRankingSchema).optional(),
  }),
  z.object({ type: z.literal('start-images'), request: imageTrainRequestSchema, backend: backendPreferenceSchema, rankings: z.record(z.string(), cachedRankingSchema).optional() }),
  z.object({ type: z.literal('stop') }),
]) satisfies z.ZodType<TrainRequest>;

/** What the renderer needs of a PreparedRun (the encoded tensors stay in the worker). */
export interface PreparedInfo {
  readonly summary: ModelSummary;
  readonly shape: ShapeExplanation;
  readonly head: HeadSpec;
  readonly trainRows: number;
  readonly testRows: number;
  readonly droppedRows: number;
  readonly stratified: boolean;
  /**
   * Images only: the full (None, H, W, C) explanation, the files skipped as unreadable, and the
   * path of each held-out image in evaluation order (prediction i is about testPaths[i]).
   * `shape` then carries the image shape's text and inputShape, with no parts.
   */
  readonly image?: {
    readonly shape: ImageShapeExplanation;
    readonly skipped: readonly SkippedFile[];
    readonly testPaths: readonly string[];
  };
}
export const preparedInfoSchema = z.object({
  summary: modelSummarySchema,
  shape: shapeExplanationSchema,
  head: headSpecSchema,
  trainRows: z.number(),
  testRows: z.number(),
  droppedRows: z.number(),
  stratified: z.boolean(),
  image: z.object({ shape: imageShapeExplanationSchema, skipped: z.array(skippedFileSchema), testPaths: z.array(z.string()) }).optional(),
}) satisfies z.ZodType<PreparedInfo>;

/** chooseBackend's answer: the backend in use, its name in words, and why it was chosen. */
export interface BackendInfo {
  readonly backend: BackendName;
  readonly label: string;
  readonly reason: string;
  /** The pre-flight's sentence: passed (with the time and memory estimate per epoch) or what failed. */
  readonly preflight?: string;
}
export const backendInfoSchema = z.object({
  backend: backendNameSchema,
  label: z.string(),
  reason: z.string(),
  preflight: z.string().optional(),
}) satisfies z.ZodType<BackendInfo>;

/** Train worker → renderer. */
export type TrainResponse =
  | { readonly type: 'backend'; readonly info: BackendInfo }
  /** A ranking measured by this run, for the renderer to keep (localStorage) under `key`. */
  | { readonly type: 'ranking'; readonly key: string; readonly ranking: CachedRanking }
  /** Something the user should know that did not stop training (e.g. the run could not be saved). */
  | { readonly type: 'warning'; readonly warning: AppErrorInfo }
  /** The run is being saved as this experiment (src/workers/experiment-recorder.ts). */
  | { readonly type: 'experiment'; readonly id: string; readonly name: string }
  | { readonly type: 'prepared'; readonly prepared: PreparedInfo }
  | { readonly type: 'epoch'; readonly metrics: EpochMetrics }
  | { readonly type: 'progress'; readonly progress: TrainingProgress }
  | { readonly type: 'image-progress'; readonly progress: ImageProgress }
  | { readonly type: 'done'; readonly outcome: TrainingOutcome; readonly evaluation: Evaluation; readonly experimentId?: string }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const trainResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('image-progress'), progress: imageProgressSchema }),
  z.object({ type: z.literal('backend'), info: backendInfoSchema }),
  z.object({ type: z.literal('experiment'), id: z.string().min(1), name: z.string() }),
  z.object({ type: z.literal('ranking'), key: z.string(), ranking: cachedRankingSchema }),
  z.object({ type: z.literal('warning'), warning: appErrorInfoSchema }),
  z.object({ type: z.literal('prepared'), prepared: preparedInfoSchema }),
  z.object({ type: z.literal('epoch'), metrics: epochMetricsSchema }),
  z.object({ type: z.literal('progress'), progress: trainingProgressSchema }),
  z.object({ type: z.literal('done'), outcome: trainingOutcomeSchema, evaluation: evaluationSchema, experimentId: z.string().optional() }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
]) satisfies z.ZodType<TrainResponse>;

/** A message that failed its schema, as an error the UI can show. */
export function invalidMessageError(where: string, issues: z.ZodError): AppErrorInfo {
  return {
    code: 'internal/invalid-message',
    message: `The app received a message it did not expect from ${where}. Please try again.`,
    detail: z.prettifyError(issues),
  };
}

/** The typed arrays inside a dataset, to transfer instead of copy. */
export function datasetTransferables(dataset: TypedDataset): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of dataset.columns) {
    const array = column.kind === 'number' ? column.values : column.kind === 'category' ? column.codes : null;
    if (array && array.buffer instanceof ArrayBuffer) buffers.push(array.buffer);
  }
  // A buffer listed twice makes postMessage throw.
  return [...new Set(buffers)];
}

/** The typed arrays inside an evaluation, to transfer instead of copy. */
export function evaluationTransferables(evaluation: Evaluation): ArrayBuffer[] {
  const arrays =
    evaluation.task === 'classification'
      ? [evaluation.predictions.actual, evaluation.predictions.predicted, evaluation.predictions.confidence]
      : [evaluation.actual, evaluation.predicted];
  const buffers = arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
}
