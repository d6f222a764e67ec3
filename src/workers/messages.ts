/**
 * Every message between the renderer and its parse and train workers, in both directions, as
 * zod schemas. Each side validates what it receives (a runtime schema where records cross a
 * boundary), so a malformed message becomes a plain error instead of a crash far away. Typed
 * arrays are checked by class only; their contents are numbers by construction.
 */
import { z } from 'zod';
import { appErrorInfo, type AppErrorInfo } from '../core/errors';
import { messageSchema, msg, type Message } from '../core/i18n/message';
import type { ParseProgress, TypedDataset } from '../core/data/types';
import { ENCODING_NAMES, type EncodingName } from '../core/data/encoding';
import type { FeaturePlan } from '../core/features/types';
import type { ImageEncodingPlan } from '../core/sources/images/types';
import type { ModelDraft } from '../core/model/designer-types';
import { modelDraftSchema } from '../core/model/spec-file';
import type { HeadSpec, ModelSummary } from '../core/model/types';
import type { PlanAnalysis } from '../core/pipeline/analyse';
import type { ExampleUnit, InputMemory, PrepareProgress, SkippedItem, SplitOptions } from '../core/sources/kind';
import type { ShapeExplanation } from '../core/shape/types';
import type { SequenceDetection, SequencePlan } from '../core/sources/sequences/types';
import type { BackendName, EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from '../core/train/types';
import type { CachedRanking } from '../core/train/engine-backend';
import type { Evaluation } from '../core/evaluate/types';
import {
  appErrorInfoSchema,
  typedDatasetSchema,
  parseProgressSchema,
  backendNameSchema,
  backendPreferenceSchema,
  featurePlanSchema,
  imageEncodingPlanSchema,
  trainingSettingsSchema,
  shapeExplanationSchema,
  headSpecSchema,
  modelSummarySchema,
  epochMetricsSchema,
  planAnalysisSchema,
  sequenceDetectionSchema,
  sequencePlanSchema,
  trainingProgressSchema,
  trainingOutcomeSchema,
  evaluationSchema,
  type BackendPreference,
} from '../core/record-schemas';
import { messagePortSchema, sendDatasetRequestSchema, type SendDatasetRequest } from './dataset-handoff';
import {
  imageFileRefSchema,
  imageIndexRequestSchema,
  prepareProgressSchema,
  skippedFileSchema,
  type ImageFileRef,
  type ImageIndexRequest,
} from './image-messages';

export type { BackendPreference };

// ── parse worker ──────────────────────────────────────────────────────────────

/** Renderer → parse worker: read this file. */
export interface ParseRequest {
  readonly type: 'parse';
  readonly file: Blob;
  readonly name: string;
  readonly sizeBytes: number;
  /** Keep a copy of the dataset read, to answer 'analyse' requests about it (the Data step's file). */
  readonly keep?: boolean;
  /** The text encoding the user chose; detected from the bytes when absent. */
  readonly encoding?: EncodingName;
}
export const parseRequestSchema = z.object({
  type: z.literal('parse'),
  file: z.instanceof(Blob),
  name: z.string().min(1),
  sizeBytes: z.number().nonnegative(),
  keep: z.boolean().optional(),
  encoding: z.enum(ENCODING_NAMES).optional(),
}) satisfies z.ZodType<ParseRequest>;

/** A plan of the table the parse worker holds: the kinds of data read from a CSV. */
export type TablePlanRef = { readonly kind: 'table'; readonly plan: FeaturePlan } | { readonly kind: 'sequences'; readonly plan: SequencePlan };
export const tablePlanRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), plan: featurePlanSchema }),
  z.object({ kind: z.literal('sequences'), plan: sequencePlanSchema }),
]) satisfies z.ZodType<TablePlanRef>;

/**
 * Renderer → parse worker, once it has read the file: analyse this plan of the dataset it read
 * (it keeps a copy), so that the UI thread never analyses a large table.
 */
