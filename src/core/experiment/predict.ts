/**
 * Predictions with a trained model on new rows (a form or a whole file), encoded with the
 * training preprocessing by the training encoder itself (features/encode.ts), so the app, the
 * CLI and an exported model give the same numbers.
 */
import type * as tf from '@tensorflow/tfjs';
import { isMissingCell, trimCell } from '../data/cell';
import { readNumberAsTrained } from '../data/number-text';
import type { TypedDataset } from '../data/types';
import { AppError, appErrorInfo, type AppErrorInfo } from '../errors';
import { msg, type Message } from '../i18n/message';
import { predictRows as predictOutputs } from '../evaluate/evaluate';
import { findColumn, quoted } from '../features/columns';
import { encodeFeatures, MISSING_CATEGORY } from '../features/encode';
import type { Preprocessing } from '../features/types';
import { encodeSequencesForPrediction } from '../sources/sequences/predict';
import { categoryColumnOf, columnNeeds, conformColumns, fileName, FORM_DATASET_NAME, numberColumnOf, rowList, valueList } from './predict-columns';
import { guardInputs, guardOutputs, guardSequenceInputs, type CellText } from './predict-guards';
import { originalRows } from './predict-csv';
import { checkSequenceSchema } from './predict-sequences';
import type { PredictionTable } from './prediction-table';

export { originalRows, predictionsCsv } from './predict-csv';

export interface SchemaCheck {
  readonly ok: boolean;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly problems: readonly AppErrorInfo[];
}

function imagesNotYet(): AppErrorInfo {
  return appErrorInfo({ code: 'predict/images-not-yet', message: msg('predict.imagesNotYet') });
}

/**
 * Whether `dataset` has what the model needs. Missing columns and unreadable ones block;
 * extra columns and the target column are ignored, and the problems say so.
 */
export function checkPredictSchema(dataset: TypedDataset, pre: Preprocessing): SchemaCheck {
  if (pre.image) return { ok: false, missing: [], extra: [], problems: [imagesNotYet()] };
  if (pre.sequence) return { missing: [], extra: [], ...checkSequenceSchema(dataset, pre) };
  const needs = columnNeeds(pre);
  const needed = new Set(needs.map((n) => n.column));
  const missing = needs.filter((n) => !findColumn(dataset, n.column)).map((n) => n.column);
  const extra = dataset.columns.map((c) => c.name).filter((name) => !needed.has(name) && name !== pre.target);
  const problems: AppErrorInfo[] = missing.map((column) => appErrorInfo({
    code: 'predict/missing-column',
    message: msg('predict.missingColumn', { file: fileName(dataset), column: quoted(column) }),
    detail: `columns in the file: ${dataset.columns.map((c) => c.name).join(', ')}`,
  }));
  const conformed = conformColumns(dataset, pre);
  problems.push(...conformed.errors);
  if (extra.length > 0) {
    problems.push(appErrorInfo({
      code: 'predict/extra-columns',
      message: msg('predict.extraColumns', { count: extra.length, columns: valueList(extra, 5), file: fileName(dataset) }),
    }));
  }
  if (findColumn(dataset, pre.target)) {
    problems.push(appErrorInfo({
      code: 'predict/target-ignored',
      message: msg('predict.targetIgnored', { file: fileName(dataset), column: quoted(pre.target) }),
    }));
  }
  return { ok: missing.length === 0 && conformed.errors.length === 0, missing, extra, problems };
}

/** Rows of `dataset` where `test` holds, for the notes. */
function rowsWhere(rows: number, test: (r: number) => boolean): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) if (test(r)) out.push(r);
  return out;
}

/**
 * The network's input [rows, slots] for every row of `dataset`, with the training slots: missing
 * numbers take the training mean (with a note). A row the model cannot compute with (text in a
 * number column, a value too large, a category no training row had) gets a note in `rowNotes`
 * and no prediction (predict-guards.ts). Throws an AppError when the schema check blocks;
 * `problems` are notes naming the rows.
 */
