/**
 * The records that cross the worker boundary (datasets, plans, settings, metrics, evaluations),
 * as zod schemas each checked against its core type with `satisfies`.
 */
import { z } from 'zod';
import type { AppErrorInfo } from './errors';
import { messageSchema } from './i18n/message';
import type { ParseProgress, TypedDataset } from './data/types';
import { ENCODING_NAMES, type EncodingInfo } from './data/encoding';
import type { FeaturePlan } from './features/types';
import type { ShapeExplanation } from './shape/types';
import type { HeadSpec, ModelSummary } from './model/types';
import type { BackendName, EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from './train/types';
import type { Evaluation } from './evaluate/types';
import type { ImageEncodingPlan } from './sources/images/types';
import type { PlanAnalysis } from './pipeline/analyse';
import type { KindAnalysis } from './sources/kind';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequenceDetection, type SequencePlan } from './sources/sequences/types';

// ── shared records ────────────────────────────────────────────────────────────

export const appErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  msg: messageSchema,
  detail: z.string().optional(),
  fix: z.object({ label: messageSchema, action: z.string() }).optional(),
}) satisfies z.ZodType<AppErrorInfo>;

export const histogramBinSchema = z.object({ label: z.string(), count: z.number() });

export const columnBase = {
  name: z.string(),
  index: z.number().int(),
  missing: z.number(),
  distinct: z.number(),
  distinctCapped: z.boolean(),
  histogram: z.array(histogramBinSchema),
  reason: messageSchema,
};

export const columnSchema = z.discriminatedUnion('kind', [
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
    removed: z.object({ symbol: z.string(), separators: z.array(z.string()), parentheses: z.boolean(), cells: z.number() }).optional(),
    unusable: z.array(z.object({ label: z.string(), count: z.number() })).optional(),
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
    role: z.enum(['identifier', 'code', 'free text']),
    examples: z.array(z.string()),
    codes: z.instanceof(Int32Array).optional(),
    dictionary: z.array(z.string()).optional(),
  }),
  z.object({
    ...columnBase,
    kind: z.literal('datetime'),
    values: z.instanceof(Float64Array),
    min: z.number(),
    max: z.number(),
    format: messageSchema,
    hasTime: z.boolean(),
  }),
  z.object({ ...columnBase, kind: z.literal('empty') }),
]);

export const encodingInfoSchema = z.object({
  encoding: z.enum(ENCODING_NAMES),
  label: z.string(),
  confidence: z.number().min(0).max(1),
  decidedBy: z.enum(['chosen', 'byte order mark', 'valid UTF-8', 'UTF-16 pattern', 'detector', 'script ranges', 'fallback']),
}) satisfies z.ZodType<EncodingInfo>;

export const typedDatasetSchema = z.object({
  name: z.string(),
  sizeBytes: z.number(),
  rowCount: z.number().int().nonnegative(),
  columns: z.array(columnSchema),
  delimiter: z.string(),
  encoding: encodingInfoSchema.optional(),
  preview: z.array(z.array(z.string())),
  suggestedExclusions: z.array(z.object({ column: z.string(), reason: messageSchema })),
  warnings: z.array(appErrorInfoSchema),
}) satisfies z.ZodType<TypedDataset>;

export const parseProgressSchema = z.object({
  bytesRead: z.number(),
  totalBytes: z.number(),
  rows: z.number(),
}) satisfies z.ZodType<ParseProgress>;

export const taskSchema = z.enum(['classification', 'regression']);
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
  imageCacheMb: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<TrainingSettings>;

export const shapeExplanationSchema = z.object({
  inputShape: z.tuple([z.null(), z.number()], z.number()),
  text: z.string(),
  axes: z.array(z.object({ symbol: z.string(), value: z.number().nullable(), description: messageSchema })),
  sum: messageSchema,
  parts: z.array(z.object({ column: z.string(), units: z.number(), description: messageSchema })),
  notes: z.array(messageSchema),
  noneMeaning: messageSchema,
}) satisfies z.ZodType<ShapeExplanation>;

