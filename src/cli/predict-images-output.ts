/**
 * What `layerbench predict DIR IMAGE-OR-FOLDER` prints: one line per image (the class, its
 * probability and the top three, or the value, or why there is none), the files skipped, a
 * summary, and the --json object (English keys, sentences in the terminal's language).
 */
import { confidenceOf } from '../core/experiment/predict-images';
import { unpredictedCount, type PredictionTable } from '../core/experiment/prediction-table';
import type { Preprocessing } from '../core/features/types';
import { msg, type Message } from '../core/i18n/message';
import type { SkippedFile } from '../core/sources/images/types';
import { cliT } from './i18n';

/** A file of the folder that was not predicted: not an image by its name. */
export interface SkippedPath extends Pick<SkippedFile, 'reason'> {
  readonly file: string;
}

/** The classes of row `r` by probability, highest first. */
function ranked(table: PredictionTable, r: number): { label: string; p: number }[] {
  const classes = table.classes ?? [];
  const p = table.probabilities;
  if (!p) return [];
  return classes.map((label, k) => ({ label, p: p[r * classes.length + k] as number })).sort((a, b) => b.p - a.p);
}

function topThree(table: PredictionTable, r: number): Message {
  const top = ranked(table, r).slice(0, 3).map((c) => msg('cli.predict.image.probability', { label: c.label, p: c.p }));
  return msg('cli.predict.image.top', { count: top.length, first: top[0] ?? '', second: top[1] ?? '', third: top[2] ?? '' });
}

/** One line per image, in order, then one per skipped file (to standard output: they are the result). */
export function imagePredictionLines(table: PredictionTable, skipped: readonly SkippedPath[]): string[] {
  const t = cliT();
  const lines = Array.from({ length: table.rows }, (_, r) => {
    const file = table.keys?.[r] ?? '';
    const note = table.notes[r] ?? null;
    if (note !== null) return t('cli.predict.image.none', { file, note });
    const value = table.values?.[r];
    if (value !== undefined) return t('cli.predict.image.value', { file, value: Number(value.toPrecision(6)) });
    return t('cli.predict.image.line', { file, predicted: table.predicted[r] ?? '', confidence: confidenceOf(table, r), top: topThree(table, r) });
  });
  for (const s of skipped) lines.push(t('cli.predict.image.skipped', { file: s.file, reason: s.reason }));
  return lines;
}

/** "12 of 13 images predicted; 1 without a prediction; 2 files skipped." and where the CSV went. */
export function imageSummaryLines(table: PredictionTable, skipped: readonly SkippedPath[], out: string | undefined): string[] {
  const t = cliT();
  const without = unpredictedCount(table);
  const lines = [t('cli.predict.image.summary', { predicted: table.rows - without, total: table.rows, without, skipped: skipped.length })];
  if (out !== undefined) lines.push(t('cli.predict.image.written', { file: out }));
  return lines;
}

/** Enough digits to give back the same 32-bit float. */
function exact(value: number): number {
  return Number(value.toPrecision(9));
}

/** The --json object: one entry per image (a class with its probabilities, or a value, or null and the note), then the skipped files. */
export function imagePredictionJson(table: PredictionTable, pre: Preprocessing, model: string, skipped: readonly SkippedPath[], out: string | undefined): Record<string, unknown> {
  const t = cliT();
  const classes = table.classes ?? [];
  const without = unpredictedCount(table);
  return {
    command: 'predict',
    model,
    kind: 'images',
    task: table.task,
    target: pre.target,
    ...(table.classes ? { classes } : {}),
    ...(out !== undefined ? { out } : {}),
    predicted: table.rows - without,
    unpredicted: without,
    images: Array.from({ length: table.rows }, (_, r) => {
      const note = table.notes[r] ?? null;
      const file = table.keys?.[r] ?? '';
      if (note !== null) return { file, predicted: null, note: t(note) };
      const value = table.values?.[r];
      if (value !== undefined) return { file, predicted: exact(value) };
      const probabilities = Object.fromEntries(classes.map((c, k) => [c, exact(table.probabilities?.[r * classes.length + k] ?? Number.NaN)]));
      return { file, predicted: table.predicted[r] ?? null, confidence: exact(confidenceOf(table, r)), probabilities };
    }),
    skipped: skipped.map((s) => ({ file: s.file, reason: t(s.reason) })),
  };
}
