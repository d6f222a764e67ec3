/**
 * What `layerbench predict` prints about its predictions: the notes, each row that got no
 * prediction with the reason, a summary line, and the --json object. A row without a prediction
 * is a per-row outcome (the exit code stays 0); it is never printed as if it had one.
 */
import type { AppErrorInfo } from '../core/errors';
import { unpredictedCount, type PredictionTable } from '../core/experiment/predict';
import { NO_PREDICTION_CODES } from '../core/experiment/predict-guards';
import type { Preprocessing } from '../core/features/types';

/** Row notes printed one by one to the terminal; the rest are counted (every note is in the CSV). */
export const PRINTED_ROW_NOTES = 20;

function unitOf(pre: Preprocessing): { one: string; many: string } {
  if (!pre.sequence) return { one: 'row', many: 'rows' };
  return pre.sequence.layout === 'grouped' ? { one: 'recording', many: 'recordings' } : { one: 'window', many: 'windows' };
}

/** "row 3" or the recording's name ("rec-017", "rows 1201-1264"). */
function rowName(table: PredictionTable, r: number): string {
  return table.keys?.[r] ?? `row ${r + 1}`;
}

/** Each message once: the schema check and the encoding may say the same thing. */
export function distinctNotes(notes: readonly AppErrorInfo[]): AppErrorInfo[] {
  return notes.filter((note, i) => notes.findIndex((n) => n.message === note.message) === i);
}

/**
 * The terminal's lines (to standard error): the file's notes, each row without a prediction with
 * its reason (which says what the per-column summaries say, so those are left out), the summary.
 */
export function predictionLines(table: PredictionTable, pre: Preprocessing, notes: readonly AppErrorInfo[], out: string | undefined): string[] {
  const lines = notes.filter((n) => !NO_PREDICTION_CODES.has(n.code)).map((n) => `Note: ${n.message}`);
  const unit = unitOf(pre);
  const missing = unpredictedCount(table);
  let printed = 0;
  for (let r = 0; r < table.rows && printed < PRINTED_ROW_NOTES; r++) {
    const note = table.notes[r];
    if (note === null || note === undefined) continue;
    lines.push(`Note: ${rowName(table, r)}: ${note}`);
    printed++;
  }
  if (missing > printed) lines.push(`Note: ${missing - printed} more ${missing - printed === 1 ? unit.one : unit.many} without a prediction; the note column says why for each.`);
  const per = pre.sequence ? ` (one per ${unit.one})` : '';
  const without = `${missing} ${missing === 1 ? unit.one : unit.many} got no prediction`;
  if (out !== undefined) {
    const written = `${table.rows - missing} prediction${table.rows - missing === 1 ? '' : 's'} written to ${out}${per}`;
    lines.push(missing === 0 ? `${written}.` : `${written}; ${without} (the note column says why).`);
  } else if (missing > 0) {
    lines.push(`${table.rows - missing} of ${table.rows} ${unit.many} predicted; ${without} (the note column says why).`);
  }
  return lines;
}

/** JSON's value of a prediction: the class, the value in the target's units, or null without one. */
function predictionValue(table: PredictionTable, r: number): string | number | null {
  if (table.notes[r] !== null) return null;
  const value = table.values?.[r];
  if (value !== undefined) return Number(value.toPrecision(9));
  return table.predicted[r] ?? null;
}

/** The --json object: the summary, then one entry per row (recording, window) with its prediction or null and its note or null. */
export function predictionJson(table: PredictionTable, pre: Preprocessing, file: string, notes: readonly AppErrorInfo[], out: string | undefined): Record<string, unknown> {
  const missing = unpredictedCount(table);
  return {
    command: 'predict',
    file,
    rows: table.rows,
    unit: unitOf(pre).many,
    task: table.task,
    target: pre.target,
    ...(table.classes ? { classes: table.classes } : {}),
    ...(out !== undefined ? { out } : {}),
    predicted: table.rows - missing,
    unpredicted: missing,
    notes: notes.map((n) => n.message),
    predictions: Array.from({ length: table.rows }, (_, r) => ({
      ...(table.keys ? { example: table.keys[r] } : { row: r + 1 }),
      prediction: predictionValue(table, r),
      note: table.notes[r] ?? null,
    })),
  };
}
