/**
 * Messages of image datasets: the files handed to a worker, how to index them, the images
 * worker's inspection, and the image part of a training request.
 */
import { z } from 'zod';
import type { AppErrorInfo } from '../core/errors';
import { messageSchema, type Message } from '../core/i18n/message';
import type { ImageIndex, ImageInspection, SkippedFile } from '../core/sources/images/types';
import type { PrepareProgress } from '../core/sources/kind';
import { appErrorInfoSchema, shapeExplanationSchema, taskSchema } from '../core/record-schemas';

/** A file handed to a worker: its path relative to the chosen folder (or the CSV's folder), and its bytes. */
export interface ImageFileRef {
  readonly relativePath: string;
  readonly file: Blob;
  /** Why the host did not read the file (see ImageFolderFile). */
  readonly refused?: Message;
}
export const imageFileRefSchema = z.object({
  relativePath: z.string().min(1),
  file: z.instanceof(Blob),
  refused: messageSchema.optional(),
}) satisfies z.ZodType<ImageFileRef>;

/** How to index the files: class sub-folders, or a CSV (one of the files) with a path column and a label/target column. */
export type ImageIndexRequest =
  | { readonly kind: 'folder'; readonly name: string }
  | { readonly kind: 'csv'; readonly name: string; readonly csvPath: string; readonly pathColumn?: string; readonly target?: string };
export const imageIndexRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), name: z.string().min(1) }),
  z.object({ kind: z.literal('csv'), name: z.string().min(1), csvPath: z.string().min(1), pathColumn: z.string().optional(), target: z.string().optional() }),
]) satisfies z.ZodType<ImageIndexRequest>;

export const skippedFileSchema = z.object({ relativePath: z.string(), reason: messageSchema }) satisfies z.ZodType<SkippedFile>;
export const prepareProgressSchema = z.object({ phase: z.enum(['scan', 'encode']), done: z.number(), total: z.number() }) satisfies z.ZodType<PrepareProgress>;

const imageShapeTuple = z.tuple([z.null(), z.number(), z.number(), z.number()]);
const spreadSchema = z.object({ min: z.number(), median: z.number(), max: z.number() });
const sizeCountSchema = z.object({ width: z.number(), height: z.number(), count: z.number() });
export const imageInspectionSchema = z.object({
  kind: z.literal('images'),
  name: z.string(),
  source: z.enum(['folder', 'csv']),
  task: taskSchema,
  targetName: z.string(),
  taskReason: messageSchema,
  imageCount: z.number(),
  classes: z.array(z.object({ label: z.string(), count: z.number() })),
  target: spreadSchema.extend({ mean: z.number() }).optional(),
  sizes: z.object({ width: spreadSchema, height: spreadSchema, mostCommon: sizeCountSchema, distinct: z.number(), top: z.array(sizeCountSchema) }),
  grayscale: z.boolean(),
  alphaDropped: z.boolean(),
  channels: z.union([z.literal(1), z.literal(3)]),
  channelReason: messageSchema,
  proposedSize: z.object({ height: z.number(), width: z.number() }),
  inputShape: imageShapeTuple,
  explanation: shapeExplanationSchema,
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
  taskReason: messageSchema,
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
  | { readonly type: 'progress'; readonly progress: PrepareProgress }
  | { readonly type: 'done'; readonly inspection: ImageInspection; readonly index: ImageIndex }
  | { readonly type: 'failed'; readonly error: AppErrorInfo };
export const imagesResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: prepareProgressSchema }),
  z.object({ type: z.literal('done'), inspection: imageInspectionSchema, index: imageIndexSchema }),
  z.object({ type: z.literal('failed'), error: appErrorInfoSchema }),
]) satisfies z.ZodType<ImagesResponse>;
