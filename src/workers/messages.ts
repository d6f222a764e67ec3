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
import { modelDraftSchema } from '../core/model/spec-file';
import type { HeadSpec, ModelSummary } from '../core/model/types';
import type { BackendName, EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from '../core/train/types';
import type { Evaluation } from '../core/evaluate/types';
import type { PipelineRequest } from '../core/pipeline';
import type {
  ImageEncodingPlan,
  ImageIndex,
  ImageInspection,
  ImageProgress,
  ImageShapeExplanation,
  SkippedFile,
} from '../core/images/types';

// ── shared records ────────────────────────────────────────────────────────────

export const appErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  detail: z.string().optional(),
  fix: z.object({ label: z.string(), action: z.string() }).optional(),
}) satisfies z.ZodType<AppErrorInfo>;

const histogramBinSchema = z.object({ label: z.string(), count: z.number() });

const columnBase = {
  name: z.string(),
  index: z.number().int(),
  missing: z.number(),
  distinct: z.number(),
  distinctCapped: z.boolean(),
  histogram: z.array(histogramBinSchema),
  reason: z.string(),
};

const columnSchema = z.discriminatedUnion('kind', [
  z.object({
    ...columnBase,
    kind: z.literal('number'),
    values: z.instanceof(Float64Array),
    min: z.number(),
    max: z.number(),
    mean: z.number(),
    std: z.number(),
    integer: z.boolean(),
    strayCells: z.array(z.object({ row: z.number(), line: z.number(), value: z.string() })),
    strayCount: z.number(),
  }),
  z.object({
    ...columnBase,
    kind: z.literal('category'),
    codes: z.instanceof(Int32Array),
    categories: z.array(z.string()),
    counts: z.array(z.number()),
  }),
  z.object({
    ...columnBase,
    kind: z.literal('text'),
    role: z.enum(['identifier', 'free text']),
    examples: z.array(z.string()),
  }),
  z.object({ ...columnBase, kind: z.literal('empty') }),
]);

export const typedDatasetSchema = z.object({
  name: z.string(),
  sizeBytes: z.number(),
  rowCount: z.number().int().nonnegative(),
  columns: z.array(columnSchema),
  delimiter: z.string(),
  preview: z.array(z.array(z.string())),
  suggestedExclusions: z.array(z.object({ column: z.string(), reason: z.string() })),
  warnings: z.array(appErrorInfoSchema),
}) satisfies z.ZodType<TypedDataset>;

export const parseProgressSchema = z.object({
  bytesRead: z.number(),
  totalBytes: z.number(),
  rows: z.number(),
}) satisfies z.ZodType<ParseProgress>;

const taskSchema = z.enum(['classification', 'regression']);
export const backendNameSchema = z.enum(['webgpu', 'webgl', 'wasm', 'cpu']) satisfies z.ZodType<BackendName>;
export type BackendPreference = BackendName | 'auto';
export const backendPreferenceSchema = z.union([backendNameSchema, z.literal('auto')]) satisfies z.ZodType<BackendPreference>;

export const featurePlanSchema = z.object({
  target: z.string(),
  features: z.array(z.string()),
  task: taskSchema,
}) satisfies z.ZodType<FeaturePlan>;

export const trainingSettingsSchema = z.object({
  epochs: z.number().int().positive(),
  batchSize: z.number().int().positive(),
  learningRate: z.number().positive(),
  optimizer: z.enum(['adam', 'sgd', 'rmsprop']),
  validationSplit: z.number().min(0).max(0.5),
  earlyStoppingPatience: z.number().int().nonnegative(),
  seed: z.number().int(),
  testFraction: z.number().gt(0).lt(1),
}) satisfies z.ZodType<TrainingSettings>;

const shapeExplanationSchema = z.object({
  inputShape: z.tuple([z.null(), z.number()], z.number()),
  text: z.string(),
  parts: z.array(z.object({ column: z.string(), units: z.number(), description: z.string() })),
  sum: z.string(),
  noneMeaning: z.string(),
}) satisfies z.ZodType<ShapeExplanation>;

