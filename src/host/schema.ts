/**
 * Runtime schemas for what crosses a boundary between the renderer and its host: IPC
 * arguments (checked in the main process) and the samples' index file (read by both hosts).
 * The preload does not import this file: a sandboxed preload may require only 'electron'.
 */
import { z } from 'zod';
import { LOCALES } from '../core/i18n/locale';
import {
  MAX_IMAGE_FOLDER_FILES,
  MAX_IMAGE_READ_BATCH,
  MAX_SAVED_BYTES,
  MAX_SAVED_FILES,
  MAX_TEXT_FILE_BYTES,
  MAX_EXPERIMENT_FILE_BYTES,
  type ImageFolderListing,
  type MenuCommand,
  type SampleInfo,
} from './contract';

/** A sample's id: letters and digits joined by '-' or '_' (never a path). */
export const sampleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'A sample id is 1 to 64 letters, digits, "-" or "_".');

/**
 * A plain file name inside the samples folder: no folder part, no "..", a table extension.
 * This is what keeps a tampered index.json from pointing the main process at another file.
 */
export const sampleFileNameSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._()-]*\.(csv|tsv|txt)$/i, 'A sample file is a plain .csv, .tsv or .txt name.')
  .refine((name) => !name.includes('..'), 'A sample file name may not contain "..".');

/** An image sample's folder: a plain folder name inside the samples folder. */
export const sampleFolderSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'A sample folder is a plain name of letters, digits, "-" or "_".');

const sampleBase = {
  id: sampleIdSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  task: z.enum(['classification', 'regression']),
  target: z.string().min(1).max(500).optional(),
};

export const sampleInfoSchema = z.union([
  z.object({ ...sampleBase, kind: z.literal('images'), folder: sampleFolderSchema }),
  z.object({ ...sampleBase, kind: z.literal('table').optional(), fileName: sampleFileNameSchema }),
  z.object({ ...sampleBase, kind: z.literal('sequences'), fileName: sampleFileNameSchema }),
]);

const sampleListSchema = z
  .array(sampleInfoSchema)
  .max(200)
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'Two samples share an id.');

/** resources/samples/index.json: either a bare array of samples or `{ "samples": [...] }`. */
export const sampleIndexSchema = z
  .union([sampleListSchema, z.object({ samples: sampleListSchema })])
  .transform((index): SampleInfo[] => (Array.isArray(index) ? index : index.samples));

export const menuCommandSchema = z.enum(['open-dataset', 'open-image-folder']) satisfies z.ZodType<MenuCommand>;

/**
 * The name a save dialog proposes: a plain file name (no folder part, no ".."), since the
 * renderer only suggests it and the user picks the folder.
 */
export const suggestedFileNameSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._()-]*$/, 'A suggested file name is a plain name without folders.')
  .refine((name) => !name.includes('..'), 'A suggested file name may not contain "..".');

/** ".json": a dot and 1 to 10 letters or digits. */
export const fileExtensionSchema = z.string().regex(/^\.[A-Za-z0-9]{1,10}$/, 'An extension is a dot and 1 to 10 letters or digits.');

/**
 * A file's path below an image folder as the renderer names it: '/'-separated, no empty, "." or
 * ".." part, not absolute. The main process also requires it to be one it listed.
 */
export const imageRelativePathSchema = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (path) => !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
    'An image path is relative, "/"-separated, without "." or ".." parts.',
  );

/** A listing's token: what image-folders.ts makes (hex). */
export const imageFolderTokenSchema = z.string().regex(/^[0-9a-f]{8,64}$/, 'A folder token is hexadecimal.');

/** The files.json of an image sample: the relative paths of its files. */
export const imageSampleFileListSchema = z.array(imageRelativePathSchema).max(MAX_IMAGE_FOLDER_FILES);

/** What the main process answers when it lists a folder (checked by tests; the renderer trusts its own host). */
export const imageFolderListingSchema = z.object({
  token: imageFolderTokenSchema,
  name: z.string(),
  files: z.array(z.object({ relativePath: imageRelativePathSchema, sizeBytes: z.number().nonnegative() })).max(MAX_IMAGE_FOLDER_FILES),
}) satisfies z.ZodType<ImageFolderListing>;

/** Bytes or text: text counts at least one byte per UTF-16 unit (a first cut; the service checks bytes). */
function savedSize(data: Uint8Array | string): number {
  return typeof data === 'string' ? data.length : data.byteLength;
}

/** Files saved together: plain, distinct names, at most MAX_SAVED_FILES and MAX_SAVED_BYTES in all. */
export const savedFilesSchema = z
  .array(z.object({ name: suggestedFileNameSchema, data: z.union([z.string(), z.instanceof(Uint8Array)]) }))
  .min(1)
  .max(MAX_SAVED_FILES)
  .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, 'Two files share a name.')
  .refine((files) => files.reduce((sum, f) => sum + savedSize(f.data), 0) <= MAX_SAVED_BYTES, 'The files are too large.');

/** Arguments of each IPC channel, as the tuple `ipcRenderer.invoke(channel, ...args)` sends. */
export const ipcArgsSchemas = {
  openDatasetDialog: z.tuple([]),
  listSamples: z.tuple([]),
  loadSample: z.tuple([sampleIdSchema]),
  // A UTF-8 string takes at least as many bytes as it has UTF-16 units, so this is a first cut;
  // the main process checks the byte length before writing.
  saveTextFile: z.tuple([suggestedFileNameSchema, z.string().max(MAX_TEXT_FILE_BYTES)]),
  openTextFile: z.tuple([z.array(fileExtensionSchema).min(1).max(8), z.number().int().positive().max(MAX_EXPERIMENT_FILE_BYTES).optional()]),
  openBinaryFile: z.tuple([z.array(fileExtensionSchema).min(1).max(8), z.number().int().positive().max(MAX_EXPERIMENT_FILE_BYTES)]),
  saveFiles: z.tuple([suggestedFileNameSchema, savedFilesSchema]),
  saveBinaryFile: z.tuple([suggestedFileNameSchema, z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVED_BYTES, 'The file is too large.')]),
  openImageFolder: z.tuple([]),
  listImageSample: z.tuple([sampleIdSchema]),
  readImageFiles: z.tuple([imageFolderTokenSchema, z.array(imageRelativePathSchema).min(1).max(MAX_IMAGE_READ_BATCH)]),
  setLocale: z.tuple([z.enum(LOCALES)]),
} as const;

/** Parses the text of an index.json; throws a ZodError or SyntaxError that callers turn into an AppError. */
export function parseSampleIndex(text: string): SampleInfo[] {
  return sampleIndexSchema.parse(JSON.parse(text));
}
