/**
 * `layerbench predict DIR NEW.csv`: the model folder written by `train --out` (or exported by
 * the app) applied to new rows, with the app's own schema check, encoding and prediction code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../core/errors';
import { PREPROCESSING_FORMAT } from '../core/experiment/export';
import { checkPredictSchema, predictionsCsv, predictRows } from '../core/experiment/predict';
import { preprocessingSchema } from '../core/experiment/schema';
import type { Preprocessing } from '../core/features/types';
import type { PredictArgs } from './args';
import { loadDatasetFile, readDatasetText } from './data-files';
import { distinctNotes, predictionJson, predictionLines } from './predict-output';

function readModelFile(dir: string, name: string): Buffer {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new AppError({
      code: 'cli/model-file-missing',
      message: `“${dir}” has no ${name}: name a folder written by “layerbench train … --out DIR” or exported from the app.`,
    });
  }
  return readFileSync(path);
}

function damaged(dir: string, name: string, detail: string): AppError {
  return new AppError({ code: 'cli/model-file-damaged', message: `${name} in “${dir}” is damaged or not from Layerbench.`, detail });
}

/** The model of a folder: model.json + its weight files, loaded by tfjs from memory. */
export async function loadModelFolder(dir: string): Promise<tf.LayersModel> {
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(readModelFile(dir, 'model.json').toString('utf8')) as tf.io.ModelJSON;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged(dir, 'model.json', err instanceof Error ? err.message : String(err));
  }
  const groups = Array.isArray(json.weightsManifest) ? json.weightsManifest : [];
  const weightSpecs = groups.flatMap((g) => g.weights);
  const buffers = groups.flatMap((g) => g.paths).map((p) => {
    const bytes = readModelFile(dir, p);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  try {
    return await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData: tf.io.CompositeArrayBuffer.join(buffers) }));
  } catch (err) {
    throw damaged(dir, 'model.json', err instanceof Error ? err.message : String(err));
  }
}

export function loadPreprocessing(dir: string): Preprocessing {
  let body: { format?: unknown; preprocessing?: unknown };
  try {
    body = JSON.parse(readModelFile(dir, 'preprocessing.json').toString('utf8')) as typeof body;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged(dir, 'preprocessing.json', err instanceof Error ? err.message : String(err));
  }
  if (body.format !== PREPROCESSING_FORMAT) throw damaged(dir, 'preprocessing.json', `format ${JSON.stringify(body.format)}`);
  const parsed = preprocessingSchema.safeParse(body.preprocessing);
  if (!parsed.success) throw damaged(dir, 'preprocessing.json', parsed.error.message);
  return parsed.data;
}

export async function runPredictCommand(args: PredictArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const pre = loadPreprocessing(args.dir);
  if (pre.image) {
    warn('Error: predicting with an image model from the command line is not available yet; this command takes table models.');
    return 2;
  }
  // The cpu backend: deterministic, and what the test and any Node script get by default.
  await tf.setBackend('cpu');
  const dataset = await loadDatasetFile(args.file, args.encoding);
  const check = checkPredictSchema(dataset, pre);
  if (!check.ok) {
    const blocking = check.problems.filter((p) => p.code === 'predict/missing-column' || p.code === 'predict/column-unreadable');
    throw new AppError(blocking[0] ?? check.problems[0] ?? { code: 'predict/schema', message: `${dataset.name} does not fit the model.` });
  }
  const model = await loadModelFolder(args.dir);
  // The file's text: its cells as written ("Infinity" is not an empty cell) and in the CSV as they were.
  const text = readDatasetText(args.file, dataset);
  let predicted;
  try {
    predicted = await predictRows(model, pre, dataset, text);
  } finally {
    model.dispose();
  }
  const { table } = predicted;
  const notes = distinctNotes([...check.problems, ...predicted.problems]);
  const csv = predictionsCsv(dataset, table, pre, text);
  if (args.out !== undefined) writeFileSync(args.out, `${csv}\n`);
  else print(csv);
  // Rows without a prediction are a per-row outcome, said in each row's note: the exit code stays 0.
  if (args.json) print(JSON.stringify(predictionJson(table, pre, dataset.name, notes, args.out)));
  else for (const line of predictionLines(table, pre, notes, args.out)) warn(line);
  return 0;
}
