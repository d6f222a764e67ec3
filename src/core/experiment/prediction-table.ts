/** What a prediction run gives back, for the app's table, the CSV and the CLI. */
import type { Task } from '../features/types';
import type { Message } from '../i18n/message';

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
  /** Classification: rows × classes, row-major; NaN for a row without a prediction. */
  readonly probabilities?: Float32Array;
  /**
   * One per prediction: why the row got none ("No prediction: “x” holds “abc”, which is not a
   * number."), or null; such a row's `predicted` is "" and its value or probabilities NaN.
   */
  readonly notes: readonly (Message | null)[];
}

/** How many rows (recordings, windows) got no prediction. */
export function unpredictedCount(table: PredictionTable): number {
  return table.notes.reduce((n, note) => (note === null ? n : n + 1), 0);
}
