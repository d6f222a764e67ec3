/**
 * Reading a model folder (written by `train --out` or exported by the app), or the same files
 * in one .zip (the browser build's export), for `predict`: its files are read once, checked
 * against manifest.json, and only then parsed, so that a folder whose files come from two saves
 * is refused instead of predicting nonsense. A zip is unpacked in memory, with the limits of
 * src/core/experiment/model-zip.ts, and then read exactly like a folder.
 *
 * Folders saved before manifest.json existed are refused with a sentence saying to save the
 * model again: without the manifest nothing can tell a complete folder from one that an
 * interrupted save left with files of two models, and `predict` is the only reader of model
 * folders in Layerbench (the app imports experiment files and model zips, not folders).
 *
 * Every file is read through its real path (symbolic links resolved) and only when that path
 * is inside the folder's real path; weight paths named in model.json must be files the
 * manifest lists.
 */
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { PREPROCESSING_FORMAT } from '../core/experiment/export';
import { checkedModelFiles, MANIFEST_FILE, parseManifest, type ModelManifest } from '../core/experiment/manifest';
import { looksLikeZip, MAX_ZIP_UNPACKED_BYTES, readModelZip } from '../core/experiment/model-zip';
import { preprocessingSchema } from '../core/experiment/schema';
import type { Preprocessing } from '../core/features/types';
import { errnoOf, locateModelFolder } from './replace-folder';

export interface ModelFolder {
  /** The folder as the user named it, for messages. */
  readonly dir: string;
  /** Every file the manifest lists, as read and checked. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly manifest: ModelManifest;
  /** What the user should know (a model put back after an interrupted save). */
  readonly notes: readonly Message[];
}

const WRITTEN_BY = msg('cli.model.writtenBy');