const headSpecSchema = z.object({
  task: taskSchema,
  units: z.number(),
  activation: z.enum(['softmax', 'linear']),
  loss: z.enum(['categoricalCrossentropy', 'meanSquaredError']),
  reason: z.string(),
}) satisfies z.ZodType<HeadSpec>;

const modelSummarySchema = z.object({
  inputShapeText: z.string(),
  rows: z.array(
    z.object({
      name: z.string(),
      className: z.string(),
      outputShape: z.array(z.number().nullable()),
      outputShapeText: z.string(),
      params: z.number(),
      arithmetic: z.string(),
    }),
  ),
  totalParams: z.number(),
  trainableParams: z.number(),
  nonTrainableParams: z.number(),
}) satisfies z.ZodType<ModelSummary>;

const epochMetricsSchema = z.object({
  epoch: z.number().int(),
  loss: z.number(),
  valLoss: z.number().optional(),
  accuracy: z.number().optional(),
  valAccuracy: z.number().optional(),
  mae: z.number().optional(),
  valMae: z.number().optional(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<EpochMetrics>;

const trainingProgressSchema = z.object({
  epoch: z.number(),
  epochs: z.number(),
  batch: z.number(),
  batches: z.number(),
  elapsedMs: z.number(),
  etaMs: z.number().nullable(),
}) satisfies z.ZodType<TrainingProgress>;

const trainingOutcomeSchema = z.object({
  history: z.array(epochMetricsSchema),
  stoppedEarly: z.boolean(),
  stoppedByUser: z.boolean(),
  bestEpoch: z.number(),
  backend: backendNameSchema,
  elapsedMs: z.number(),
}) satisfies z.ZodType<TrainingOutcome>;

const evaluationSchema = z.discriminatedUnion('task', [
  z.object({
    task: z.literal('classification'),
    rows: z.number(),
    classes: z.array(z.string()),
    confusion: z.array(z.array(z.number())),
    accuracy: z.number(),
    perClass: z.array(
      z.object({ label: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() }),
    ),
    macroF1: z.number(),
    baseline: z.object({ label: z.string(), accuracy: z.number() }),
    predictions: z.object({
      actual: z.instanceof(Int32Array),
      predicted: z.instanceof(Int32Array),
      confidence: z.instanceof(Float32Array),
    }),
  }),
  z.object({
    task: z.literal('regression'),
    rows: z.number(),
    target: z.string(),
    mae: z.number(),
    rmse: z.number(),
    r2: z.number(),
    baseline: z.object({ value: z.number(), mae: z.number(), rmse: z.number(), r2: z.number() }),
    actual: z.instanceof(Float32Array),
    predicted: z.instanceof(Float32Array),
  }),
]) satisfies z.ZodType<Evaluation>;

// ── parse worker ──────────────────────────────────────────────────────────────

/** Renderer → parse worker. */
export interface ParseRequest {
  readonly type: 'parse';
  readonly file: Blob;
  readonly name: string;
  readonly sizeBytes: number;
}
export const parseRequestSchema = z.object({
  type: z.literal('parse'),
  file: z.instanceof(Blob),
  name: z.string().min(1),
  sizeBytes: z.number().nonnegative(),
}) satisfies z.ZodType<ParseRequest>;

/** Parse worker → renderer. */
export type ParseResponse =
  | { readonly type: 'progress'; readonly progress: ParseProgress }
  | { readonly type: 'done'; readonly dataset: TypedDataset }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const parseResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: parseProgressSchema }),
  z.object({ type: z.literal('done'), dataset: typedDatasetSchema }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
]) satisfies z.ZodType<ParseResponse>;

// ── train worker ──────────────────────────────────────────────────────────────

export const pipelineRequestSchema = z.object({
  dataset: typedDatasetSchema,
  plan: featurePlanSchema,
  // The layers are checked against the layer catalogue: known types, known arguments, valid values.
  model: modelDraftSchema,
  settings: trainingSettingsSchema,
}) satisfies z.ZodType<PipelineRequest>;

