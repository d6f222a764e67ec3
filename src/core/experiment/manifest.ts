/**
 * manifest.json of a model folder (docs/export-format.md): the byte size and SHA-256 of every
 * other file of one export. A folder whose files come from two saves (an interrupted save, a
 * file copied over from another model, a download renamed by the browser) has a file that
 * does not match, and is refused before anything predicts with it.
 * Pure: the caller reads the files (the CLI) or writes them (host.saveFiles, the CLI).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { AppError } from '../errors';
import { msg } from '../i18n/message';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'layerbench-model';
export const MANIFEST_VERSION = 1;

/** A file name without a folder part: what a manifest may list, so that it never points outside its folder. */
const plainFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a manifest lists plain file names');

const manifestEntrySchema = z.object({
  name: plainFileName,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const modelManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.number().int().positive(),
  generatedBy: z.string().optional(),
  files: z
    .array(manifestEntrySchema)
    .min(1)
    .refine((files) => new Set(files.map((f) => f.name)).size === files.length, 'a file is listed twice'),
});

export type ModelManifest = z.infer<typeof modelManifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

interface NamedData {
  readonly name: string;
  readonly data: Uint8Array | string;
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? utf8ToBytes(data) : data;
}

export function manifestEntry(file: NamedData): ManifestEntry {
  const bytes = bytesOf(file.data);
  return { name: file.name, bytes: bytes.byteLength, sha256: bytesToHex(sha256(bytes)) };
}

/** manifest.json for `files` (every other file of the folder), as the export writes it. */
export function manifestFile(files: readonly NamedData[]): { name: string; data: string } {
  const manifest: ModelManifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    generatedBy: 'Layerbench',
    files: files.map(manifestEntry),
  };
  return { name: MANIFEST_FILE, data: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** True when `text` is a manifest of this format (any version): the folder was written by Layerbench. */
export function looksLikeManifest(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown } | null)?.format === MANIFEST_FORMAT;
  } catch {
    return false;
  }
}

/** Reads manifest.json of the folder `folder` (named in messages); throws a plain AppError. */
export function parseManifest(text: string, folder: string): ModelManifest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw damagedManifest(folder, err instanceof Error ? err.message : String(err));
  }
  const version = (body as { version?: unknown } | null)?.version;
  if (looksLikeManifest(text) && typeof version === 'number' && version > MANIFEST_VERSION) {
    throw new AppError({
      code: 'model-folder/newer-manifest',
      message: msg('experiment.manifest.newer', { folder: `“${folder}”`, version }),
      detail: `manifest version ${version} > ${MANIFEST_VERSION}`,
    });
  }
  const parsed = modelManifestSchema.safeParse(body);
  if (!parsed.success) throw damagedManifest(folder, parsed.error.message);
  return parsed.data;
}

function damagedManifest(folder: string, detail: string): AppError {
  return new AppError({
    code: 'model-folder/manifest-damaged',
    message: msg('experiment.manifest.damaged', { file: MANIFEST_FILE, folder: `“${folder}”` }),
    detail,
  });
}

/** Where a model's files are: a folder, or one .zip (model-zip.ts). Messages say which. */
export type ModelContainer = 'folder' | 'zip';

/**
 * Throws unless `bytes` (the file as read now; undefined when it is missing) is the file the
 * manifest lists. The message names the file and says what is wrong with it.
 */
export function checkManifestEntry(entry: ManifestEntry, bytes: Uint8Array | undefined, folder: string, container: ModelContainer = 'folder'): void {
  if (bytes === undefined) {
    throw new AppError({
      code: 'model-folder/file-missing',
      message: msg('experiment.manifest.fileMissing', { folder: `“${folder}”`, file: entry.name, container }),
      detail: `${entry.name} listed in ${MANIFEST_FILE} (${entry.bytes} bytes) is absent`,
    });
  }
  const detail = `${entry.name}: ${bytes.byteLength} bytes, expected ${entry.bytes} bytes with sha256 ${entry.sha256}`;
  if (bytes.byteLength < entry.bytes) {
    throw new AppError({
      code: 'model-folder/file-short',
      message: msg('experiment.manifest.fileShort', { file: entry.name, folder: `“${folder}”`, bytes: bytes.byteLength, expected: entry.bytes }),
      detail,
    });
  }
  if (bytes.byteLength !== entry.bytes || bytesToHex(sha256(bytes)) !== entry.sha256) {
    throw new AppError({
      code: 'model-folder/file-changed',
      message: msg('experiment.manifest.fileChanged', { file: entry.name, folder: `“${folder}”` }),
      detail: `${detail}; sha256 now ${bytesToHex(sha256(bytes))}`,
    });
  }
}

/**
 * Every file `manifest` lists, read once through `read` (undefined: no such file) and checked
 * against it: what a model folder and a model zip share. Throws on the first file that does not
 * belong; files the manifest does not list are never read.
 */
export function checkedModelFiles(
  manifest: ModelManifest,
  read: (name: string) => Uint8Array | undefined,
  where: string,
  container: ModelContainer = 'folder',
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const bytes = read(entry.name);
    checkManifestEntry(entry, bytes, where, container);
    files.set(entry.name, bytes as Uint8Array);
  }
  return files;
}
