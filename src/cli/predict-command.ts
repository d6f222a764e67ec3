/**
 * `layerbench predict DIR NEW.csv`: the model folder written by `train --out` (or exported by
 * the app) applied to new rows, with the app's own schema check, encoding and prediction code.
 * An image model takes an image file or a folder of images instead (predict-images-command.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { AppError, appErrorInfo, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import { checkPredictSchema, predictionsCsv, predictRows } from '../core/experiment/predict';
import type { PredictArgs } from './args';
import { loadDatasetFile, readDatasetText } from './data-files';
import { modelFromFolder, openModelFolder, preprocessingOf } from './model-folder';
import { distinctNotes, predictionJson, predictionLines } from './predict-output';
import { predictInputOf, runPredictImages, wrongKindError } from './predict-images-command';
import { checkFileDestination, writeTextFileAtomic } from './write-file';
import { cliJson, cliT, cliText } from './i18n';

export { loadModelFolder, loadPreprocessing } from './model-folder';

export async function runPredictCommand(args: PredictArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  // Read and checked once: the model and its preprocessing come from the same verified files.
  if (args.out !== undefined) checkFileDestination(args.out);
  const t = cliT();
  const folder = openModelFolder(args.dir);
  if (!args.json) for (const n of folder.notes) warn(t('cli.line.note', { text: cliText(n) }));
  const pre = preprocessingOf(folder);
  if (pre.image) return runPredictImages(args, folder, pre, print, warn);
  const input = predictInputOf(args.file);
  if (input === 'folder' || input === 'image') throw wrongKindError(pre, args.file);
  // The cpu backend: deterministic, and what the test and any Node script get by default.
  await tf.setBackend('cpu');
  const dataset = await loadDatasetFile(args.file, args.encoding);
  const check = checkPredictSchema(dataset, pre);
  if (!check.ok) {
    const blocking = check.problems.filter((p) => p.code === 'predict/missing-column' || p.code === 'predict/column-unreadable');
    throw new AppError(blocking[0] ?? check.problems[0] ?? appErrorInfo({ code: 'predict/schema', message: msg('cli.predict.notFit', { file: quoteInput(dataset.name) }) }));
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
  // The note column is for people: in the terminal's language, like every other sentence.
  const csv = predictionsCsv(dataset, table, pre, text, t);
  if (args.out !== undefined) await writeTextFileAtomic(args.out, `${csv}\n`);
  else print(csv);
  // Rows without a prediction are a per-row outcome, said in each row's note: the exit code stays 0.
  if (args.json) print(cliJson(predictionJson(table, pre, dataset.name, notes, args.out)));
  else for (const line of predictionLines(table, pre, notes, args.out)) warn(line);
  return 0;
}