/** Renderer → train worker. */
export type TrainRequest =
  | { readonly type: 'start'; readonly request: PipelineRequest; readonly backend: BackendPreference }
  | { readonly type: 'start-images'; readonly request: ImageTrainRequest; readonly backend: BackendPreference }
  | { readonly type: 'stop' };
export const trainRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), request: pipelineRequestSchema, backend: backendPreferenceSchema }),
  z.object({ type: z.literal('start-images'), request: z.lazy(() => imageTrainRequestSchema), backend: backendPreferenceSchema }),
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
  image: z.lazy(() => z.object({ shape: imageShapeExplanationSchema, skipped: z.array(skippedFileSchema), testPaths: z.array(z.string()) })).optional(),
}) satisfies z.ZodType<PreparedInfo>;

/** chooseBackend's answer: the backend in use, its name in words, and why it was chosen. */
export interface BackendInfo {
  readonly backend: BackendName;
  readonly label: string;
  readonly reason: string;
}
export const backendInfoSchema = z.object({
  backend: backendNameSchema,
  label: z.string(),
  reason: z.string(),
}) satisfies z.ZodType<BackendInfo>;

/** Train worker → renderer. */
export type TrainResponse =
  | { readonly type: 'backend'; readonly info: BackendInfo }
  | { readonly type: 'prepared'; readonly prepared: PreparedInfo }
  | { readonly type: 'epoch'; readonly metrics: EpochMetrics }
  | { readonly type: 'progress'; readonly progress: TrainingProgress }
  | { readonly type: 'image-progress'; readonly progress: ImageProgress }
  | { readonly type: 'done'; readonly outcome: TrainingOutcome; readonly evaluation: Evaluation }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const trainResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('image-progress'), progress: z.lazy(() => imageProgressSchema) }),
  z.object({ type: z.literal('backend'), info: backendInfoSchema }),
  z.object({ type: z.literal('prepared'), prepared: preparedInfoSchema }),
  z.object({ type: z.literal('epoch'), metrics: epochMetricsSchema }),
  z.object({ type: z.literal('progress'), progress: trainingProgressSchema }),
  z.object({ type: z.literal('done'), outcome: trainingOutcomeSchema, evaluation: evaluationSchema }),
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

// ── images (issue 4) ──────────────────────────────────────────────────────────

/** A file handed to a worker: its path relative to the chosen folder (or the CSV's folder), and its bytes. */
export interface ImageFileRef {
  readonly relativePath: string;
  readonly file: Blob;
}
const imageFileRefSchema = z.object({ relativePath: z.string().min(1), file: z.instanceof(Blob) }) satisfies z.ZodType<ImageFileRef>;

/** How to index the files: class sub-folders, or a CSV (one of the files) with a path column and a label/target column. */
export type ImageIndexRequest =
  | { readonly kind: 'folder'; readonly name: string }
  | { readonly kind: 'csv'; readonly name: string; readonly csvPath: string; readonly pathColumn?: string; readonly target?: string };
const imageIndexRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), name: z.string().min(1) }),
  z.object({ kind: z.literal('csv'), name: z.string().min(1), csvPath: z.string().min(1), pathColumn: z.string().optional(), target: z.string().optional() }),
]) satisfies z.ZodType<ImageIndexRequest>;

export const skippedFileSchema = z.object({ relativePath: z.string(), reason: z.string() }) satisfies z.ZodType<SkippedFile>;
export const imageProgressSchema = z.object({ phase: z.enum(['scan', 'encode']), done: z.number(), total: z.number() }) satisfies z.ZodType<ImageProgress>;
const augmentSchema = z.object({ flip: z.boolean(), shift: z.number().int().min(0).max(2) });
export const imageEncodingPlanSchema = z.object({
  height: z.number().int().min(8).max(256),
  width: z.number().int().min(8).max(256),
  channels: z.union([z.literal(1), z.literal(3)]),
  augment: augmentSchema,
}) satisfies z.ZodType<ImageEncodingPlan>;

