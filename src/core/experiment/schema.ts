/**
 * Runtime schemas of the experiment records, for what comes back from IndexedDB and from an
 * imported file: a record that does not match is reported, never trusted. Typed arrays (the
 * evaluation's predictions) are accepted as typed arrays, as structured clone keeps them.
 */
import { z } from 'zod';
import type { FeatureSlot, ImagePreprocessing, Preprocessing, SequencePreprocessing } from '../features/types';
import type { ImageEncodingPlan } from '../sources/images/types';
import type { LayerSpec, ModelSpec } from '../model/types';
import type { EpochMetrics } from '../train/types';
import type { ModelDraft } from '../model/designer-types';
import {
  appErrorInfoSchema,
  backendNameSchema,
  evaluationSchema,
  featurePlanSchema,
  sequencePlanSchema,
  modelSummarySchema,
  taskSchema,
  trainingSettingsSchema,
} from '../record-schemas';
import { messageSchema } from '../i18n/message';
import { EXPERIMENT_VERSION, type DatasetIdentity, type ExperimentRecord, type StoredWeights } from './types';

export { appErrorInfoSchema };

/**
 * Layers are kept as they were designed. They are not re-checked against today's layer
 * catalogue here (a saved run must stay readable if an argument's rules change); they are
 * checked again when a new run starts from them.
 */
const storedLayerSchema = z.looseObject({ type: z.string().min(1) }) satisfies z.ZodType<LayerSpec>;
const storedDraftSchema = z.object({ layers: z.array(storedLayerSchema), batchSize: z.number().int().positive().optional() }) satisfies z.ZodType<ModelDraft>;
const storedSpecSchema = z.object({
  inputShape: z.array(z.number().int().positive()).min(1),
  layers: z.array(storedLayerSchema),
}) satisfies z.ZodType<ModelSpec>;

/** A diverged run has NaN or infinite losses: kept as they are (zod's number refuses them). */
const anyNumber = z.custom<number>((v) => typeof v === 'number', 'a number');
export const storedEpochMetricsSchema = z.object({
  epoch: z.number().int(),
  loss: anyNumber,
  valLoss: anyNumber.optional(),
  accuracy: anyNumber.optional(),
  valAccuracy: anyNumber.optional(),
  mae: anyNumber.optional(),
  valMae: anyNumber.optional(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<EpochMetrics>;

export const imageEncodingPlanRecordSchema = z.object({
  height: z.number().int().positive(),
  width: z.number().int().positive(),
  channels: z.union([z.literal(1), z.literal(3)]),
  augment: z.object({ flip: z.boolean(), shift: z.number().int().min(0) }),
}) satisfies z.ZodType<ImageEncodingPlan>;

export const featureSlotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('scaled'), column: z.string(), mean: z.number(), std: z.number() }),
  z.object({ kind: z.literal('missing-indicator'), column: z.string(), missingRows: z.number().optional() }),
  z.object({ kind: z.literal('one-hot'), column: z.string(), category: z.string() }),
]) satisfies z.ZodType<FeatureSlot>;

export const imagePreprocessingSchema = z.object({
  height: z.number().int().positive(),
  width: z.number().int().positive(),
  channels: z.union([z.literal(1), z.literal(3)]),
  resize: z.literal('bilinear'),
  pixelScale: z.literal('divide-by-255'),
  alpha: z.literal('dropped'),
}) satisfies z.ZodType<ImagePreprocessing>;

export const sequencePreprocessingSchema = z.object({
  layout: z.enum(['grouped', 'windows']),
  idColumn: z.string().nullable(),
  orderColumn: z.string().nullable(),
  length: z.number().int().positive(),
  stride: z.number().int().positive(),
  padding: z.literal('post'),
  truncation: z.literal('post'),
  maskValue: z.literal(0),
  missing: z.literal('carry-forward'),
}) satisfies z.ZodType<SequencePreprocessing>;

export const preprocessingSchema = z.object({
  task: taskSchema,
  target: z.string(),
  slots: z.array(featureSlotSchema),
  imputation: z.literal('mean'),
  classes: z.array(z.string()).optional(),
  targetMean: z.number().optional(),
  targetStd: z.number().optional(),
  image: imagePreprocessingSchema.optional(),
  sequence: sequencePreprocessingSchema.optional(),
}) satisfies z.ZodType<Preprocessing>;

export const datasetIdentitySchema = z.object({
  name: z.string(),
  kind: z.enum(['table', 'images', 'sequences']),
  rows: z.number().int().nonnegative(),
  sizeBytes: z.number().nonnegative(),
  fingerprint: z.string(),
}) satisfies z.ZodType<DatasetIdentity>;

/** A message, or the English text a record saved before messages holds (RecordText). */
export const recordTextSchema = z.union([z.string(), messageSchema]);

const experimentRecordObjectSchema = z.object({
  version: z.literal(EXPERIMENT_VERSION),
  id: z.string().min(1),
  name: z.string(),
  notes: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  status: z.enum(['running', 'completed', 'stopped', 'interrupted', 'failed']),
  statusText: recordTextSchema.optional(),
  dataset: datasetIdentitySchema,
  task: taskSchema,
  plan: featurePlanSchema,
  imagePlan: imageEncodingPlanRecordSchema.optional(),
  sequencePlan: sequencePlanSchema.optional(),
  model: storedDraftSchema,
  settings: trainingSettingsSchema,
  preprocessing: preprocessingSchema.optional(),
  spec: storedSpecSchema.optional(),
  summary: modelSummarySchema.optional(),
  split: z.object({ trainRows: z.number(), testRows: z.number(), stratified: z.boolean() }).optional(),
  backend: z.object({ backend: backendNameSchema, label: z.string(), reason: z.string() }).optional(),
  history: z.array(storedEpochMetricsSchema),
  bestEpoch: z.number().int().optional(),
  elapsedMs: z.number().optional(),
  evaluation: evaluationSchema.optional(),
  testExamples: z.array(z.string()).optional(),
  hasWeights: z.boolean(),
  weightsNotKept: recordTextSchema.optional(),
  importedModel: z.object({ file: z.string() }).optional(),
});

/** Records saved before every kind of data had held-out example keys named their image paths `testPaths`. */
function withTestExamples(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('testPaths' in value) || 'testExamples' in value) return value;
  const { testPaths, ...rest } = value as { testPaths: unknown };
  return { ...rest, testExamples: testPaths };
}

export const experimentRecordSchema = z.preprocess(withTestExamples, experimentRecordObjectSchema) satisfies z.ZodType<ExperimentRecord>;

export const storedWeightsSchema = z.object({
  modelTopology: z.unknown(),
  weightSpecs: z.array(z.object({
    name: z.string(),
    shape: z.array(z.number().int().nonnegative()),
    dtype: z.enum(['float32', 'int32', 'bool']),
  })),
  weightData: z.instanceof(ArrayBuffer),
  epoch: z.number().int().nonnegative(),
}).superRefine((w, ctx) => {
  // 4 bytes per value for every dtype tfjs stores (bool is stored as 1 byte: count it so).
  let bytes = 0;
  for (const s of w.weightSpecs) bytes += s.shape.reduce((a, b) => a * b, 1) * (s.dtype === 'bool' ? 1 : 4);
  if (bytes !== w.weightData.byteLength) {
    ctx.addIssue({ code: 'custom', path: ['weightData'], message: `weights hold ${w.weightData.byteLength} bytes, the specs need ${bytes}` });
  }
}) satisfies z.ZodType<StoredWeights>;