export function encodeForPrediction(dataset: TypedDataset, pre: Preprocessing, text?: string): {
  readonly x: Float32Array;
  readonly rows: number;
  readonly problems: readonly AppErrorInfo[];
  /** One per row (recording, window): why it gets no prediction, or null. */
  readonly rowNotes: readonly (Message | null)[];
} {
  if (pre.sequence) {
    const input = encodeSequencesForPrediction(dataset, pre);
    const rowNotes = guardSequenceInputs(input.x, input.count, pre.slots.map((s) => s.column));
    return { x: input.x, rows: input.count, problems: input.problems, rowNotes };
  }
  const check = checkPredictSchema(dataset, pre);
  const blocking = check.problems.find((p) => p.code === 'predict/missing-column' || p.code === 'predict/column-unreadable' || p.code === 'predict/images-not-yet');
  if (!check.ok) throw new AppError(blocking ?? check.problems[0] ?? { code: 'predict/schema', message: msg('predict.doesNotFit', { file: fileName(dataset) }) });
  const { dataset: ds } = conformColumns(dataset, pre);
  const all = Uint32Array.from({ length: ds.rowCount }, (_, i) => i);
  const x = encodeFeatures(ds, pre, all);
  const guard = guardInputs(ds, pre, x, cellTexts(dataset, text));
  const problems: AppErrorInfo[] = [...guard.problems];
  // A row refused above is not predicted at all: "the training average is used" is not said of it.
  const kept = (r: number) => guard.notes[r] === null;
  for (const need of columnNeeds(pre)) {
    const col = findColumn(ds, need.column);
    if (col?.kind === 'number') {
      const rows = rowsWhere(ds.rowCount, (r) => Number.isNaN(col.values[r] as number) && kept(r));
      if (rows.length > 0) {
        problems.push(appErrorInfo({ code: 'predict/missing-value', message: msg('predict.missingAverage', { count: rows.length, rows: rowList(rows), file: fileName(ds), column: quoted(col.name) }) }));
      }
    } else if (col?.kind === 'category') {
      const known = new Set(need.categories);
      const missingRows = known.has(MISSING_CATEGORY) ? [] : rowsWhere(ds.rowCount, (r) => (col.codes[r] as number) < 0 && kept(r));
      if (missingRows.length > 0) {
        problems.push(appErrorInfo({ code: 'predict/missing-value', message: msg('predict.missingUnknown', { count: missingRows.length, rows: rowList(missingRows), file: fileName(ds), column: quoted(col.name) }) }));
      }
    }
  }
  return { x, rows: ds.rowCount, problems, rowNotes: guard.notes };
}

/** The file's text of each cell: from `text` when its rows line up with the dataset's, else from the preview when it holds every row. */
function cellTexts(dataset: TypedDataset, text: string | undefined): CellText {
  const rows = (text === undefined ? null : originalRows(text, dataset)) ?? (dataset.preview.length >= dataset.rowCount ? dataset.preview : null);
  return (row, column) => rows?.[row]?.[column];
}

export interface FormField {
  readonly column: string;
  readonly kind: 'number' | 'category';
  readonly choices?: readonly string[];
}

/** One field per column the model reads, in the training order; categories offer the training values. */
export function predictionForm(pre: Preprocessing): FormField[] {
  return columnNeeds(pre).map((need) =>
    need.kind === 'number'
      ? { column: need.column, kind: 'number' }
      : { column: need.column, kind: 'category', choices: need.categories.filter((c) => c !== MISSING_CATEGORY) },
  );
}

export { FORM_DATASET_NAME };

/** The form's values as a one-row dataset; an empty field is a missing value. */
export function datasetFromFormValues(pre: Preprocessing, values: Readonly<Record<string, string>>): TypedDataset {
  const columns = columnNeeds(pre).map((need, index) => {
    const text = values[need.column] ?? '';
    const missing = isMissingCell(text);
    if (need.kind === 'category') return categoryColumnOf(need.column, index, [missing ? null : trimCell(text)]);
    const value = missing ? NaN : readNumberAsTrained(text, false);
    // Text typed where a number goes is kept, as a file's would be: the row gets a note, not a guess.
    const strays = !missing && Number.isNaN(value) ? [{ row: 1, line: 1, value: text }] : [];
    return numberColumnOf(need.column, index, new Float64Array([value]), strays);
  });
  return {
    name: FORM_DATASET_NAME, sizeBytes: 0, rowCount: 1, columns, delimiter: ',',
    preview: [columns.map((c) => values[c.name] ?? '')], suggestedExclusions: [], warnings: [],
  };
}