const imageShapeTuple = z.tuple([z.null(), z.number(), z.number(), z.number()]);
export const imageShapeExplanationSchema = z.object({
  inputShape: imageShapeTuple,
  text: z.string(),
  parts: z.array(z.object({ symbol: z.enum(['None', 'H', 'W', 'C']), value: z.number().nullable(), description: z.string() })),
  summary: z.string(),
  resize: z.string(),
  noneMeaning: z.string(),
}) satisfies z.ZodType<ImageShapeExplanation>;

const spreadSchema = z.object({ min: z.number(), median: z.number(), max: z.number() });
const sizeCountSchema = z.object({ width: z.number(), height: z.number(), count: z.number() });
export const imageInspectionSchema = z.object({
  kind: z.literal('images'),
  name: z.string(),
  source: z.enum(['folder', 'csv']),
  task: taskSchema,
  targetName: z.string(),
  taskReason: z.string(),
  imageCount: z.number(),
  classes: z.array(z.object({ label: z.string(), count: z.number() })),
  target: spreadSchema.extend({ mean: z.number() }).optional(),
  sizes: z.object({ width: spreadSchema, height: spreadSchema, mostCommon: sizeCountSchema, distinct: z.number(), top: z.array(sizeCountSchema) }),
  grayscale: z.boolean(),
  alphaDropped: z.boolean(),
  channels: z.union([z.literal(1), z.literal(3)]),
  channelReason: z.string(),
  proposedSize: z.object({ height: z.number(), width: z.number() }),
  inputShape: imageShapeTuple,
  explanation: imageShapeExplanationSchema,
  resizeMethod: z.literal('bilinear'),
  skipped: z.array(skippedFileSchema),
  ignored: z.array(skippedFileSchema),
  warnings: z.array(appErrorInfoSchema),
}) satisfies z.ZodType<ImageInspection>;

export const imageIndexSchema = z.object({
  name: z.string(),
  source: z.enum(['folder', 'csv']),
  task: taskSchema,
  targetName: z.string(),
  taskReason: z.string(),
  entries: z.array(z.object({ relativePath: z.string(), label: z.string().optional(), target: z.number().optional() })),
  classes: z.array(z.string()),
  ignored: z.array(skippedFileSchema),
  pathColumn: z.string().optional(),
}) satisfies z.ZodType<ImageIndex>;

/** Renderer → images worker (src/workers/images.worker.ts). */
export type ImagesRequest = { readonly type: 'inspect'; readonly files: readonly ImageFileRef[]; readonly index: ImageIndexRequest };
export const imagesRequestSchema = z.object({
  type: z.literal('inspect'),
  files: z.array(imageFileRefSchema),
  index: imageIndexRequestSchema,
}) satisfies z.ZodType<ImagesRequest>;

/** Images worker → renderer. */
export type ImagesResponse =
  | { readonly type: 'progress'; readonly progress: ImageProgress }
  | { readonly type: 'done'; readonly inspection: ImageInspection; readonly index: ImageIndex }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const imagesResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: imageProgressSchema }),
  z.object({ type: z.literal('done'), inspection: imageInspectionSchema, index: imageIndexSchema }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
]) satisfies z.ZodType<ImagesResponse>;

/** What the train worker needs to train on images: the files, how to index them, the plan, the model and the settings. */
export interface ImageTrainRequest {
  readonly files: readonly ImageFileRef[];
  readonly index: ImageIndexRequest;
  readonly plan: ImageEncodingPlan;
  readonly model: z.infer<typeof modelDraftSchema>;
  readonly settings: TrainingSettings;
}
export const imageTrainRequestSchema = z.object({
  files: z.array(imageFileRefSchema),
  index: imageIndexRequestSchema,
  plan: imageEncodingPlanSchema,
  model: modelDraftSchema,
  settings: trainingSettingsSchema,
}) satisfies z.ZodType<ImageTrainRequest>;
