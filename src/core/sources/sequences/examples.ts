/**
 * Recordings → examples, in one fixed order that the split, the encoding, the keys and
 * describeExample share. grouped: example r is recording r (its first `length` steps, padded
 * when shorter). windows: every window of `length` steps that starts a multiple of `stride`
 * steps into a recording, recording after recording; windows never cross recordings.
 *
 * Keys: grouped, the recording's id as written; windows, "w:<row>" with <row> the 0-based file
 * row of the window's first step (unique, since every row is in at most one recording).
 */
import { appErrorInfo, type AppErrorInfo } from '../../errors';
import type { Column } from '../../data/types';
import { quoted } from '../../features/columns';
import { msg } from '../../i18n/message';
import { hasValue } from './columns';
import { count, recordingList } from './format';
import { positionsOf, recordingAt, stepsOf, type RecordingIndex } from './recordings';
import type { SequenceLayout } from './types';

export interface SequenceExamples {
  readonly layout: SequenceLayout;
  readonly length: number;
  readonly stride: number;
  readonly recs: RecordingIndex;
  readonly count: number;
  /** Example → its recording. */
  readonly recordingOf: Uint32Array;
  /** Example → its first step, counted from the recording's first step. */
  readonly start: Uint32Array;
  /** Example → the file row whose target value is its label (grouped: first labelled step; windows: last step); -1 when none. */
  readonly labelRow: Int32Array;
}

/** Windows of `length` rows every `stride` rows in `n` rows: 1,000 rows, 64, 32 → 30. */
export function windowCount(n: number, length: number, stride: number): number {
  return n >= length && length > 0 && stride > 0 ? Math.floor((n - length) / stride) + 1 : 0;
}

/** Steps of example i that come from the file (the rest is padding). */
export function realSteps(ex: SequenceExamples, i: number): number {
  return Math.min(ex.length, stepsOf(ex.recs, ex.recordingOf[i]!) - ex.start[i]!);
}

/** Position in recs.rows of example i's first step. */
export function firstPosition(ex: SequenceExamples, i: number): number {
  return ex.recs.starts[ex.recordingOf[i]!]! + ex.start[i]!;
}

export function enumerateExamples(
  recs: RecordingIndex,
  layout: SequenceLayout,
  length: number,
  stride: number,
  target: Column | undefined,
): SequenceExamples {
  const { rows, starts } = recs;
  if (layout === 'grouped') {
    const labelRow = new Int32Array(recs.count).fill(-1);
    if (target) {
      for (let r = 0; r < recs.count; r++) {
        for (let p = starts[r]!; p < starts[r + 1]!; p++) {
          if (hasValue(target, rows[p]!)) {
            labelRow[r] = rows[p]!;
            break;
          }
        }
      }
    }
    return {
      layout, length, stride: 1, recs, count: recs.count,
      recordingOf: Uint32Array.from({ length: recs.count }, (_, r) => r),
      start: new Uint32Array(recs.count),
      labelRow,
    };
  }
  let total = 0;
  for (let r = 0; r < recs.count; r++) total += windowCount(stepsOf(recs, r), length, stride);
  const recordingOf = new Uint32Array(total);
  const start = new Uint32Array(total);
  const labelRow = new Int32Array(total).fill(-1);
  let e = 0;
  for (let r = 0; r < recs.count; r++) {
    const k = windowCount(stepsOf(recs, r), length, stride);
    for (let w = 0; w < k; w++, e++) {
      recordingOf[e] = r;
      start[e] = w * stride;
      const last = rows[starts[r]! + w * stride + length - 1]!;
      if (target && hasValue(target, last)) labelRow[e] = last;
    }
  }
  return { layout, length, stride, recs, count: total, recordingOf, start, labelRow };
}

export function exampleKey(ex: SequenceExamples, i: number): string {
  if (ex.layout === 'grouped') return ex.recs.names[ex.recordingOf[i]!]!;
  return `w:${ex.recs.rows[firstPosition(ex, i)]!}`;
}

