/**
 * A new file in the training file's layout → the network's input, with the saved preprocessing:
 * grouped by the same id column, ordered by the same time column, scaled with the saved means
 * and stds, padded/cut or cut into windows the same way. The label column may be absent.
 */
import { AppError, type AppErrorInfo } from '../../errors';
import type { TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import type { Preprocessing } from '../../features/types';
import { msg, type Message } from '../../i18n/message';
import { canIdentify, columnOf, kindWords, orderValuesOf } from './columns';
import { encodeSteps, type ScaledSlot } from './encode';
import { enumerateExamples, lengthNote, missingStepsNote, windowRows, type SequenceExamples } from './examples';
import { recordingList } from './format';
import { groupRecordings } from './recordings';

export interface SequencePredictionInput {
  /** [count, length, features], row-major, scaled as in training. */
  readonly x: Float32Array;
  readonly count: number;
  readonly inputShape: readonly [null, number, number];
  /** What each example is called in the predictions CSV: the recording's id, or "rows 1201-1264" (with the recording's id first when windows are per recording). */
  readonly keys: readonly string[];
  /** What the user should know that did not stop the encoding (rows reordered, recordings padded, cells filled). */
  readonly problems: readonly AppErrorInfo[];
}

function windowName(ex: SequenceExamples, i: number): string {
  const { first, last } = windowRows(ex, i);
  const rows = `rows ${first + 1}-${last + 1}`;
  return ex.recs.idColumn ? `${ex.recs.names[ex.recordingOf[i]!]!} ${rows}` : rows;
}

function blocking(code: string, message: Message, detail?: string): AppError {
  return new AppError({ code, message, ...(detail ? { detail } : {}) });
}

/** Throws an AppError when a column the model needs is missing or unusable, or no example can be made. */
export function encodeSequencesForPrediction(ds: TypedDataset, pre: Preprocessing): SequencePredictionInput {
  const seq = pre.sequence;
  if (!seq) throw blocking('sequence/not-a-sequence-model', msg('sources.sequences.predict.notSequenceModel'));
  const slots = pre.slots.filter((s): s is ScaledSlot => s.kind === 'scaled');
  const missing = slots.filter((s) => columnOf(ds, s.column) === undefined).map((s) => s.column);
  if (missing.length > 0) {
    throw blocking(
      'sequence/step-column-missing',
      msg('sources.sequences.predict.stepColumnsMissing', { name: ds.name, count: missing.length, columns: recordingList(missing) }),
      `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
    );
  }
  for (const s of slots) {
    const col = columnOf(ds, s.column)!;
    if (col.kind !== 'number') throw blocking('sequence/step-column-unusable', msg('sources.sequences.predict.stepColumnUnusable', { column: quoted(s.column), name: ds.name, kind: kindWords(col) }), `kind ${col.kind}`);
  }
  if (seq.idColumn !== null) {
    const col = columnOf(ds, seq.idColumn);
    if (!col) throw blocking('sequence/id-column-missing', msg('sources.sequences.predict.idMissing', { name: ds.name, column: quoted(seq.idColumn) }));
    if (!canIdentify(col)) throw blocking('sequence/id-unusable', msg('sources.sequences.predict.idUnusable', { column: quoted(seq.idColumn), name: ds.name, kind: kindWords(col) }), `kind ${col.kind}`);
  }
  if (seq.orderColumn !== null) {
    const col = columnOf(ds, seq.orderColumn);
    if (!col) throw blocking('sequence/order-column-missing', msg('sources.sequences.predict.orderMissing', { name: ds.name, column: quoted(seq.orderColumn) }));
    if (!orderValuesOf(col)) throw blocking('sequence/order-unusable', msg('sources.sequences.predict.orderUnusable', { column: quoted(seq.orderColumn), name: ds.name, kind: kindWords(col) }), `kind ${col.kind}`);
  }
  const recs = groupRecordings(ds, seq.idColumn, seq.orderColumn);
  const ex = enumerateExamples(recs, seq.layout, seq.length, seq.stride, undefined);
  if (ex.count === 0) {
    throw blocking(
      'sequence/no-examples',
      seq.layout === 'grouped'
        ? msg('sources.sequences.predict.noRecordings', { name: ds.name, column: quoted(seq.idColumn ?? '') })
        : msg('sources.sequences.predict.noWindows', { name: ds.name, length: seq.length }),
    );
  }
  const all = Uint32Array.from({ length: ex.count }, (_, i) => i);
  const x = encodeSteps(slots.map((s) => (columnOf(ds, s.column) as { values: Float64Array }).values), slots, ex, all);
  const problems: AppErrorInfo[] = [...recs.problems, ...recs.notes];
  const features = slots.map((s) => columnOf(ds, s.column)!);
  for (const note of [lengthNote(ex), missingStepsNote(recs, features)]) if (note) problems.push(note);
  return {
    x,
    count: ex.count,
    inputShape: [null, seq.length, slots.length],
    keys: Array.from(all, (i) => (seq.layout === 'grouped' ? recs.names[ex.recordingOf[i]!]! : windowName(ex, i))),
    problems,
  };
}
