/**
 * Messages between the renderer and the predict worker (predict.worker.ts), as zod schemas:
 * each side validates what it receives. The worker loads an experiment's weights from the
 * store itself, so megabytes of weights never cross the boundary; only the rows (or the new
 * images' bytes) and the predictions do.
 */
import { z } from 'zod';
import { clipInput, type AppErrorInfo } from '../core/errors';
import type { TypedDataset } from '../core/data/types';
import type { PredictionTable } from '../core/experiment/predict';
import { appErrorInfoSchema, columnSchema, taskSchema, typedDatasetSchema } from '../core/record-schemas';
import { messageSchema } from '../core/i18n/message';
import { LOCALES, type Locale } from '../core/i18n/locale';

/**
 * Rows to predict: a parsed file, or a form's one row, whose number columns carry no statistics
 * (NaN: core's predict-columns.ts does not compute them), so NaN is accepted there.
 */
const statistic = z.union([z.number(), z.nan()]);
const [numberColumnSchema, ...otherColumnSchemas] = columnSchema.options;
const predictColumnSchema = z.discriminatedUnion('kind', [
  numberColumnSchema.extend({ min: statistic, max: statistic, mean: statistic, std: statistic }),
  ...otherColumnSchemas,
]);
const predictDatasetSchema = typedDatasetSchema.extend({ columns: z.array(predictColumnSchema) });

/** Renderer → predict worker. `withCsv`: also write the predictions CSV (a file, not a form row). */
export type PredictRequest =
  | { readonly type: 'predict'; readonly requestId: number; readonly experimentId: string; readonly dataset: TypedDataset; readonly withCsv: boolean; /** The file's text, so the CSV keeps every cell as it was. */ readonly text?: string; /** The language of the CSV's notes (English when absent). */ readonly locale?: Locale }
  /**
   * New images for an image model, as the files' bytes (decoded in the worker, as training
   * decoded them); answered by 'done' with one prediction per image, `keys` = the names.
   */
  | { readonly type: 'predict-images'; readonly requestId: number; readonly experimentId: string; readonly images: readonly PredictImage[]; readonly withCsv?: boolean; readonly locale?: Locale }
  /** Frees the model held for the last experiment (the panel closed). */
  | { readonly type: 'dispose' };

export interface PredictImage {
  /** The file's name as the user knows it; clipped to MAX_IMAGE_NAME characters. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Images in one request: a few drops, not a dataset (a folder of thousands is the CLI's). */
export const MAX_PREDICT_IMAGES = 200;
export const MAX_IMAGE_NAME = 200;

const predictImagesRequestSchema = z.object({
  type: z.literal('predict-images'),
  requestId: z.number().int().nonnegative(),
  experimentId: z.string().min(1).max(200),
  images: z.array(z.object({
    name: z.string().transform((name) => clipInput(name, MAX_IMAGE_NAME)),
    bytes: z.instanceof(Uint8Array),
  })).max(MAX_PREDICT_IMAGES),
  withCsv: z.boolean().optional(),
  locale: z.enum(LOCALES).optional(),
});

export const predictRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('predict'),
    requestId: z.number().int().nonnegative(),
    experimentId: z.string().min(1).max(200),
    dataset: predictDatasetSchema,
    withCsv: z.boolean(),
    text: z.string().optional(),
    locale: z.enum(LOCALES).optional(),
  }),
  predictImagesRequestSchema,
  z.object({ type: z.literal('dispose') }),
]) satisfies z.ZodType<PredictRequest>;

/**
 * The number of images a request that failed its schema carries, when it is too many: the
 * window is told the limit rather than that its message was malformed.
 */
export function tooManyImages(data: unknown): { readonly requestId: number; readonly count: number } | null {
  const request = data as { type?: unknown; requestId?: unknown; images?: unknown } | null;
  if (request?.type !== 'predict-images' || !Array.isArray(request.images) || request.images.length <= MAX_PREDICT_IMAGES) return null;
  return { requestId: typeof request.requestId === 'number' ? request.requestId : -1, count: request.images.length };
}

export const predictionTableSchema = z.object({
  task: taskSchema,
  rows: z.number().int().nonnegative(),
  keys: z.array(z.string()).optional(),
  classes: z.array(z.string()).optional(),
  predicted: z.array(z.string()),
  values: z.instanceof(Float32Array).optional(),
  probabilities: z.instanceof(Float32Array).optional(),
  notes: z.array(messageSchema.nullable()),
}) satisfies z.ZodType<PredictionTable>;

/** Predict worker → renderer; `requestId` names the request answered (older answers are ignored). */
export type PredictResponse =
  | {
      readonly type: 'done';
      readonly requestId: number;
      readonly table: PredictionTable;
      /** What the user should know about the rows (unknown categories, missing values filled in). */
      readonly problems: readonly AppErrorInfo[];
      readonly csv?: string;
    }
  | { readonly type: 'failed'; readonly requestId: number; readonly error: AppErrorInfo };

export const predictResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('done'),
    requestId: z.number(),
    table: predictionTableSchema,
    problems: z.array(appErrorInfoSchema),
    csv: z.string().optional(),
  }),
  z.object({ type: z.literal('failed'), requestId: z.number(), error: appErrorInfoSchema }),
]) satisfies z.ZodType<PredictResponse>;

/** The typed arrays of a prediction table, to transfer instead of copy. */
export function predictionTransferables(table: PredictionTable): ArrayBuffer[] {
  const buffers = [table.values, table.probabilities]
    .map((a) => a?.buffer)
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
}