/** The example a key stands for, or -1. `positions` (positionsOf) may be passed when looking up many keys. */
export function findExample(ex: SequenceExamples, key: string, rowCount: number, positions?: Int32Array): number {
  if (ex.layout === 'grouped') return ex.recs.names.indexOf(key);
  const m = /^w:(\d+)$/.exec(key);
  if (!m) return -1;
  const row = Number(m[1]);
  if (row >= rowCount) return -1;
  const pos = (positions ?? positionsOf(ex.recs, rowCount))[row]!;
  if (pos < 0) return -1;
  const r = recordingAt(ex.recs, pos);
  const offset = pos - ex.recs.starts[r]!;
  if (offset % ex.stride !== 0 || offset + ex.length > stepsOf(ex.recs, r)) return -1;
  // Examples are in recording order, windows in start order: binary search on (recording, start).
  let lo = 0;
  let hi = ex.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cmp = ex.recordingOf[mid]! - r || ex.start[mid]! - offset;
    if (cmp === 0) return mid;
    if (cmp < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Padding and cutting (grouped), or recordings too short for a window (windows). */
/** The first and last file rows (0-based) of window `i`: rows sorted by time need not be in file order. */
export function windowRows(ex: SequenceExamples, i: number): { first: number; last: number } {
  const from = firstPosition(ex, i);
  let first = Infinity;
  let last = -1;
  for (let t = 0; t < ex.length; t++) {
    const row = ex.recs.rows[from + t]!;
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  return { first, last };
}

/** Grouped: the recordings with the fewest real steps (before padding), when fewer than the length; null otherwise. */
export function shortestExamples(ex: SequenceExamples): { steps: number; count: number; names: string[] } | null {
  if (ex.layout !== 'grouped' || ex.count === 0) return null;
  let steps = Infinity;
  for (let i = 0; i < ex.count; i++) steps = Math.min(steps, realSteps(ex, i));
  if (!(steps < ex.length)) return null;
  const names: string[] = [];
  for (let i = 0; i < ex.count; i++) if (realSteps(ex, i) === steps) names.push(ex.recs.names[ex.recordingOf[i]!]!);
  return { steps, count: names.length, names: names.slice(0, 5) };
}

export function lengthNote(ex: SequenceExamples, indices?: ArrayLike<number>): AppErrorInfo | null {
  const { recs, length } = ex;
  if (recs.count === 0) return null;
  if (ex.layout === 'grouped') {
    let padded = 0;
    let cut = 0;
    let shortest = Infinity;
    let longest = 0;
    const n = indices ? indices.length : ex.count;
    for (let k = 0; k < n; k++) {
      const r = ex.recordingOf[indices ? indices[k]! : k]!;
      const steps = stepsOf(recs, r);
      if (steps < length) padded++;
      if (steps > length) cut++;
      shortest = Math.min(shortest, steps);
      longest = Math.max(longest, steps);
    }
    if (padded === 0 && cut === 0) return null;
    return appErrorInfo({
      code: 'sequence/lengths-differ',
      message: msg('sources.sequences.lengthsDiffer', { shortest, longest, total: n, length, padded, cut, both: padded > 0 && cut > 0 ? 'yes' : 'no' }),
      detail: `length ${length}; padded ${padded}, cut ${cut}, shortest ${shortest}, longest ${longest}`,
    });
  }
  const short: string[] = [];
  for (let r = 0; r < recs.count; r++) if (stepsOf(recs, r) < length) short.push(recs.names[r]!);
  if (short.length === 0 || short.length === recs.count) return null;
  return appErrorInfo({
    code: 'sequence/recordings-shorter-than-window',
    message: msg('sources.sequences.shorterThanWindow', { count: short.length, names: recordingList(short), length }),
    detail: `short: ${short.slice(0, 20).join(', ')}`,
  });
}

/** Examples without a label: they take part in neither side of the split. */
export function unlabelledNote(ex: SequenceExamples, target: string): AppErrorInfo | null {
  const missing: number[] = [];
  for (let i = 0; i < ex.count; i++) if (ex.labelRow[i]! < 0) missing.push(i);
  if (missing.length === 0 || missing.length === ex.count) return null;
  if (ex.layout === 'grouped') {
    const names = missing.map((i) => ex.recs.names[ex.recordingOf[i]!]!);
    return appErrorInfo({
      code: 'sequence/unlabelled-recordings',
      message: msg('sources.sequences.unlabelledRecordings', { count: names.length, names: recordingList(names), column: quoted(target) }),
      detail: `unlabelled: ${names.slice(0, 20).join(', ')}`,
    });
  }
  return appErrorInfo({
    code: 'sequence/unlabelled-windows',
    message: msg('sources.sequences.unlabelledWindows', { count: missing.length, column: quoted(target) }),
    detail: `unlabelled windows: ${missing.length} of ${ex.count}`,
  });
}

/** Empty cells of the step columns inside recordings, which take the previous step's value. */
export function missingStepsNote(recs: RecordingIndex, features: readonly Column[]): AppErrorInfo | null {
  const perColumn: string[] = [];
  const hit = new Uint8Array(recs.count);
  let total = 0;
  for (const col of features) {
    if (col.kind !== 'number' || col.missing === 0) continue;
    let n = 0;
    for (let r = 0; r < recs.count; r++) {
      for (let p = recs.starts[r]!; p < recs.starts[r + 1]!; p++) {
        if (Number.isNaN(col.values[recs.rows[p]!]!)) {
          n++;
          hit[r] = 1;
        }
      }
    }
    if (n > 0) perColumn.push(`${quoted(col.name)} ${count(n)}`);
    total += n;
  }
  if (total === 0) return null;
  const names: string[] = [];
  for (let r = 0; r < recs.count; r++) if (hit[r] === 1) names.push(recs.names[r]!);
  return appErrorInfo({
    code: 'sequence/missing-steps',
    message: msg('sources.sequences.missingSteps', {
      total,
      perColumn: `${perColumn.slice(0, 4).join(', ')}${perColumn.length > 4 ? ', …' : ''}`,
      recordings: recs.idColumn === null ? 0 : names.length,
      names: recordingList(names),
    }),
    detail: `missing per column: ${perColumn.join('; ')}`,
  });
}
