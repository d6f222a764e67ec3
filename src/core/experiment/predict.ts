/**
 * Predictions with a trained model on new rows (a form or a whole file), encoded with the
 * training preprocessing by the training encoder itself (features/encode.ts), so the app, the
 * CLI and an exported model give the same numbers.
 */
import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { isMissingCell, parseNumberCell, trimCell } from '../data/cell';
import type { TypedDataset } from '../data/types';
import { AppError, type AppErrorInfo } from '../errors';
import { findColumn, nameList, quoted } from '../features/columns';
import { encodeFeatures, MISSING_CATEGORY } from '../features/encode';
import type { Preprocessing, Task } from '../features/types';
import { encodeSequencesForPrediction } from '../sources/sequences/predict';
import { categoryColumnOf, columnNeeds, conformColumns, numberColumnOf, rowList, rowsWord } from './predict-columns';
import { checkSequenceSchema, sequencePredictionsCsv } from './predict-sequences';

export interface SchemaCheck {
  readonly ok: boolean;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly problems: readonly AppErrorInfo[];
}

function imagesNotYet(): AppErrorInfo {
  return { code: 'predict/images-not-yet', message: 'This model reads images; predicting from a table of values is not possible with it (predictions on new images are not available yet).' };
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
  const problems: AppErrorInfo[] = missing.map((column) => ({
    code: 'predict/missing-column',
    message: `The file ${dataset.name} has no column ${quoted(column)}, which the model needs.`,
    detail: `columns in the file: ${dataset.columns.map((c) => c.name).join(', ')}`,
  }));
  const conformed = conformColumns(dataset, pre);
  problems.push(...conformed.errors);
  if (extra.length > 0) {
    problems.push({
      code: 'predict/extra-columns',
      message: `${extra.length === 1 ? 'The column' : `${extra.length} columns`} ${nameList(extra)} of ${dataset.name} ${extra.length === 1 ? 'is' : 'are'} not used by the model and ${extra.length === 1 ? 'is' : 'are'} ignored.`,
    });
  }
  if (findColumn(dataset, pre.target)) {
    problems.push({
      code: 'predict/target-ignored',
      message: `${dataset.name} has the column ${quoted(pre.target)} that the model predicts: its values are not used (they are kept in the output next to the predictions).`,
    });
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
 * The network's input [rows, slots] for every row of `dataset`, with the training slots:
 * missing numbers take the training mean, a category no training row had becomes all zeros.
 * Throws an AppError when the schema check blocks; `problems` are notes naming the rows.
 */
export function encodeForPrediction(dataset: TypedDataset, pre: Preprocessing): { readonly x: Float32Array; readonly rows: number; readonly problems: readonly AppErrorInfo[] } {
  if (pre.sequence) {
    const input = encodeSequencesForPrediction(dataset, pre);
    return { x: input.x, rows: input.count, problems: input.problems };
  }
  const check = checkPredictSchema(dataset, pre);
  const blocking = check.problems.find((p) => p.code === 'predict/missing-column' || p.code === 'predict/column-unreadable' || p.code === 'predict/images-not-yet');
  if (!check.ok) throw new AppError(blocking ?? check.problems[0] ?? { code: 'predict/schema', message: `${dataset.name} does not fit the model.` });
  const { dataset: ds, notes } = conformColumns(dataset, pre);
  const problems: AppErrorInfo[] = [...notes];
  for (const need of columnNeeds(pre)) {
    const col = findColumn(ds, need.column);
    if (col?.kind === 'number') {
      const rows = rowsWhere(ds.rowCount, (r) => Number.isNaN(col.values[r] as number));
      if (rows.length > 0 && !notes.some((n) => n.message.includes(quoted(col.name)))) {
        problems.push({ code: 'predict/missing-value', message: `${rowsWord(rows)} ${rowList(rows)} of ${ds.name} ${rows.length === 1 ? 'has' : 'have'} no value in ${quoted(col.name)}: the training average is used.` });
      }
    } else if (col?.kind === 'category') {
      const known = new Set(need.categories);
      const unknownCodes = new Set(col.categories.flatMap((c, i) => (known.has(c) ? [] : [i])));
      const unknownRows = rowsWhere(ds.rowCount, (r) => unknownCodes.has(col.codes[r] as number));
      if (unknownRows.length > 0) {
        const values = [...new Set(unknownRows.map((r) => col.categories[col.codes[r] as number] as string))];
        problems.push({
          code: 'predict/unknown-category',
          message: `${rowsWord(unknownRows)} ${rowList(unknownRows)} of ${ds.name} ${unknownRows.length === 1 ? 'has' : 'have'} a value in ${quoted(col.name)} that no training row had (${nameList(values, 3)}): the model treats it as unknown, so these predictions are less reliable.`,
        });
      }
      const missingRows = known.has(MISSING_CATEGORY) ? [] : rowsWhere(ds.rowCount, (r) => (col.codes[r] as number) < 0);
      if (missingRows.length > 0) {
        problems.push({ code: 'predict/missing-value', message: `${rowsWord(missingRows)} ${rowList(missingRows)} of ${ds.name} ${missingRows.length === 1 ? 'has' : 'have'} no value in ${quoted(col.name)}: the model treats it as unknown.` });
      }
    }
  }
  const all = Uint32Array.from({ length: ds.rowCount }, (_, i) => i);
  return { x: encodeFeatures(ds, pre, all), rows: ds.rowCount, problems };
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

export const FORM_DATASET_NAME = 'the form';

/** The form's values as a one-row dataset; an empty field is a missing value. */
export function datasetFromFormValues(pre: Preprocessing, values: Readonly<Record<string, string>>): TypedDataset {
  const columns = columnNeeds(pre).map((need, index) => {
    const text = values[need.column] ?? '';
    const missing = isMissingCell(text);
    if (need.kind === 'category') return categoryColumnOf(need.column, index, [missing ? null : trimCell(text)]);
    const value = missing ? NaN : parseNumberCell(text, false);
    if (!missing && Number.isNaN(value)) {
      throw new AppError({ code: 'predict/form-not-a-number', message: `${quoted(need.column)} needs a number, but the form has “${text}”.` });
    }
    return numberColumnOf(need.column, index, new Float64Array([value]));
  });
  return {
    name: FORM_DATASET_NAME, sizeBytes: 0, rowCount: 1, columns, delimiter: ',',
    preview: [columns.map((c) => values[c.name] ?? '')], suggestedExclusions: [], warnings: [],
  };
}

export interface PredictionTable {
  readonly task: Task;
  /** Predictions made: the file's rows, or its recordings (windows) for a model trained on recordings. */
  readonly rows: number;
  /** Recordings (windows): what each prediction is about, "rec-017" or "rows 1201-1264"; absent when prediction i is row i of the file. */
  readonly keys?: readonly string[];
  readonly classes?: readonly string[];
  /** Class label, or the value formatted for reading. */
  readonly predicted: readonly string[];
  /** Regression, in the target's units. */
  readonly values?: Float32Array;
  /** Classification: rows × classes, row-major. */
  readonly probabilities?: Float32Array;
}

const PREDICT_BATCH_ROWS = 1024;

/** A value for reading: 6 significant digits. */
export function formatPrediction(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);
}

/** Runs the model over `rows` examples of `sampleDims` each, in batches; outputs row-major [rows, units]. */
async function runModel(model: tf.LayersModel, x: Float32Array, rows: number, sampleDims: readonly number[], units: number): Promise<Float32Array> {
  const width = sampleDims.reduce((a, b) => a * b, 1);
  const out = new Float32Array(rows * units);
  for (let start = 0; start < rows; start += PREDICT_BATCH_ROWS) {
    const count = Math.min(PREDICT_BATCH_ROWS, rows - start);
    const predicted = tf.tidy(() => model.predict(tf.tensor(x.subarray(start * width, (start + count) * width), [count, ...sampleDims])) as tf.Tensor);
    try {
      out.set((await predicted.data()) as Float32Array, start * units);
    } finally {
      predicted.dispose();
    }
  }
  return out;
}

/** The network's outputs in the user's terms: a class with its probabilities, or a value in the target's units. */
function readOutputs(pre: Preprocessing, out: Float32Array, rows: number, units: number): PredictionTable {
  if (pre.task === 'classification') {
    const classes = pre.classes ?? [];
    const predicted = Array.from({ length: rows }, (_, r) => {
      let best = 0;
      for (let k = 1; k < units; k++) if ((out[r * units + k] as number) > (out[r * units + best] as number)) best = k;
      return classes[best] ?? '';
    });
    return { task: 'classification', rows, classes, predicted, probabilities: out };
  }
  // The network was trained on the standardised target: back to its units, as the evaluation does.
  const mean = pre.targetMean ?? 0;
  const std = pre.targetStd ?? 1;
  const values = new Float32Array(rows);
  for (let r = 0; r < rows; r++) values[r] = (out[r] as number) * std + mean;
  return { task: 'regression', rows, predicted: Array.from(values, formatPrediction), values };
}

export async function predictTable(model: tf.LayersModel, pre: Preprocessing, dataset: TypedDataset): Promise<PredictionTable> {
  if (pre.image) throw new AppError(imagesNotYet());
  const units = pre.task === 'classification' ? (pre.classes?.length ?? 0) : 1;
  if (pre.sequence) {
    const input = encodeSequencesForPrediction(dataset, pre);
    const out = await runModel(model, input.x, input.count, input.inputShape.slice(1) as number[], units);
    return { ...readOutputs(pre, out, input.count, units), keys: input.keys };
  }
  const { x, rows } = encodeForPrediction(dataset, pre);
  const out = await runModel(model, x, rows, [pre.slots.length], units);
  return readOutputs(pre, out, rows, units);
}

/** Enough digits to give back the same 32-bit float. */
function exact(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(9))) : '';
}

