/**
 * What `layerbench predict` prints about its predictions: the notes, each row that got no
 * prediction with the reason, a summary line, and the --json object. A row without a prediction
 * is a per-row outcome (the exit code stays 0); it is never printed as if it had one.
 */
import type { AppErrorInfo } from '../core/errors';
import type { Message } from '../core/i18n/message';
import { unpredictedCount, type PredictionTable } from '../core/experiment/predict';
import { NO_PREDICTION_CODES } from '../core/experiment/predict-guards';
import type { Preprocessing } from '../core/features/types';
import { cliErrorText, cliT, cliText } from './i18n';

/** Row notes printed one by one to the terminal; the rest are counted (every note is in the CSV). */
export const PRINTED_ROW_NOTES = 20;

type Unit = 'rows' | 'recordings' | 'windows';

function unitOf(pre: Preprocessing): Unit {
  if (!pre.sequence) return 'rows';
  return pre.sequence.layout === 'grouped' ? 'recordings' : 'windows';
}

/** "row 3" or the recording's name ("rec-017", "rows 1201-1264"). */
function rowName(table: PredictionTable, r: number): string {
  return table.keys?.[r] ?? cliT()('cli.predict.rowName', { row: r + 1 });
}

/** Each message once: the schema check and the encoding may say the same thing. */
export function distinctNotes(notes: readonly AppErrorInfo[]): AppErrorInfo[] {
  return notes.filter((note, i) => notes.findIndex((n) => n.message === note.message) === i);
}

/** A row's note in the terminal's language (older tables hold English text). */
function noteText(note: Message | string): string {
  return cliText(note);
}

/**
 * The terminal's lines (to standard error): the file's notes, each row without a prediction with
 * its reason (which says what the per-column summaries say, so those are left out), the summary.
 */
export function predictionLines(table: PredictionTable, pre: Preprocessing, notes: readonly AppErrorInfo[], out: string | undefined): string[] {
  const t = cliT();
  const note = (text: string): string => t('cli.line.note', { text });
  const lines = notes.filter((n) => !NO_PREDICTION_CODES.has(n.code)).map((n) => note(cliErrorText(n)));
  const unit = unitOf(pre);
  const missing = unpredictedCount(table);
  let printed = 0;
  for (let r = 0; r < table.rows && printed < PRINTED_ROW_NOTES; r++) {
    const reason = table.notes[r];
    if (reason === null || reason === undefined) continue;
    lines.push(note(t('cli.predict.rowNote', { row: rowName(table, r), note: noteText(reason) })));
    printed++;
  }
  if (missing > printed) lines.push(note(t('cli.predict.moreWithout', { count: missing - printed, unit })));
  const without = t('cli.predict.without', { count: missing, unit });
  if (out !== undefined) {
    const written = { count: table.rows - missing, file: out, unit };
    lines.push(missing === 0 ? t('cli.predict.written', written) : t('cli.predict.writtenSome', { ...written, without }));
  } else if (missing > 0) {
    lines.push(t('cli.predict.some', { predicted: table.rows - missing, total: table.rows, unit, without }));
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
    unit: unitOf(pre),
    task: table.task,
    target: pre.target,
    ...(table.classes ? { classes: table.classes } : {}),
    ...(out !== undefined ? { out } : {}),
    predicted: table.rows - missing,
    unpredicted: missing,
    notes: notes.map(cliErrorText),
    predictions: Array.from({ length: table.rows }, (_, r) => {
      const note = table.notes[r];
      return {
        ...(table.keys ? { example: table.keys[r] } : { row: r + 1 }),
        prediction: predictionValue(table, r),
        note: note === null || note === undefined ? null : noteText(note),
      };
    }),
  };
}
