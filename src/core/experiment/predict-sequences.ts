/**
 * Predictions with a model trained on recordings, for a new file in the same layout: one
 * prediction per recording (or per window), with the recording's id or the window's rows as
 * its name. The rows become examples exactly as in training (sources/sequences/predict.ts).
 */
import Papa from 'papaparse';
import type { TypedDataset } from '../data/types';
import { appErrorInfo, type AppErrorInfo } from '../errors';
import { msg } from '../i18n/message';
import { quoted } from '../features/columns';
import type { Preprocessing } from '../features/types';
import { encodeSequencesForPrediction } from '../sources/sequences/predict';
import { toAppErrorInfo } from '../errors';

export interface SequenceSchemaCheck {
  readonly ok: boolean;
  readonly problems: readonly AppErrorInfo[];
}

/** Whether the file can be read as the model's recordings: the step, id and time columns are there and usable. */
export function checkSequenceSchema(dataset: TypedDataset, pre: Preprocessing): SequenceSchemaCheck {
  try {
    const { problems } = encodeSequencesForPrediction(dataset, pre);
    const extra = dataset.columns.filter((c) => c.name === pre.target);
    const notes: AppErrorInfo[] = extra.length > 0
      ? [appErrorInfo({ code: 'predict/target-ignored', message: msg('predict.targetIgnoredRecordings', { file: dataset.name, column: quoted(pre.target) }) })]
      : [];
    return { ok: true, problems: [...problems, ...notes] };
  } catch (err) {
    return { ok: false, problems: [toAppErrorInfo(err, msg('predict.notRecordings', { file: dataset.name }))] };
  }
}

/** The name of the column that names each prediction: the recording id column, or "rows" for windows of one recording. */
export function exampleColumn(pre: Preprocessing): string {
  const seq = pre.sequence;
  if (!seq) return 'row';
  if (seq.layout === 'grouped') return seq.idColumn ?? 'recording';
  return seq.idColumn ? `${seq.idColumn} and rows` : 'rows';
}

/**
 * The name of the column that says why a row got no prediction: "note", or "prediction_note"
 * when the file already has a "note" column (a header must name one column).
 */
export function noteColumn(names: readonly string[]): string {
  return names.includes('note') ? 'prediction_note' : 'note';
}

/** `<id column>`, `predicted_<target>`, one `probability_<class>` per class, then `note`: one line per recording or window. */
export function sequencePredictionsCsv(
  keys: readonly string[],
  predicted: readonly string[],
  pre: Preprocessing,
  notes: readonly (string | null)[],
  probabilities?: Float32Array,
  exact: (value: number) => string = String,
): string {
  const classes = probabilities ? (pre.classes ?? []) : [];
  const first = exampleColumn(pre);
  const fields = [first, `predicted_${pre.target}`, ...classes.map((c) => `probability_${c}`), noteColumn([first])];
  const data = keys.map((key, r) => [
    key,
    predicted[r] ?? '',
    ...classes.map((_, k) => exact(probabilities?.[r * classes.length + k] ?? Number.NaN)),
    notes[r] ?? '',
  ]);
  return Papa.unparse({ fields, data }, { newline: '\n' });
}