export { unpredictedCount, type PredictionTable } from './prediction-table';

/** A value for reading: 6 significant digits. */
export function formatPrediction(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);
}

/** Runs the model over `rows` examples of `sampleDims` each; outputs row-major [rows, units] (a sigmoid head's p as [1 − p, p]). */
function runModel(model: tf.LayersModel, x: Float32Array, rows: number, sampleDims: readonly number[], units: number): Promise<Float32Array> {
  return predictOutputs(model, x, rows, sampleDims.reduce((a, b) => a * b, 1), units, sampleDims);
}

/**
 * The network's outputs in the user's terms: a class with its probabilities, or a value in the
 * target's units. A row with a note (its inputs, or outputs that are not numbers) gets none.
 */
export function readOutputs(pre: Preprocessing, out: Float32Array, rows: number, units: number, inputNotes: readonly (Message | null)[]): PredictionTable {
  if (pre.task === 'classification') {
    const classes = pre.classes ?? [];
    const notes = guardOutputs('classification', out, rows, units, inputNotes);
    const predicted = Array.from({ length: rows }, (_, r) => {
      if (notes[r] !== null) {
        out.fill(NaN, r * units, (r + 1) * units);
        return '';
      }
      let best = 0;
      for (let k = 1; k < units; k++) if ((out[r * units + k] as number) > (out[r * units + best] as number)) best = k;
      return classes[best] ?? '';
    });
    return { task: 'classification', rows, classes, predicted, probabilities: out, notes };
  }
  // The network was trained on the standardised target: back to its units, as the evaluation does.
  const mean = pre.targetMean ?? 0;
  const std = pre.targetStd ?? 1;
  const values = new Float32Array(rows);
  for (let r = 0; r < rows; r++) values[r] = (out[r] as number) * std + mean;
  const notes = guardOutputs('regression', values, rows, 1, inputNotes);
  notes.forEach((note, r) => {
    if (note !== null) values[r] = NaN;
  });
  return { task: 'regression', rows, predicted: Array.from(values, (v, r) => (notes[r] === null ? formatPrediction(v) : '')), values, notes };
}

/**
 * The predictions for every row of `dataset`, and what the user should know about the rows.
 * `text`: the file the dataset was parsed from, so that a cell the parser read as no number
 * ("Infinity", "1e308") is told from an empty one.
 */
export async function predictRows(model: tf.LayersModel, pre: Preprocessing, dataset: TypedDataset, text?: string): Promise<{ readonly table: PredictionTable; readonly problems: readonly AppErrorInfo[] }> {
  if (pre.image) throw new AppError(imagesNotYet());
  const units = pre.task === 'classification' ? (pre.classes?.length ?? 0) : 1;
  if (pre.sequence) {
    const input = encodeSequencesForPrediction(dataset, pre);
    const notes = guardSequenceInputs(input.x, input.count, pre.slots.map((s) => s.column));
    const out = await runModel(model, input.x, input.count, input.inputShape.slice(1) as number[], units);
    return { table: { ...readOutputs(pre, out, input.count, units, notes), keys: input.keys }, problems: input.problems };
  }
  const { x, rows, rowNotes, problems } = encodeForPrediction(dataset, pre, text);
  const out = await runModel(model, x, rows, [pre.slots.length], units);
  return { table: readOutputs(pre, out, rows, units, rowNotes), problems };
}

export async function predictTable(model: tf.LayersModel, pre: Preprocessing, dataset: TypedDataset, text?: string): Promise<PredictionTable> {
  return (await predictRows(model, pre, dataset, text)).table;
}
