/**
 * Builders for sequence test data: the shared dataset builders do not make date/time columns or
 * text columns with codes yet, so these local ones do, in the shape data/types.ts defines.
 */
import type { Column, DateTimeColumn, TextColumn, TypedDataset } from '../../../../src/core/data/types';
import type { AppErrorInfo } from '../../../../src/core/errors';
import { msg, type Message } from '../../../../src/core/i18n/message';
import { english } from '../../../../src/core/i18n/translate';
import { createRng } from '../../../../src/core/random';
import type { SequenceSummary } from '../../../../src/core/sources/sequences/types';
import { detectSequences } from '../../../../src/core/sources/sequences/detect';
import { categoryColumn, makeDataset, numberColumn } from '../../helpers/dataset';

type Unindexed<C> = Omit<C, 'index'>;

/** A reason only tests read, as a message. */
function note(_text: string): Message {
  return msg('common.internalError');
}
export type AnyColumn = Parameters<typeof makeDataset>[1][number] | Unindexed<DateTimeColumn> | Unindexed<TextColumn>;

/** A date/time column of instants in ms since 1970 (null: missing). */
export function datetimeColumn(name: string, cells: readonly (number | null)[]): Unindexed<DateTimeColumn> {
  const values = Float64Array.from(cells, (v) => (v === null ? NaN : v));
  const present = [...values].filter((v) => !Number.isNaN(v));
  return {
    name,
    kind: 'datetime',
    missing: values.length - present.length,
    distinct: new Set(present).size,
    distinctCapped: false,
    histogram: [],
    reason: note(`“${name}” holds dates and times.`),
    values,
    min: present.reduce((a, b) => Math.min(a, b), Infinity),
    max: present.reduce((a, b) => Math.max(a, b), -Infinity),
    format: note('ISO 8601 date and time (2024-03-01T10:00:00)'),
    hasTime: true,
  };
}

/** A text column the parser kept with codes (too many values for a category, like 200 recording ids). */
export function textCodesColumn(name: string, cells: readonly (string | null)[]): Unindexed<TextColumn> {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(cells, (cell) => {
    if (cell === null) return -1;
    let code = index.get(cell);
    if (code === undefined) {
      code = dictionary.length;
      index.set(cell, code);
      dictionary.push(cell);
    }
    return code;
  });
  return {
    name,
    kind: 'text',
    missing: cells.filter((c) => c === null).length,
    distinct: dictionary.length,
    distinctCapped: false,
    histogram: [],
    reason: note(`“${name}” holds ${dictionary.length} different texts.`),
    role: 'free text',
    examples: dictionary.slice(0, 3),
    codes,
    dictionary,
  };
}

/** makeDataset, also for date/time and coded text columns (their rows are counted from their arrays). */
export function dataset(name: string, columns: readonly AnyColumn[]): TypedDataset {
  const rows = columns.map((c) => ('values' in c ? c.values.length : 'codes' in c && c.codes ? c.codes.length : -1)).find((n) => n >= 0) ?? 0;
  const plain = columns.map((c) => (c.kind === 'datetime' || c.kind === 'text' ? numberColumn(c.name, new Array<null>(rows).fill(null)) : c));
  const base = makeDataset(name, plain as Parameters<typeof makeDataset>[1], rows);
  const indexed = columns.map((c, index) => ({ ...c, index }) as Column);
  return {
    ...base,
    columns: indexed,
    // As the data step does: text (ids included) and empty columns are proposed for exclusion.
    suggestedExclusions: indexed
      .filter((c) => c.kind === 'empty' || c.kind === 'text')
      .map((c) => ({ column: c.name, reason: msg(c.kind === 'empty' ? 'data.exclude.noValues' : 'data.exclude.identifier') })),
  };
}

export function summaryOf(ds: TypedDataset): SequenceSummary {
  return { dataset: ds, detection: detectSequences(ds) };
}

export interface GroupedOptions {
  readonly recordings?: number;
  /** Steps of recording r. */
  readonly stepsOf?: (r: number) => number;
  readonly channels?: number;
  readonly classes?: readonly string[];
  readonly seed?: number;
  /** Add a per-recording number attribute "speed". */
  readonly attribute?: boolean;
  /** ids as text with codes ("rec-001") instead of a category. */
  readonly textIds?: boolean;
}

export const T0 = Date.UTC(2024, 4, 14, 8, 0, 0);

/**
 * Recordings "rec-001"… of 20 ms steps with a timestamp, channels ch1…chN whose level depends on
 * the class, and the label "activity" (classes in turn). Columns: recording_id, timestamp,
 * [speed], activity, ch1…chN.
 */
export function groupedDataset(opts: GroupedOptions = {}): TypedDataset {
  const { recordings = 12, stepsOf = () => 64, channels = 3, classes = ['walk', 'run', 'sit'], seed = 1, attribute = false, textIds = false } = opts;
  const rng = createRng(seed);
  const ids: string[] = [];
  const times: number[] = [];
  const labels: string[] = [];
  const speed: number[] = [];
  const ch: number[][] = Array.from({ length: channels }, () => []);
  for (let r = 0; r < recordings; r++) {
    const id = `rec-${String(r + 1).padStart(3, '0')}`;
    const label = classes[r % classes.length]!;
    const level = r % classes.length;
    const n = stepsOf(r);
    const start = T0 + r * 600_000;
    const s = Math.round(rng() * 50) / 10;
    for (let k = 0; k < n; k++) {
      ids.push(id);
      times.push(start + k * 20);
      labels.push(label);
      speed.push(s);
      for (let c = 0; c < channels; c++) ch[c]!.push(Math.round((level + Math.sin(k / (c + 2)) + rng() * 0.1) * 1000) / 1000);
    }
  }
  return dataset('grouped.csv', [
    textIds ? textCodesColumn('recording_id', ids) : categoryColumn('recording_id', ids),
    datetimeColumn('timestamp', times),
    ...(attribute ? [numberColumn('speed', speed)] : []),
    categoryColumn('activity', labels),
    ...ch.map((values, c) => numberColumn(`ch${c + 1}`, values)),
  ]);
}

/** One long recording: a time column, `state` in runs of `run` rows (idle/busy/fault in turn), channels a, b. */
export function longDataset(rows = 1000, run = 200, seed = 2): TypedDataset {
  const rng = createRng(seed);
  const states = ['idle', 'busy', 'fault'];
  const time: number[] = [];
  const state: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rows; i++) {
    const s = Math.floor(i / run) % states.length;
    time.push(T0 + i * 1000);
    state.push(states[s]!);
    a.push(Math.round((s + rng()) * 100) / 100);
    b.push(Math.round((Math.cos(i / 7) + s * 0.5) * 100) / 100);
  }
  return dataset('long.csv', [datetimeColumn('time', time), numberColumn('a', a), numberColumn('b', b), categoryColumn('state', state)]);
}

/** Problems and notes as an English reader gets them: the message and the fix's words, without the catalogue codes. */
export function inEnglish(infos: readonly AppErrorInfo[]): { code: string; message: string; detail?: string; fix?: { label: string; action: string } }[] {
  return infos.map(({ code, message, detail, fix }) => ({
    code,
    message,
    ...(detail !== undefined ? { detail } : {}),
    ...(fix ? { fix: { label: typeof fix.label === 'string' ? fix.label : english(fix.label), action: fix.action } } : {}),
  }));
}