export interface AnalyseRequest {
  readonly type: 'analyse';
  /** Echoed in the answer; the renderer keeps only the answer to its latest request. */
  readonly requestId: number;
  readonly plan: TablePlanRef;
  readonly settings: SplitOptions;
}
export const analyseRequestSchema = z.object({
  type: z.literal('analyse'),
  requestId: z.number().int(),
  plan: tablePlanRefSchema,
  settings: z.object({ testFraction: z.number().gt(0).lt(1), seed: z.number().int() }),
}) satisfies z.ZodType<AnalyseRequest>;

/** Everything the parse worker is asked. */
export type ParseWorkerRequest = ParseRequest | AnalyseRequest | SendDatasetRequest;
export const parseWorkerRequestSchema = z.discriminatedUnion('type', [
  parseRequestSchema,
  analyseRequestSchema,
  sendDatasetRequestSchema,
]) satisfies z.ZodType<ParseWorkerRequest>;

/** Parse worker → renderer. */
export type ParseResponse =
  | { readonly type: 'progress'; readonly progress: ParseProgress }
  /** The table, and what it looks like as sequences (detected here, where the table is). */
  | { readonly type: 'done'; readonly dataset: TypedDataset; readonly detection: SequenceDetection }
  | { readonly type: 'failed'; readonly error: AppErrorInfo }
  | { readonly type: 'analysis'; readonly requestId: number; readonly analysis: PlanAnalysis };
export const parseResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: parseProgressSchema }),
  z.object({ type: z.literal('done'), dataset: typedDatasetSchema, detection: sequenceDetectionSchema }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
  z.object({ type: z.literal('analysis'), requestId: z.number().int(), analysis: planAnalysisSchema }),
]) satisfies z.ZodType<ParseResponse>;

// ── train worker ──────────────────────────────────────────────────────────────

/**
 * The data of a run and the user's plan for it. A table comes with the request, or (without
 * `dataset`) from the parse worker over the start message's `datasetPort`, so that the UI
 * thread never copies it.
 */
export type RunData =
  | { readonly kind: 'table'; readonly plan: FeaturePlan; readonly dataset?: TypedDataset }
  | { readonly kind: 'sequences'; readonly plan: SequencePlan; readonly dataset?: TypedDataset }
  | {
      readonly kind: 'images';
      readonly plan: ImageEncodingPlan;
      readonly files: readonly ImageFileRef[];
      readonly index: ImageIndexRequest;
      /** The files the inspection could not read: left out without decoding every file again before training. */
      readonly unreadable?: readonly SkippedItem[];
    };
export const runDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), plan: featurePlanSchema, dataset: typedDatasetSchema.optional() }),
  z.object({ kind: z.literal('sequences'), plan: sequencePlanSchema, dataset: typedDatasetSchema.optional() }),
  z.object({
    kind: z.literal('images'),
    plan: imageEncodingPlanSchema,
    files: z.array(imageFileRefSchema),
    index: imageIndexRequestSchema,
    unreadable: z.array(skippedFileSchema).optional(),
  }),
]) satisfies z.ZodType<RunData>;

/** Backend rankings measured earlier on this machine, by cache key (src/core/train/engine-backend.ts). */
export type BackendRankings = Readonly<Record<string, CachedRanking>>;
export const cachedRankingSchema = z.object({
  order: z.array(backendNameSchema),
  reason: messageSchema,
  measuredAt: z.number(),
}) satisfies z.ZodType<CachedRanking>;

export interface StartRequest {
  readonly type: 'start';
  readonly data: RunData;
  /** The layers are checked against the layer catalogue: known types, known arguments, valid values. */
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  readonly backend: BackendPreference;
  readonly rankings?: BackendRankings;
  /** Where the parse worker sends the table (dataset-handoff.ts) when `data` carries none. */
  readonly datasetPort?: MessagePort;
}

