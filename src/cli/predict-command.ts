/**
 * `layerbench predict DIR NEW.csv`: the model folder written by `train --out` (or exported by
 * the app) applied to new rows, with the app's own schema check, encoding and prediction code.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../core/errors';
import { checkPredictSchema, predictionsCsv, predictRows } from '../core/experiment/predict';
import type { PredictArgs } from './args';
import { loadDatasetFile, readDatasetText } from './data-files';
import { modelFromFolder, openModelFolder, preprocessingOf } from './model-folder';
import { distinctNotes, predictionJson, predictionLines } from './predict-output';
import { checkFileDestination, writeTextFileAtomic } from './write-file';

export { loadModelFolder, loadPreprocessing } from './model-folder';

export async function runPredictCommand(args: PredictArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  // Read and checked once: the model and its preprocessing come from the same verified files.
  if (args.out !== undefined) checkFileDestination(args.out);
  const folder = openModelFolder(args.dir);
  if (!args.json) for (const n of folder.notes) warn(`Note: ${n}`);
  const pre = preprocessingOf(folder);
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
  const model = await modelFromFolder(folder);
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
  if (args.out !== undefined) await writeTextFileAtomic(args.out, `${csv}\n`);
  else print(csv);
  // Rows without a prediction are a per-row outcome, said in each row's note: the exit code stays 0.
  if (args.json) print(JSON.stringify(predictionJson(table, pre, dataset.name, notes, args.out)));
  else for (const line of predictionLines(table, pre, notes, args.out)) warn(line);
  return 0;
}
