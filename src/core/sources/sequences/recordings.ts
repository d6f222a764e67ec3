/**
 * The rows of a file grouped into recordings (by the id column's value, or the whole file as one
 * recording) and each recording's steps put in order (by the order column, stably; file order
 * when there is none). Typed arrays only: `rows` lists row indices recording after recording,
 * `starts` says where each recording begins. What was found on the way (rows out of order, the
 * same time twice, uneven spacing, rows without an id or a time) comes back as notes.
 */
import { appErrorInfo, type AppErrorInfo } from '../../errors';
import type { TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { listOf, msg } from '../../i18n/message';
import { columnOf, orderValuesOf, rowCodes } from './columns';
import { interval, recordingList } from './format';
import { orderUnitOfName } from './names';

export interface RecordingIndex {
  readonly idColumn: string | null;
  readonly orderColumn: string | null;
  readonly count: number;
  /** Each recording's id as written; the file's name when the whole file is one recording. */
  readonly names: readonly string[];
  /** rows[starts[r] … starts[r + 1]) are recording r's rows in step order; length count + 1. */
  readonly starts: Uint32Array;
  readonly rows: Uint32Array;
  /** What the user should know (reordered rows, duplicate or uneven time stamps, rows left out). */
  readonly notes: readonly AppErrorInfo[];
  /** The id or order column cannot do its job (text as a clock, a clock that orders nothing). */
  readonly problems: readonly AppErrorInfo[];
}

/** Steps of recording r. */
export function stepsOf(recs: RecordingIndex, r: number): number {
  return recs.starts[r + 1]! - recs.starts[r]!;
}

/** The recording holding position `pos` of `rows` (binary search on starts). */
export function recordingAt(recs: RecordingIndex, pos: number): number {
  let lo = 0;
  let hi = recs.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (recs.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where each file row sits in `rows` (-1 for a row in no recording). */
export function positionsOf(recs: RecordingIndex, rowCount: number): Int32Array {
  const pos = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < recs.rows.length; i++) pos[recs.rows[i]!] = i;
  return pos;
}

/** Names of the recordings flagged in `flags`, for a message. */
function flagged(names: readonly string[], flags: Uint8Array): string[] {
  const out: string[] = [];
  for (let r = 0; r < flags.length; r++) if (flags[r] === 1) out.push(names[r]!);
  return out;
}

interface Grouping {
  names: string[];
  starts: Uint32Array;
  rows: Uint32Array;
  missingId: number;
  untimed: number[];
  untimedIn: Uint8Array;
}

/** Counting sort of the rows by recording code, skipping rows without an id or a time. */
function group(ds: TypedDataset, codes: Int32Array | null, names: readonly string[], times: Float64Array | null): Grouping {
  const k = codes ? names.length : 1;
  const sizes = new Uint32Array(k);
  const untimedPerCode = new Uint8Array(k);
  const untimed: number[] = [];
  let missingId = 0;
  for (let r = 0; r < ds.rowCount; r++) {
    const c = codes ? codes[r]! : 0;
    if (c < 0) {
      missingId++;
      continue;
    }
    if (times && Number.isNaN(times[r]!)) {
      untimed.push(r);
      untimedPerCode[c] = 1;
      continue;
    }
    sizes[c]!++;
  }
  // Recordings keep the order of their first row in the file; codes without a usable row go.
  const recordingOfCode = new Int32Array(k).fill(-1);
  const kept: string[] = [];
  const untimedIn: number[] = [];
  for (let c = 0; c < k; c++) {
    if (sizes[c]! > 0) {
      recordingOfCode[c] = kept.length;
      kept.push(codes ? names[c]! : ds.name);
    }
    if (untimedPerCode[c] === 1) untimedIn.push(c);
  }
  const starts = new Uint32Array(kept.length + 1);
  for (let c = 0; c < k; c++) {
    const r = recordingOfCode[c]!;
    if (r >= 0) starts[r + 1] = sizes[c]!;
  }
  for (let r = 0; r < kept.length; r++) starts[r + 1]! += starts[r]!;
  const fill = starts.slice(0, kept.length);
  const rows = new Uint32Array(starts[kept.length]!);
  for (let row = 0; row < ds.rowCount; row++) {
    const c = codes ? codes[row]! : 0;
    if (c < 0 || (times && Number.isNaN(times[row]!))) continue;
    const r = recordingOfCode[c]!;
    rows[fill[r]!++] = row;
  }
  const untimedFlags = new Uint8Array(k);
  for (const c of untimedIn) untimedFlags[c] = 1;
  return { names: kept, starts, rows, missingId, untimed, untimedIn: untimedFlags };
}

interface OrderFindings {
  outOfOrder: number;
  outOfOrderIn: Uint8Array;
  duplicates: number;
  duplicatesIn: Uint8Array;
  /** Recordings of 2+ steps whose stamps all agree (the column orders nothing there). */
  flat: number;
  multiStep: number;
}

/** Sorts each recording's rows by time (stably) and counts what was out of place. */
function orderSteps(g: Grouping, times: Float64Array): OrderFindings {
  const n = g.names.length;
  const f: OrderFindings = { outOfOrder: 0, outOfOrderIn: new Uint8Array(n), duplicates: 0, duplicatesIn: new Uint8Array(n), flat: 0, multiStep: 0 };
  for (let r = 0; r < n; r++) {
    const slice = g.rows.subarray(g.starts[r]!, g.starts[r + 1]!);
    let descents = 0;
    for (let i = 1; i < slice.length; i++) if (times[slice[i]!]! < times[slice[i - 1]!]!) descents++;
    if (descents > 0) {
      f.outOfOrder += descents;
      f.outOfOrderIn[r] = 1;
      slice.set(Array.from(slice).sort((a, b) => times[a]! - times[b]! || a - b));
    }
    let dupes = 0;
    for (let i = 1; i < slice.length; i++) if (times[slice[i]!] === times[slice[i - 1]!]) dupes++;
    if (dupes > 0) {
      f.duplicates += dupes;
      f.duplicatesIn[r] = 1;
    }
    if (slice.length >= 2) {
      f.multiStep++;
      if (dupes === slice.length - 1) f.flat++;
    }
  }
  return f;
}

/** How many intervals the median is estimated from (evenly spread over the file). */
const INTERVAL_SAMPLE = 4096;
/** An interval further than this share from the median is uneven. */
const UNEVEN = 0.1;

function spacingNote(g: Grouping, times: Float64Array, orderName: string, unit: 'ms' | 's' | null): AppErrorInfo | null {
  const every = Math.max(1, Math.floor(g.rows.length / INTERVAL_SAMPLE));
  const sample: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  let intervals = 0;
  for (let r = 0; r < g.names.length; r++) {
    for (let i = g.starts[r]! + 1; i < g.starts[r + 1]!; i++) {
      const d = times[g.rows[i]!]! - times[g.rows[i - 1]!]!;
      if (!(d > 0)) continue;
      if (d < min) min = d;
      if (d > max) max = d;
      if (intervals % every === 0) sample.push(d);
      intervals++;
    }
  }
  if (intervals < 2) return null;
  sample.sort((a, b) => a - b);
  const med = sample[sample.length >> 1]!;
  if (max - med <= UNEVEN * med && med - min <= UNEVEN * med) return null;
  let uneven = 0;
  for (let r = 0; r < g.names.length; r++) {
    for (let i = g.starts[r]! + 1; i < g.starts[r + 1]!; i++) {
      const d = times[g.rows[i]!]! - times[g.rows[i - 1]!]!;
      if (d > 0 && Math.abs(d - med) > UNEVEN * med) uneven++;
    }
  }
  return appErrorInfo({
    code: 'sequence/uneven-steps',
    message: msg('sources.sequences.unevenSteps', {
      column: quoted(orderName),
      median: interval(med, unit),
      min: interval(min, unit),
      max: interval(max, unit),
      uneven,
      intervals,
    }),
    detail: `median ${med}, min ${min}, max ${max}, uneven ${uneven} of ${intervals}`,
  });
}

function orderNotes(g: Grouping, f: OrderFindings, orderName: string): AppErrorInfo[] {
  const notes: AppErrorInfo[] = [];
  const name = quoted(orderName);
  if (f.outOfOrder > 0) {
    const names = flagged(g.names, f.outOfOrderIn);
    notes.push(
      appErrorInfo({
        code: 'sequence/rows-out-of-order',
        message: msg('sources.sequences.rowsOutOfOrder', { rows: f.outOfOrder, recordings: names.length, names: recordingList(names), column: name }),
        detail: `descents ${f.outOfOrder}; recordings ${names.join(', ')}`,
      }),
    );
  }
  if (f.duplicates > 0) {
    const names = flagged(g.names, f.duplicatesIn);
    notes.push(
      appErrorInfo({
        code: 'sequence/duplicate-times',
        message: msg('sources.sequences.duplicateTimes', { steps: f.duplicates, recordings: names.length, names: recordingList(names), column: name }),
        detail: `duplicates ${f.duplicates}; recordings ${names.join(', ')}`,
      }),
    );
  }
  return notes;
}

/**
 * Groups and orders the rows. Never throws: an id or order column that cannot do its job is a
 * problem (and the rows stay whole-file or in file order), what was repaired is a note.
 */
export function groupRecordings(ds: TypedDataset, idColumn: string | null, orderColumn: string | null): RecordingIndex {
  const notes: AppErrorInfo[] = [];
  const problems: AppErrorInfo[] = [];
  const idCol = columnOf(ds, idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  if (idColumn !== null && !ids) {
    problems.push(
      appErrorInfo({
        code: 'sequence/id-unusable',
        message: idCol
          ? msg('sources.sequences.idUnusable', { column: quoted(idColumn), holds: idCol.kind })
          : msg('sources.sequences.idMissing', { column: quoted(idColumn), name: ds.name }),
        detail: idCol ? `kind ${idCol.kind}` : 'column not found',
      }),
    );
  }
  const orderCol = columnOf(ds, orderColumn);
  const times = orderCol ? orderValuesOf(orderCol) : null;
  if (orderColumn !== null && !times) {
    problems.push(
      appErrorInfo({
        code: 'sequence/order-unusable',
        message: orderCol
          ? msg('sources.sequences.orderUnusable', { column: quoted(orderColumn), holds: orderCol.kind === 'empty' ? 'empty' : 'text' })
          : msg('sources.sequences.orderMissing', { column: quoted(orderColumn), name: ds.name }),
        detail: orderCol ? `kind ${orderCol.kind}` : 'column not found',
        fix: { label: msg('sources.sequences.fix.rowOrder'), action: 'seq-order:none' },
      }),
    );
  }
  const g = group(ds, ids ? ids.codes : null, ids ? ids.names : [], times);
  if (ids && g.missingId > 0) {
    notes.push(
      appErrorInfo({
        code: 'sequence/rows-without-id',
        message: msg('sources.sequences.rowsWithoutId', { count: g.missingId, name: ds.name, column: quoted(idColumn ?? '') }),
        detail: `rows without id: ${g.missingId}`,
      }),
    );
  }
  if (times && orderColumn !== null) {
    if (g.untimed.length > 0) {
      const names = flagged(ids ? ids.names : [ds.name], g.untimedIn);
      const shown = g.untimed.slice(0, 3).map((r) => r + 1);
      notes.push(
        appErrorInfo({
          code: 'sequence/rows-without-time',
          message: msg('sources.sequences.rowsWithoutTime', {
            count: g.untimed.length,
            rows: listOf(shown),
            more: g.untimed.length - shown.length,
            kind: orderCol?.kind === 'datetime' ? 'datetime' : 'number',
            column: quoted(orderColumn),
            recordings: names.length,
            names: recordingList(names),
          }),
          detail: `untimed rows (0-based): ${g.untimed.slice(0, 20).join(', ')}`,
        }),
      );
    }
    const f = orderSteps(g, times);
    if (f.multiStep > 0 && f.flat === f.multiStep) {
      problems.push(
        appErrorInfo({
          code: 'sequence/order-constant',
          message: msg('sources.sequences.orderConstant', { column: quoted(orderColumn), recordings: f.multiStep }),
          detail: `flat in ${f.flat} of ${f.multiStep} recordings`,
          fix: { label: msg('sources.sequences.fix.rowOrder'), action: 'seq-order:none' },
        }),
      );
    } else {
      notes.push(...orderNotes(g, f, orderColumn));
      const unit = orderCol?.kind === 'datetime' ? 'ms' : orderUnitOfName(orderColumn);
      const spacing = spacingNote(g, times, orderColumn, unit);
      if (spacing) notes.push(spacing);
    }
  }
  return {
    idColumn: ids ? idColumn : null,
    orderColumn: times ? orderColumn : null,
    count: g.names.length,
    names: g.names,
    starts: g.starts,
    rows: g.rows,
    notes,
    problems,
  };
}