export const headSpecSchema = z.object({
  task: taskSchema,
  units: z.number(),
  activation: z.enum(['softmax', 'sigmoid', 'linear']),
  loss: z.enum(['categoricalCrossentropy', 'binaryCrossentropy', 'meanSquaredError']),
  reason: messageSchema,
  classes: z.array(z.string()).optional(),
}) satisfies z.ZodType<HeadSpec>;

export const modelSummarySchema = z.object({
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

export const epochMetricsSchema = z.object({
  epoch: z.number().int(),
  loss: z.number(),
  valLoss: z.number().optional(),
  accuracy: z.number().optional(),
  valAccuracy: z.number().optional(),
  mae: z.number().optional(),
  valMae: z.number().optional(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<EpochMetrics>;

export const trainingProgressSchema = z.object({
  epoch: z.number(),
  epochs: z.number(),
  batch: z.number(),
  batches: z.number(),
  elapsedMs: z.number(),
  etaMs: z.number().nullable(),
}) satisfies z.ZodType<TrainingProgress>;

export const trainingOutcomeSchema = z.object({
  history: z.array(epochMetricsSchema),
  stoppedEarly: z.boolean(),
  stoppedByUser: z.boolean(),
  bestEpoch: z.number(),
  backend: backendNameSchema,
  elapsedMs: z.number(),
}) satisfies z.ZodType<TrainingOutcome>;

export const evaluationSchema = z.discriminatedUnion('task', [
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
    // Optional: records saved before the linear baseline existed have none.
    linear: z.object({ accuracy: z.number(), macroF1: z.number(), steps: z.number(), elapsedMs: z.number() }).optional(),
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
    linear: z.object({ mae: z.number(), rmse: z.number(), r2: z.number(), steps: z.number(), elapsedMs: z.number() }).optional(),
    actual: z.instanceof(Float32Array),
    predicted: z.instanceof(Float32Array),
  }),
]) satisfies z.ZodType<Evaluation>;

// ── plans of the kinds of data, and what a plan gives ──────────────────────────

const augmentSchema = z.object({ flip: z.boolean(), shift: z.number().int().min(0).max(2) });
export const imageEncodingPlanSchema = z.object({
  height: z.number().int().min(8).max(256),
  width: z.number().int().min(8).max(256),
  channels: z.union([z.literal(1), z.literal(3)]),
  augment: augmentSchema,
}) satisfies z.ZodType<ImageEncodingPlan>;

export const kindAnalysisSchema = z.object({
  problems: z.array(appErrorInfoSchema),
  notes: z.array(appErrorInfoSchema),
  shape: shapeExplanationSchema.nullable(),
  task: taskSchema,
  target: z.string(),
  classes: z.array(z.string()),
  unit: z.enum(['rows', 'images', 'recordings', 'windows']),
  trainCount: z.number().int().nonnegative(),
  testCount: z.number().int().nonnegative(),
  previewExamples: z.array(z.string()),
  columns: z.array(z.object({ column: z.string(), role: z.string(), reason: messageSchema })).optional(),
  maskValue: z.number().optional(),
  shortest: z.object({ steps: z.number().int().nonnegative(), count: z.number().int().nonnegative(), names: z.array(z.string()) }).optional(),
}) satisfies z.ZodType<KindAnalysis>;

export const planAnalysisSchema = kindAnalysisSchema.extend({ head: headSpecSchema.nullable() }) satisfies z.ZodType<PlanAnalysis>;

export const sequencePlanSchema = z.object({
  layout: z.enum(['grouped', 'windows']),
  target: z.string(),
  task: taskSchema,
  features: z.array(z.string()),
  idColumn: z.string().nullable(),
  orderColumn: z.string().nullable(),
  length: z.number().int().min(MIN_SEQUENCE_LENGTH).max(MAX_SEQUENCE_LENGTH),
  stride: z.number().int().min(1).max(MAX_SEQUENCE_LENGTH),
}) satisfies z.ZodType<SequencePlan>;

export const sequenceDetectionSchema = z.object({
  proposal: z.object({ plan: sequencePlanSchema, targetReason: messageSchema, taskReason: messageSchema }).nullable(),
  likely: z.boolean(),
  reason: messageSchema,
  idCandidates: z.array(z.string()),
  orderCandidates: z.array(z.string()),
}) satisfies z.ZodType<SequenceDetection>;
