/**
 * Which predictions can be trusted. A row the model cannot compute with (text in a number column,
 * a value beyond what 32-bit floats hold, or one that becomes so once scaled, a category no
 * training row had) gets no prediction and a note naming the column and the value, and so does
 * a row whose output is not a number: printing a class for it would present a guess, or an
 * arbitrary first class, as the model's answer. Missing values are not such a row: they are
 * filled in as in training.
 */
import { isMissingCell } from '../data/cell';
import type { TypedDataset } from '../data/types';
import { appErrorInfo, type AppErrorInfo } from '../errors';
import { findColumn, quoted } from '../features/columns';
import type { Preprocessing, Task } from '../features/types';
import { msg, type Message } from '../i18n/message';
import { columnNeeds, fileName, rowList, valueList } from './predict-columns';

/** The largest magnitude a 32-bit float holds; tfjs computes in 32-bit floats. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** A cell's value in a note is cut to this many characters: a pasted paragraph must not flood the screen. */
const SHOWN_CHARS = 60;

/** The value as a note shows it, cut to SHOWN_CHARS (whole characters, never half a surrogate pair). */
export function shownText(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS - 1).join('')}…` : chars.join('');
}

/** 1e308 rather than "1e+308". */
function numberText(value: number): string {
  return String(value).replace('e+', 'e');
}

function tooLarge(column: string, value: string): Message {
  return msg('predict.reason.tooLarge', { column: quoted(column), value: shownText(value) });
}

/** Text where the model reads a number: "abc", "NaN", or "Infinity" / "1e400" that no 32-bit float holds. */
function notANumber(column: string, text: string): Message {
  const t = text.trim();
  if (/^[+-]?(inf|infinity|\u221e)$/i.test(t)) return msg('predict.reason.notFinite', { column: quoted(column), value: quoted(shownText(t)) });
  const value = Number(t.replace(',', '.'));
  if (/\d/.test(t) && !Number.isNaN(value) && !(Math.abs(value) <= FLOAT32_MAX)) return tooLarge(column, t);
  return msg('predict.reason.notANumber', { column: quoted(column), value: quoted(shownText(t)) });
}

/**
 * Whether a cell the parser read as no number is a value the row lacks (empty, "NA", "?": filled
 * in as in training) rather than one the model cannot compute with. "NaN" is the result of a
 * computation that failed, not an absent value: the row is refused.
 */
function isAbsent(text: string): boolean {
  return isMissingCell(text) && !/^[+-]?nan$/i.test(text.trim());
}

function unseenCategory(column: string, label: string): Message {
  return msg('predict.reason.unseen', { column: quoted(column), value: quoted(shownText(label)) });
}

/** "No prediction: A; B." with at most 3 reasons, the rest counted. */
export function noPredictionNote(reasons: readonly Message[]): Message {
  const [first, second, third] = reasons;
  if (first === undefined) return msg('predict.noPrediction.one', { first: '' });
  if (second === undefined) return msg('predict.noPrediction.one', { first });
  if (third === undefined) return msg('predict.noPrediction.two', { first, second });
  return msg('predict.noPrediction.three', { first, second, third, more: reasons.length - 3 });
}

/** Per row: why it gets no prediction, or nothing. */
class RowReasons {
  private readonly reasons: (Message[] | undefined)[];
  constructor(readonly rows: number) {
    this.reasons = new Array<Message[] | undefined>(rows);
  }
  add(row: number, reason: Message): void {
    if (row < 0 || row >= this.rows) return;
    (this.reasons[row] ??= []).push(reason);
  }
  has(row: number): boolean {
    return this.reasons[row] !== undefined;
  }
  notes(): (Message | null)[] {
    return Array.from({ length: this.rows }, (_, r) => {
      const reasons = this.reasons[r];
      return reasons ? noPredictionNote(reasons) : null;
    });
  }
}

export interface InputGuard {
  /** One per row: null when the row can be predicted. */
  readonly notes: readonly (Message | null)[];
  /** One summary per column and kind of problem, naming the rows, for the list above the table. */
  readonly problems: readonly AppErrorInfo[];
}

/** The codes of the summaries above: a one-row form shows its row's note instead. */
export const NO_PREDICTION_CODES: ReadonlySet<string> = new Set(['predict/not-a-number', 'predict/too-large', 'predict/unknown-category']);

type SummaryKey = 'notANumber' | 'tooLarge' | 'unknownCategory';

function summary(code: string, key: SummaryKey, rows: readonly number[], ds: TypedDataset, column: string, values?: readonly string[]): AppErrorInfo {
  const params = { count: rows.length, rows: rowList(rows), file: fileName(ds), column: quoted(column), ...(values ? { values: valueList(values, 3) } : {}) };
  return appErrorInfo({ code, message: msg(`predict.summary.${key}`, params) });
}

/** A cell's text as the file has it, by row and column index; undefined where it is not known. */
export type CellText = (row: number, column: number) => string | undefined;

/**
 * Checks every row of `ds` (its columns already in the kinds the model needs, predict-columns.ts)
 * and `x`, its encoding, for what the model cannot compute with; the rows found are zeroed in
 * `x`, so the network never sees an infinity. `cell` gives the file's own text of a cell: the
 * parser reads "Infinity", "#DIV/0!" or "1e308" as no number, and only the text tells such a
 * cell from an empty one. Without it, the number column's stray cells are what is known.
 */
export function guardInputs(ds: TypedDataset, pre: Preprocessing, x: Float32Array, cell: CellText): InputGuard {
  const reasons = new RowReasons(ds.rowCount);
  const problems: AppErrorInfo[] = [];
  for (const need of columnNeeds(pre)) {
    const col = findColumn(ds, need.column);
    if (col?.kind === 'number') {
      const refused = new Map<number, string>();
      for (const stray of col.strayCells) refused.set(stray.row - 1, stray.value);
      for (let r = 0; r < ds.rowCount; r++) {
        if (!Number.isNaN(col.values[r] as number) || refused.has(r)) continue;
        const text = cell(r, col.index);
        if (text !== undefined && !isAbsent(text)) refused.set(r, text);
      }
      const rows = [...refused.keys()].sort((a, b) => a - b);
      for (const r of rows) reasons.add(r, notANumber(col.name, refused.get(r) ?? ''));
      if (rows.length > 0) problems.push(summary('predict/not-a-number', 'notANumber', rows, ds, col.name, [...new Set(rows.map((r) => shownText(refused.get(r) ?? '')))]));
      const large: number[] = [];
      for (const slot of pre.slots) {
        if (slot.kind !== 'scaled' || slot.column !== col.name) continue;
        for (let r = 0; r < ds.rowCount; r++) {
          const v = col.values[r] as number;
          if (Number.isNaN(v)) continue;
          if (!(Math.abs(v) <= FLOAT32_MAX) || !Number.isFinite(Math.fround((v - slot.mean) / slot.std))) {
            reasons.add(r, tooLarge(col.name, numberText(v)));
            large.push(r);
          }
        }
      }
      if (large.length > 0) problems.push(summary('predict/too-large', 'tooLarge', large, ds, col.name));
    } else if (col?.kind === 'category') {
      const known = new Set(need.categories);
      const unknownRows: number[] = [];
      for (let r = 0; r < ds.rowCount; r++) {
        const code = col.codes[r] as number;
        const label = code < 0 ? undefined : col.categories[code];
        if (label === undefined || known.has(label)) continue;
        reasons.add(r, unseenCategory(col.name, label));
        unknownRows.push(r);
      }
      if (unknownRows.length > 0) {
        const values = [...new Set(unknownRows.map((r) => col.categories[col.codes[r] as number] as string))].map(shownText);
        problems.push(summary('predict/unknown-category', 'unknownCategory', unknownRows, ds, col.name, values));
      }
    }
  }
  // Whatever else became non-finite on the way into the network (it is checked, not assumed).
  const width = pre.slots.length;
  for (let r = 0; r < ds.rowCount && width > 0; r++) {
    for (let s = 0; s < width; s++) {
      if (Number.isFinite(x[r * width + s] as number) || reasons.has(r)) continue;
      reasons.add(r, msg('predict.reason.givesTooLarge', { column: quoted(pre.slots[s]?.column ?? '') }));
    }
    if (reasons.has(r)) x.fill(0, r * width, (r + 1) * width);
  }
  return { notes: reasons.notes(), problems };
}

/**
 * Recordings (windows) of a sequence model: an example whose scaled steps are not all finite gets
 * no prediction and is zeroed in `x` ([count, steps, features], one feature per column).
 */
export function guardSequenceInputs(x: Float32Array, count: number, columns: readonly string[]): (Message | null)[] {
  const reasons = new RowReasons(count);
  const features = columns.length;
  const size = count > 0 ? x.length / count : 0;
  for (let e = 0; e < count; e++) {
    const bad = new Set<string>();
    for (let i = e * size; i < (e + 1) * size; i++) if (!Number.isFinite(x[i] as number)) bad.add(columns[(i - e * size) % features] ?? '');
    for (const column of bad) reasons.add(e, msg('predict.reason.hasTooLarge', { column: quoted(column) }));
    if (bad.size > 0) x.fill(0, e * size, (e + 1) * size);
  }
  return reasons.notes();
}

/**
 * The network's outputs checked: a row whose outputs (probabilities, or the value in the target's
 * units) are not all finite gets no prediction; `notes` from the inputs come first.
 */
export function guardOutputs(task: Task, out: Float32Array, rows: number, units: number, notes: readonly (Message | null)[]): (Message | null)[] {
  return Array.from({ length: rows }, (_, r) => {
    const before = notes[r] ?? null;
    if (before !== null) return before;
    for (let k = 0; k < units; k++) {
      if (!Number.isFinite(out[r * units + k] as number)) {
        return msg(task === 'classification' ? 'predict.noPrediction.classification' : 'predict.noPrediction.regression');
      }
    }
    return null;
  });
}
