/**
 * Predictions with an image model on new images: each file goes through the very path training
 * took (sources/images/scan.ts's loadImage: the size check from the header, the decoder, the
 * decoder's answer checked; then resize.ts's bilinear resize to H×W×C scaled to 0–1), so the app,
 * the CLI and the evaluation of held-out images give the same numbers for the same file.
 * A file that cannot be read gets a note and no prediction; it never stops the others.
 */
import type * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { AppError } from '../errors';
import { predictRows as predictOutputs } from '../evaluate/evaluate';
import type { ImagePreprocessing, Preprocessing } from '../features/types';
import { english } from '../i18n/translate';
import { msg, type Message } from '../i18n/message';
import { resizeBilinearInto } from '../sources/images/resize';
import { DEFAULT_DECODE_BATCH, isSkipped, loadImage } from '../sources/images/scan';
import type { DecodeImage } from '../sources/images/types';
import { readOutputs } from './predict';
import { noteColumn } from './predict-sequences';
import type { PredictionTable } from './prediction-table';

/** One image to predict: its name as the user knows it (a file name, a path) and how to read its bytes. */
export interface ImageToPredict {
  readonly name: string;
  readonly read: () => Promise<Uint8Array>;
}

/** Images already in memory (dropped on the window, sent to a worker). */
export function imagesFromBytes(images: readonly { readonly name: string; readonly bytes: Uint8Array }[]): ImageToPredict[] {
  return images.map(({ name, bytes }) => ({ name, read: () => Promise.resolve(bytes) }));
}

/** Why an image got no prediction: the reason it was not read, which may already be a whole sentence. */
function noteOf(reason: Message): Message {
  return reason.code.startsWith('sources.images.tooLarge.') ? reason : msg('predict.images.noPrediction', { reason });
}

/** The model must take [None, H, W, C] as trained: otherwise its files do not belong together. */
function checkInputShape(model: tf.LayersModel, image: ImagePreprocessing): void {
  const shape = model.inputs[0]?.shape ?? [];
  const want = [null, image.height, image.width, image.channels];
  if (shape.length === want.length && shape.every((d, i) => i === 0 || d === want[i])) return;
  throw new AppError({
    code: 'predict/image-shape',
    message: msg('predict.images.shapeMismatch', { model: `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`, height: image.height, width: image.width, channels: image.channels }),
    detail: `model input ${JSON.stringify(shape)}; preprocessing ${JSON.stringify(want)}`,
  });
}

/**
 * The prediction for each image, in order (`keys` are the names). Images are read, decoded and
 * predicted a batch at a time, so a folder of thousands holds one batch of pixels at once.
 * Throws an AppError only when the model is not an image model or does not fit its preprocessing.
 */
export async function predictImages(
  model: tf.LayersModel,
  pre: Preprocessing,
  images: readonly ImageToPredict[],
  decode: DecodeImage,
  hooks: { readonly batchSize?: number; onProgress?(done: number, total: number): void } = {},
): Promise<PredictionTable> {
  const image = pre.image;
  if (!image) throw new AppError({ code: 'predict/table-model', message: msg('predict.images.tableModel') });
  checkInputShape(model, image);
  const { height, width, channels } = image;
  const sampleDims = [height, width, channels];
  const sampleSize = height * width * channels;
  const units = pre.task === 'classification' ? (pre.classes?.length ?? 0) : 1;
  const rows = images.length;
  const out = new Float32Array(rows * units).fill(Number.NaN);
  const notes: (Message | null)[] = new Array<Message | null>(rows).fill(null);
  const batchSize = Math.max(1, hooks.batchSize ?? DEFAULT_DECODE_BATCH);
  const x = new Float32Array(Math.min(batchSize, Math.max(rows, 1)) * sampleSize);
  for (let start = 0; start < rows; start += batchSize) {
    const batch = images.slice(start, start + batchSize);
    const loaded = await Promise.all(batch.map((img) => loadImage({ read: () => img.read(), decode }, img.name)));
    const decoded: number[] = [];
    loaded.forEach((result, i) => {
      if (isSkipped(result)) {
        notes[start + i] = noteOf(result.reason);
        return;
      }
      resizeBilinearInto(result, height, width, channels, x, decoded.length * sampleSize);
      decoded.push(start + i);
    });
    if (decoded.length > 0) {
      // evaluate's predictRows: the same batching, tensor disposal and sigmoid-head reading as the evaluation.
      const batchOut = await predictOutputs(model, x.subarray(0, decoded.length * sampleSize), decoded.length, sampleSize, units, sampleDims);
      decoded.forEach((row, k) => out.set(batchOut.subarray(k * units, (k + 1) * units), row * units));
    }
    hooks.onProgress?.(start + batch.length, rows);
  }
  return { ...readOutputs(pre, out, rows, units, notes), keys: images.map((img) => img.name) };
}

/** The probability of the predicted class, or NaN for an image without a prediction (or a regression). */
export function confidenceOf(table: PredictionTable, row: number): number {
  const classes = table.classes ?? [];
  const p = table.probabilities;
  if (!p || table.notes[row] !== null || classes.length === 0) return Number.NaN;
  let best = Number.NaN;
  for (let k = 0; k < classes.length; k++) {
    const v = p[row * classes.length + k] as number;
    if (!(v <= best)) best = v;
  }
  return best;
}

/** Enough digits to give back the same 32-bit float. */
function exact(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(9))) : '';
}

/**
 * The predictions of `predictImages` as CSV: `file`, `predicted_<target>`, then for a classifier
 * `confidence` and one `probability_<class>` per class, then the note (in the language `noteText`
 * renders it in, English by default).
 */
export function imagePredictionsCsv(table: PredictionTable, pre: Preprocessing, noteText: (note: Message) => string = english): string {
  const classes = table.probabilities ? (table.classes ?? []) : [];
  const classifier = classes.length > 0;
  const fields = ['file', `predicted_${pre.target}`, ...(classifier ? ['confidence', ...classes.map((c) => `probability_${c}`)] : []), noteColumn(['file'])];
  const data = Array.from({ length: table.rows }, (_, r) => {
    const note = table.notes[r] ?? null;
    return [
      table.keys?.[r] ?? '',
      table.values ? exact(table.values[r] as number) : (table.predicted[r] ?? ''),
      ...(classifier ? [exact(confidenceOf(table, r)), ...classes.map((_, k) => exact(table.probabilities?.[r * classes.length + k] ?? Number.NaN))] : []),
      note === null ? '' : noteText(note),
    ];
  });
  return Papa.unparse({ fields, data }, { newline: '\n' });
}
