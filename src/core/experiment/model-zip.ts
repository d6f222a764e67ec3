/**
 * A model export as one .zip (docs/export-format.md): the five files of a model folder, side by
 * side, as the browser build saves them and as `layerbench predict` and the app's import read
 * them. fflate does the zip format; this module decides what a model zip may hold.
 *
 * A zip is input from anywhere, so it is read with limits before anything is inflated: at most
 * MAX_ZIP_ENTRIES entries and MAX_ZIP_UNPACKED_BYTES in all (as the zip declares them, and
 * each entry is inflated into a buffer of its declared size, so a lying entry cannot grow
 * past it), and only plain file names: a folder, `..`, an absolute or drive path is refused.
 * The files are then checked against manifest.json like a model folder's.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError, quoteInput } from '../errors';
import { msg } from '../i18n/message';
import { checkedModelFiles, MANIFEST_FILE, parseManifest, type ModelManifest } from './manifest';

/** More entries than a model zip (five files) plus what a person may add beside them. */
export const MAX_ZIP_ENTRIES = 64;
/** The most a model zip may unpack to, in all (the app saves at most this much at once). */
export const MAX_ZIP_UNPACKED_BYTES = 500_000_000;
/** The files every model needs, besides manifest.json. */
export const MODEL_REQUIRED_FILES = ['model.json', 'preprocessing.json'] as const;

export interface ZipFile {
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** Folders a zip tool adds beside the files themselves (macOS Finder's resource forks): skipped, never read. */
const TOOL_FOLDERS = /^__MACOSX\//;

/** Why `name` cannot be one file of a flat model zip, or null when it can. */
function nameProblem(name: string): 'folder' | 'unsafe' | null {
  if (name === '' || name === '.' || name === '..' || /[\\:]|\p{Cc}/u.test(name) || name.startsWith('/')) return 'unsafe';
  const parts = name.split('/');
  if (parts.some((p) => p === '..')) return 'unsafe';
  return parts.length > 1 ? 'folder' : null;
}

/** True when `bytes` start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * One zip holding `files` at its top level. `mtime` (ms since epoch) is every entry's date, so
 * that the same files at the same time give the same bytes.
 */
export function zipFiles(files: readonly ZipFile[], mtime: number): Uint8Array {
  // No prototype: a file named "constructor" is a file like any other.
  const entries: Zippable = Object.create(null) as Zippable;
  for (const file of files) {
    if (nameProblem(file.name) !== null || Object.hasOwn(entries, file.name)) {
      throw new AppError({ code: 'model-zip/bad-name', message: msg('experiment.export.zip.badName', { name: quoteInput(file.name) }), detail: `zipFiles: ${JSON.stringify(file.name)}` });
    }
    const data = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
    // Weights are float32 noise to deflate: stored as they are, they unpack faster and as small.
    entries[file.name] = [data, { level: /\.bin$/i.test(file.name) ? 0 : 6, mtime }];
  }
  return zipSync(entries);
}

/** The limits unzipFiles reads within (tests lower them). */
export interface ZipLimits {
  readonly maxEntries?: number;
  readonly maxBytes?: number;
}

/**
 * The files of the zip `bytes` (named `zipName` in messages), by name. Throws a plain AppError
 * for anything that is not a flat zip of at most MAX_ZIP_ENTRIES files and MAX_ZIP_UNPACKED_BYTES.
 */
export function unzipFiles(bytes: Uint8Array, zipName: string, limits: ZipLimits = {}): Map<string, Uint8Array> {
  const file = quoteInput(zipName);
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxBytes = limits.maxBytes ?? MAX_ZIP_UNPACKED_BYTES;
  let entries = 0;
  let unpacked = 0;
  const seen = new Set<string>();
  let refusal: AppError | null = null;
  const refuse = (error: AppError): false => {
    refusal = error;
    // fflate's filter cannot stop the loop: throwing does, and the refusal is rethrown below.
    throw error;
  };
  let found: Record<string, Uint8Array>;
  try {
    found = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entries > maxEntries) {
          return refuse(new AppError({ code: 'model-zip/too-many-entries', message: msg('experiment.export.zip.tooManyEntries', { file, max: maxEntries }), detail: `more than ${maxEntries} entries` }));
        }
        if (TOOL_FOLDERS.test(entry.name)) return false;
        const problem = nameProblem(entry.name);
        if (problem !== null) {
          const key = problem === 'folder' ? 'experiment.export.zip.folder' : 'experiment.export.zip.unsafeName';
          return refuse(new AppError({ code: `model-zip/${problem === 'folder' ? 'folder' : 'unsafe-name'}`, message: msg(key, { file, name: quoteInput(entry.name) }), detail: `entry ${JSON.stringify(entry.name)}` }));
        }
        if (seen.has(entry.name)) {
          return refuse(new AppError({ code: 'model-zip/damaged', message: msg('experiment.export.zip.damaged', { file }), detail: `entry ${JSON.stringify(entry.name)} appears twice` }));
        }
        seen.add(entry.name);
        unpacked += entry.originalSize;
        if (unpacked > maxBytes) {
          return refuse(new AppError({
            code: 'model-zip/too-large',
            message: msg('experiment.export.zip.tooLarge', { file, limitMb: maxBytes / 1e6 }),
            detail: `declared sizes add up to ${unpacked} bytes, more than ${maxBytes}`,
          }));
        }
        return true;
      },
    });
  } catch (err) {
    if (refusal !== null) throw refusal;
    throw new AppError({ code: 'model-zip/damaged', message: msg('experiment.export.zip.damaged', { file }), detail: err instanceof Error ? err.message : String(err) });
  }
  return new Map(Object.entries(found));
}

export interface ModelFiles {
  /** Every file the manifest lists, checked against it. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly manifest: ModelManifest;
}

/**
 * The model in the zip `bytes`: unpacked (unzipFiles' limits), its files checked against its
 * manifest.json as a model folder's are, model.json and preprocessing.json among them.
 */
export function readModelZip(bytes: Uint8Array, zipName: string): ModelFiles {
  const file = quoteInput(zipName);
  if (!looksLikeZip(bytes)) {
    throw new AppError({ code: 'model-zip/not-zip', message: msg('experiment.export.zip.notZip', { file }), detail: `first bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')}` });
  }
  const entries = unzipFiles(bytes, zipName);
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (manifestBytes === undefined) {
    const code = entries.has('model.json') ? 'noManifest' : 'notModel';
    throw new AppError({ code: `model-zip/${code === 'noManifest' ? 'no-manifest' : 'not-model'}`, message: msg(`experiment.export.zip.${code}`, { file, manifest: MANIFEST_FILE }) });
  }
  const manifest = parseManifest(new TextDecoder().decode(manifestBytes), zipName);
  const files = checkedModelFiles(manifest, (name) => entries.get(name), zipName, 'zip');
  for (const needed of MODEL_REQUIRED_FILES) {
    if (!files.has(needed)) {
      throw new AppError({ code: 'model-zip/unlisted', message: msg('experiment.export.zip.unlisted', { file, manifest: MANIFEST_FILE, name: needed }) });
    }
  }
  return { files, manifest };
}