/** The file's columns as read, then "predicted_<target>" and, for classes, "probability_<class>" each. */
/**
 * The file's own rows as cell text, when `text` is the file the dataset was parsed from and its
 * rows line up with the dataset's (same count, header or not, same number of fields); else null.
 * TypedDataset keeps no text values past the preview, and an identifier column is what people join
 * predictions back on: it must come out as it went in.
 */
export function originalRows(text: string, dataset: TypedDataset): string[][] | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: dataset.delimiter, skipEmptyLines: 'greedy' });
  let rows = parsed.data;
  if (rows.length === dataset.rowCount + 1) rows = rows.slice(1);
  if (rows.length !== dataset.rowCount) return null;
  const width = dataset.columns.length;
  return rows.every((r) => r.length === width) ? rows : null;
}

/**
 * The file's columns, then `predicted_<target>` and one `probability_<class>` per class. With the
 * file's text, each row's cells are written exactly as they were; without it (or when its rows do
 * not line up), from the typed columns, and text columns only as far as the preview reaches.
 */
export function predictionsCsv(dataset: TypedDataset, table: PredictionTable, pre: Preprocessing, text?: string): string {
  if (table.keys) return sequencePredictionsCsv(table.keys, table.values ? Array.from(table.values, exact) : table.predicted, pre, table.probabilities, exact);
  const classes = table.classes ?? [];
  const fields = [...dataset.columns.map((c) => c.name), `predicted_${pre.target}`, ...(table.probabilities ? classes.map((c) => `probability_${c}`) : [])];
  const original = text === undefined ? null : originalRows(text, dataset);
  const data: string[][] = [];
  for (let r = 0; r < table.rows; r++) {
    const cells = original?.[r];
    const row = cells
      ? [...cells]
      : dataset.columns.map((col) => {
          if (col.kind === 'number') return Number.isNaN(col.values[r] as number) ? '' : String(col.values[r]);
          if (col.kind === 'category') return (col.codes[r] as number) < 0 ? '' : (col.categories[col.codes[r] as number] ?? '');
          return dataset.preview[r]?.[col.index] ?? '';
        });
    row.push(table.values ? exact(table.values[r] as number) : (table.predicted[r] ?? ''));
    if (table.probabilities) for (let k = 0; k < classes.length; k++) row.push(exact(table.probabilities[r * classes.length + k] as number));
    data.push(row);
  }
  return Papa.unparse({ fields, data }, { newline: '\n' });
}