/** Renderer → train worker. */
export type TrainRequest = StartRequest | { readonly type: 'stop' };
export const trainRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    data: runDataSchema,
    model: modelDraftSchema,
    settings: trainingSettingsSchema,
    backend: backendPreferenceSchema,
    rankings: z.record(z.string(), cachedRankingSchema).optional(),
    datasetPort: messagePortSchema.optional(),
  }),
  z.object({ type: z.literal('stop') }),
]) satisfies z.ZodType<TrainRequest>;

/** What the renderer needs of a PreparedRun (the encoded arrays stay in the worker). */
export interface PreparedInfo {
  readonly summary: ModelSummary;
  readonly shape: ShapeExplanation;
  readonly head: HeadSpec;
  readonly unit: ExampleUnit;
  readonly trainCount: number;
  readonly testCount: number;
  /** Examples dropped because their target was missing, or files that did not decode. */
  readonly droppedCount: number;
  readonly stratified: boolean;
  /** One key per held-out example, in evaluation order (the kind's describeExample reads it). */
  readonly testExamples: readonly string[];
  readonly skipped: readonly SkippedItem[];
  readonly notes: readonly AppErrorInfo[];
  /** Images: whether the decoded set is kept in memory or read a batch at a time. */
  readonly imageMemory?: InputMemory;
}
export const preparedInfoSchema = z.object({
  summary: modelSummarySchema,
  shape: shapeExplanationSchema,
  head: headSpecSchema,
  unit: z.enum(['rows', 'images', 'recordings', 'windows']),
  trainCount: z.number(),
  testCount: z.number(),
  droppedCount: z.number(),
  stratified: z.boolean(),
  testExamples: z.array(z.string()),
  skipped: z.array(skippedFileSchema),
  notes: z.array(appErrorInfoSchema),
  imageMemory: z
    .object({ mode: z.enum(['cached', 'streamed']), decodedBytes: z.number().nonnegative(), budgetBytes: z.number().nonnegative() })
    .optional(),
}) satisfies z.ZodType<PreparedInfo>;

/** chooseBackend's answer: the backend in use, its name ("WebGPU (google swiftshader)"), and why it was chosen. */
export interface BackendInfo {
  readonly backend: BackendName;
  readonly label: string;
  readonly reason: Message;
  /** The pre-flight's sentence: passed (with the time and memory estimate per epoch) or what failed. */
  readonly preflight?: Message;
}
export const backendInfoSchema = z.object({
  backend: backendNameSchema,
  label: z.string(),
  reason: messageSchema,
  preflight: messageSchema.optional(),
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
  /** The data is being prepared (images: decoded). */
  | { readonly type: 'prepare-progress'; readonly progress: PrepareProgress }
  | { readonly type: 'prepared'; readonly prepared: PreparedInfo }
  | { readonly type: 'epoch'; readonly metrics: EpochMetrics }
  | { readonly type: 'progress'; readonly progress: TrainingProgress }
  | { readonly type: 'done'; readonly outcome: TrainingOutcome; readonly evaluation: Evaluation; readonly experimentId?: string }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const trainResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prepare-progress'), progress: prepareProgressSchema }),
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

/** A message that failed its schema, as an error the UI can show; `where` it came from is for developers. */
export function invalidMessageError(where: string, issues: z.ZodError): AppErrorInfo {
  return appErrorInfo({
    code: 'internal/invalid-message',
    message: msg('train.worker.invalidMessage'),
    detail: `from ${where}: ${z.prettifyError(issues)}`,
  });
}

/** The typed arrays inside a dataset, to transfer instead of copy. */
export function datasetTransferables(dataset: TypedDataset): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const column of dataset.columns) {
    const arrays =
      column.kind === 'number' || column.kind === 'datetime'
        ? [column.values]
        : column.kind === 'category'
          ? [column.codes]
          : column.kind === 'text' && column.codes
            ? [column.codes]
            : [];
    for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.push(array.buffer);
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