/** A file of the folder, as messages name it: weights.bin in “model”. */
function fileIn(name: string, dir: string): Message {
  return msg('cli.model.fileIn', { name, dir: quoteInput(dir) });
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function unreadable(what: Message, err: unknown): AppError {
  const code = errnoOf(err);
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission' : 'refused';
  return new AppError({ code: 'cli/model-file-unreadable', message: msg('cli.model.unreadable', { what, reason }), detail: detailOf(err) });
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The bytes of `name` in the real folder `real`, or undefined when there is no such file. */
function readInside(real: string, name: string, dir: string): Uint8Array | undefined {
  let path: string;
  try {
    path = realpathSync(join(real, name));
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return undefined;
    throw unreadable(fileIn(name, dir), err);
  }
  if (!isInside(real, path)) {
    throw new AppError({
      code: 'cli/model-file-outside',
      message: msg('cli.model.linkOutside', { name, dir: quoteInput(dir) }),
      detail: `${join(real, name)} → ${path}`,
    });
  }
  try {
    if (!statSync(path).isFile()) {
      throw new AppError({ code: 'cli/model-file-not-file', message: msg('cli.model.notAFile', { name, dir: quoteInput(dir) }), detail: path });
    }
    return readFileSync(path);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(fileIn(name, dir), err);
  }
}

/** True when `path` is a file that starts like a zip (whatever its name ends with). */
function isZipFile(path: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
    const head = new Uint8Array(4);
    return readSync(fd, head, 0, 4, 0) === 4 && looksLikeZip(head);
  } catch {
    // Unreadable: the folder path below says why in its own words.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The model in the zip file `path`, unpacked in memory and checked against its manifest. */
function openModelZip(path: string, shown: string): ModelFolder {
  let bytes: Uint8Array;
  try {
    // A zip larger than it may unpack to holds more than a model: refused before it is read.
    if (statSync(path).size > MAX_ZIP_UNPACKED_BYTES) {
      throw new AppError({ code: 'model-zip/too-large', message: msg('experiment.export.zip.tooLarge', { file: quoteInput(shown), limitMb: MAX_ZIP_UNPACKED_BYTES / 1e6 }) });
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(msg('cli.model.theZip', { dir: quoteInput(shown) }), err);
  }
  const { files, manifest } = readModelZip(bytes, shown);
  return { dir: shown, files, manifest, notes: [] };
}

function realFolder(path: string, dir: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') {
      throw new AppError({ code: 'cli/model-file-missing', message: msg('cli.model.noFolder', { dir: quoteInput(dir), writtenBy: WRITTEN_BY }), detail: detailOf(err) });
    }
    throw unreadable(msg('cli.model.theFolder', { dir: quoteInput(dir) }), err);
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(real).isDirectory();
  } catch (err) {
    throw unreadable(msg('cli.model.theFolder', { dir: quoteInput(dir) }), err);
  }
  if (!isFolder) throw new AppError({ code: 'cli/model-folder-is-file', message: msg('cli.model.isFile', { dir: quoteInput(dir), writtenBy: WRITTEN_BY }) });
  return real;
}

/**
 * Reads the folder `dir`, or the model zip `dir` names, and checks that its files belong to one
 * model; throws a plain AppError otherwise.
 */
export function openModelFolder(dir: string): ModelFolder {
  if (isZipFile(resolve(dir))) return openModelZip(resolve(dir), dir);
  const located = locateModelFolder(dir);
  const real = realFolder(located.path, dir);
  const manifestBytes = readInside(real, MANIFEST_FILE, dir);
  if (manifestBytes === undefined) {
    if (readInside(real, 'model.json', dir) !== undefined) {
      throw new AppError({
        code: 'cli/model-folder-no-manifest',
        message: msg('cli.model.noManifest', { dir: quoteInput(dir), manifest: MANIFEST_FILE }),
      });
    }
    throw new AppError({ code: 'cli/model-file-missing', message: msg('cli.model.notModelFolder', { dir: quoteInput(dir), manifest: MANIFEST_FILE, writtenBy: WRITTEN_BY }) });
  }
  const manifest = parseManifest(Buffer.from(manifestBytes).toString('utf8'), dir);
  const files = checkedModelFiles(manifest, (name) => readInside(real, name, dir), dir);
  for (const needed of ['model.json', 'preprocessing.json']) {
    if (!files.has(needed)) {
      throw new AppError({ code: 'cli/model-file-missing', message: msg('cli.model.unlisted', { manifest: MANIFEST_FILE, dir: quoteInput(dir), name: needed, writtenBy: WRITTEN_BY }) });
    }
  }
  return { dir, files, manifest, notes: located.note ? [located.note] : [] };
}

function damaged(dir: string, name: string, detail: string): AppError {
  return new AppError({ code: 'cli/model-file-damaged', message: msg('cli.model.damaged', { name, dir: quoteInput(dir) }), detail });
}

function jsonOf(folder: ModelFolder, name: string): unknown {
  try {
    return JSON.parse(Buffer.from(folder.files.get(name) ?? new Uint8Array()).toString('utf8'));
  } catch (err) {
    throw damaged(folder.dir, name, detailOf(err));
  }
}

/** The weight file a path of model.json names, as a name the manifest lists; refuses anything outside the folder. */
function weightFileName(folder: ModelFolder, path: unknown): string {
  const shown = typeof path === 'string' ? path : JSON.stringify(path);
  const root = resolve('/model-folder');
  const name = typeof path === 'string' && path !== '' ? relative(root, resolve(root, path)) : '';
  if (name === '' || name === '..' || name.startsWith(`..${sep}`) || isAbsolute(name)) {
    throw new AppError({
      code: 'cli/model-weights-outside',
      message: msg('cli.model.weightsOutside', { dir: quoteInput(folder.dir), path: quoteInput(shown) }),
    });
  }
  if (!folder.files.has(name)) {
    throw new AppError({
      code: 'cli/model-weights-unlisted',
      message: msg('cli.model.weightsUnlisted', { dir: quoteInput(folder.dir), path: quoteInput(shown), manifest: MANIFEST_FILE }),
    });
  }
  return name;
}

const DTYPE_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1 };

/** The bytes the weight specs need, or null when a spec is quantized or of a type this does not size. */
function expectedWeightBytes(specs: readonly tf.io.WeightsManifestEntry[]): number | null {
  let total = 0;
  for (const s of specs) {
    const size = DTYPE_BYTES[s.dtype];
    if (size === undefined || s.quantization !== undefined || !Array.isArray(s.shape)) return null;
    total += s.shape.reduce((n, d) => n * d, 1) * size;
  }
  return total;
}

/** The network of a checked folder, loaded by tfjs from memory. */
export async function modelFromFolder(folder: ModelFolder): Promise<tf.LayersModel> {
  const json = jsonOf(folder, 'model.json') as Partial<tf.io.ModelJSON> | null;
  if (json === null || typeof json !== 'object') throw damaged(folder.dir, 'model.json', 'not a JSON object');
  const groups = Array.isArray(json.weightsManifest) ? json.weightsManifest : [];
  const weightSpecs = groups.flatMap((g) => (Array.isArray(g.weights) ? g.weights : []));
  const names = groups.flatMap((g) => (Array.isArray(g.paths) ? (g.paths as unknown[]) : [])).map((p) => weightFileName(folder, p));
  const buffers = names.map((n) => {
    const bytes = folder.files.get(n) as Uint8Array;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  const expected = expectedWeightBytes(weightSpecs);
  const have = buffers.reduce((n, b) => n + b.byteLength, 0);
  if (expected !== null && have < expected) {
    throw new AppError({
      code: 'cli/model-weights-short',
      message: msg('cli.model.weightsShort', { count: names.length, names: names.join(', '), dir: quoteInput(folder.dir), expected, have }),
      detail: `weight specs need ${expected} bytes; read ${have}`,
    });
  }
  try {
    return await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData: tf.io.CompositeArrayBuffer.join(buffers) }));
  } catch (err) {
    throw damaged(folder.dir, 'model.json', detailOf(err));
  }
}

/** How rows become the input of a checked folder's model. */
export function preprocessingOf(folder: ModelFolder): Preprocessing {
  const body = jsonOf(folder, 'preprocessing.json') as { format?: unknown; preprocessing?: unknown } | null;
  if (body?.format !== PREPROCESSING_FORMAT) throw damaged(folder.dir, 'preprocessing.json', `format ${JSON.stringify(body?.format)}`);
  const parsed = preprocessingSchema.safeParse(body.preprocessing);
  if (!parsed.success) throw damaged(folder.dir, 'preprocessing.json', parsed.error.message);
  return parsed.data;
}

/** The model of the folder `dir`, checked against its manifest. */
export async function loadModelFolder(dir: string): Promise<tf.LayersModel> {
  return modelFromFolder(openModelFolder(dir));
}

/** The preprocessing of the folder `dir`, checked against its manifest. */
export function loadPreprocessing(dir: string): Preprocessing {
  return preprocessingOf(openModelFolder(dir));
}
