/**
 * `layerbench predict DIR IMAGE-OR-FOLDER`: an image model applied to one image file or to every
 * image file below a folder, through core's predictImages (the decode → resize → scale path of
 * training) with the CLI's decoders. A folder is walked as training walks it: sorted, hidden
 * files left out, and no file read through a link that leaves the folder.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { AppError, quoteInput } from '../core/errors';
import { imagePredictionsCsv, predictImages, type ImageToPredict } from '../core/experiment/predict-images';
import type { Preprocessing } from '../core/features/types';
import { msg } from '../core/i18n/message';
import { imageFormatOf } from '../core/sources/images/paths';
import { imageRefusals, MAX_IMAGE_FILE_BYTES, refusedImage } from '../core/sources/images/refusals';
import { formatOfBytes } from '../core/sources/images/sniff';
import type { PredictArgs } from './args';
import { cannotOpen, errnoReason } from './file-errors';
import { cliJson, cliT } from './i18n';
import { decodeImageNode } from './image-decoders';
import { fileReader, isImageCsv, listFiles } from './image-files';
import { modelFromFolder, type ModelFolder } from './model-folder';
import { imagePredictionJson, imagePredictionLines, imageSummaryLines, type SkippedPath } from './predict-images-output';
import { writeTextFileAtomic } from './write-file';

/** What the path to predict holds: a folder, an image file, or (anything else) a table. */
export type PredictInput = 'folder' | 'image' | 'table' | 'missing';

/** An image file by its name or, whatever its name, by its first bytes (every signature sniff.ts knows fits in 16). */
function looksLikeImage(path: string): boolean {
  if (imageFormatOf(path) !== null) return true;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = new Uint8Array(16);
    return formatOfBytes(head.subarray(0, readSync(fd, head, 0, head.length, 0))) !== null;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function predictInputOf(path: string): PredictInput {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return 'missing';
  }
  if (isFolder) return 'folder';
  if (isImageCsv(path)) return 'table';
  return looksLikeImage(path) ? 'image' : 'table';
}

/** A table model given images, or an image model given a table: which kind the model reads, plainly. */
export function wrongKindError(pre: Preprocessing, path: string): AppError {
  return pre.image
    ? new AppError({ code: 'cli/predict-wants-images', message: msg('cli.predict.imageModel', { file: quoteInput(path) }) })
    : new AppError({ code: 'cli/predict-wants-table', message: msg('cli.predict.tableModel', { path: quoteInput(path) }) });
}

/** One file the user named: read as it is (a link they named is theirs to follow), within the size limit. */
async function readImageFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw refusedImage('images/is-folder', imageRefusals.isFolder(), path);
    if (info.size > MAX_IMAGE_FILE_BYTES) throw refusedImage('images/file-too-large', imageRefusals.tooLarge(info.size), path);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({ code: 'images/unreadable', message: msg('cli.file.couldNotRead', { reason: errnoReason(err) ?? imageRefusals.unreadable() }), detail: String(err) });
  }
}

/** The images below `folder` (sorted, recursively) and the files that are not images, with the reason. */
export function imagesOfFolder(folder: string): { images: ImageToPredict[]; skipped: SkippedPath[] } {
  const read = fileReader(folder);
  const images: ImageToPredict[] = [];
  const skipped: SkippedPath[] = [];
  for (const relative of listFiles(folder)) {
    const file = join(folder, relative);
    if (imageFormatOf(relative) !== null) {
      images.push({ name: file, read: () => read(relative) });
      continue;
    }
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const reason = dot > 0 ? msg('sources.images.ignored.notImage', { ext: name.slice(dot) }) : msg('sources.images.ignored.noExtension');
    skipped.push({ file, reason });
  }
  if (images.length === 0) {
    throw new AppError({ code: 'cli/predict-no-images', message: msg('cli.predict.image.noImages', { folder: quoteInput(folder) }), detail: `${skipped.length} other files` });
  }
  return { images, skipped };
}

/** Predicts the image or folder `args.file` with the image model of `folder`; prints and writes as asked. */
export async function runPredictImages(
  args: PredictArgs,
  folder: ModelFolder,
  pre: Preprocessing,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const input = predictInputOf(args.file);
  if (input === 'missing') {
    try {
      statSync(args.file);
    } catch (err) {
      throw cannotOpen(args.file, err, 'file or folder');
    }
  }
  if (input === 'table') throw wrongKindError(pre, args.file);
  const { images, skipped } = input === 'folder' ? imagesOfFolder(args.file) : { images: [{ name: args.file, read: () => readImageFile(args.file) }], skipped: [] };
  // The cpu backend: deterministic, and what the app's predict worker uses too.
  await tf.setBackend('cpu');
  const model = await modelFromFolder(folder);
  let table;
  try {
    table = await predictImages(model, pre, images, (bytes, name) => decodeImageNode(bytes, name));
  } finally {
    model.dispose();
  }
  const t = cliT();
  if (args.out !== undefined) await writeTextFileAtomic(args.out, `${imagePredictionsCsv(table, pre, t)}\n`);
  if (args.json) {
    print(cliJson(imagePredictionJson(table, pre, args.dir, skipped, args.out)));
  } else {
    for (const line of imagePredictionLines(table, skipped)) print(line);
    for (const line of imageSummaryLines(table, skipped, args.out)) warn(line);
  }
  // An image without a prediction is a per-image outcome, said on its line: the exit code stays 0.
  return 0;
}
