/**
 * Proposing a whole plan for given id and order columns: the label, the task, the step columns,
 * the length (and stride), each with the sentence that justifies it. Detection calls these with
 * the columns it found; the plan helpers call them again when the user picks another id column
 * or layout. Every function returns a reason instead of a plan when nothing fits.
 */
import type { Column, TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { proposeTask } from '../../features/propose';
import type { Task } from '../../features/types';
import { msg, type Message } from '../../i18n/message';
import type { PlanProposal } from '../kind';
import { columnOf, orderValuesOf, rowCodes } from './columns';
import { median } from './format';
import { idNameStrength, orderNameStrength, targetNameStrength } from './names';
import { changedGroups, constancy, increases, labelRuns, monotony, runBreaks, type Constancy } from './runs';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequencePlan } from './types';

export interface ProposalOutcome {
  readonly proposal: PlanProposal<SequencePlan> | null;
  /** Why this layout and length, or why none fits, in one or two sentences. */
  readonly reason: Message;
}

/** Windows are proposed from 8 to 256 rows; a label should stay the same for at least this many rows to be cut into windows. */
export const MIN_WINDOW = 8;
export const MAX_PROPOSED_WINDOW = 256;
const MIN_LABEL_RUN = 16;

const fail = (reason: Message): ProposalOutcome => ({ proposal: null, reason });

/** The largest power of two ≤ x (at least 1): 100 → 64. */
export function powerOfTwoBelow(x: number): number {
  return x < 2 ? 1 : 2 ** Math.floor(Math.log2(x));
}

/** grouped: the most common recording length when at least half share it, else the median. */
export function groupedLength(sizes: readonly number[]): { length: number; reason: Message } {
  const freq = new Map<number, number>();
  for (const s of sizes) freq.set(s, (freq.get(s) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [s, n] of freq) if (n > modeCount || (n === modeCount && s > mode)) [mode, modeCount] = [s, n];
  const clamp = (n: number) => Math.min(MAX_SEQUENCE_LENGTH, Math.max(MIN_SEQUENCE_LENGTH, Math.round(n)));
  if (freq.size === 1) return { length: clamp(mode), reason: msg('sources.sequences.length.same', { steps: mode, length: clamp(mode) }) };
  const shortest = Math.min(...freq.keys());
  const longest = Math.max(...freq.keys());
  if (modeCount * 2 >= sizes.length) {
    return {
      length: clamp(mode),
      reason: msg('sources.sequences.length.mode', { modeCount, total: sizes.length, steps: mode, shortest, longest, length: clamp(mode) }),
    };
  }
  const med = clamp(median(sizes));
  return {
    length: med,
    reason: msg('sources.sequences.length.median', { shortest, longest, length: med }),
  };
}

/** windows: about half the label's median run (a power of two, 8 to 256), at most half the longest recording; stride half a window. */
export function windowShape(medianRun: number | null, longest: number, target: string): { length: number; stride: number; reason: Message } {
  const cap = Math.max(MIN_WINDOW, powerOfTwoBelow(longest / 2));
  if (medianRun !== null && medianRun > 0) {
    const length = Math.min(cap, Math.min(MAX_PROPOSED_WINDOW, Math.max(MIN_WINDOW, powerOfTwoBelow(medianRun / 2))));
    const stride = Math.max(1, length / 2);
    return { length, stride, reason: msg('sources.sequences.window.fromRuns', { target: quoted(target), run: medianRun, length, stride }) };
  }
  const length = Math.min(cap, 64);
  const stride = Math.max(1, length / 2);
  return { length, stride, reason: msg('sources.sequences.window.default', { length, stride }) };
}

/** Number columns named like a clock that increase within recordings: they order, they are not measured. */
function clockLike(col: Column, breaks: Uint8Array | null): boolean {
  const values = orderValuesOf(col);
  return values !== null && orderNameStrength(col.name) === 2 && increases(monotony(values, breaks));
}

/**
 * The step columns for these choices: numbers that vary (within recordings when there is an id),
 * in file order; never the id, the order column, the label, a clock, an ID-like number or a
 * column constant within every recording.
 */
export function proposeStepColumns(ds: TypedDataset, plan: Pick<SequencePlan, 'idColumn' | 'orderColumn' | 'target'>): string[] {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  const idCol = columnOf(ds, plan.idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  const breaks = idCol ? runBreaks(idCol) : null;
  return ds.columns
    .filter((col) => {
      if (col.kind !== 'number' || col.name === plan.idColumn || col.name === plan.orderColumn || col.name === plan.target) return false;
      if (excluded.has(col.name) || !(col.max > col.min) || clockLike(col, breaks)) return false;
      const c = ids ? constancy(col, ids.codes, ids.names.length) : null;
      return !(c && c.groupsWithValue >= 2 && !c.changes);
    })
    .map((c) => c.name);
}

function groupedTask(col: Column, c: Constancy): { task: Task; reason: Message } {
  const name = quoted(col.name);
  if (col.kind === 'category' || col.kind === 'text') {
    return { task: 'classification', reason: msg('sources.sequences.task.textLabels', { column: name, count: c.distinctAcross }) };
  }
  const few = c.groupsWithValue >= 1000 ? 20 : 10;
  if (col.kind === 'number' && col.integer && c.distinctAcross <= few && c.distinctAcross * 2 <= c.groupsWithValue) {
    return { task: 'classification', reason: msg('sources.sequences.task.wholeNumbers', { column: name, count: c.distinctAcross }) };
  }
  return { task: 'regression', reason: msg('sources.sequences.task.numbers', { column: name, count: c.distinctAcross }) };
}

/** One example per recording of `idColumn`: needs ≥ 2 recordings, a label constant within each, and a step column. */
export function proposeGrouped(ds: TypedDataset, idColumn: string, orderColumn: string | null, choice: { target?: string } = {}): ProposalOutcome {
  const idCol = columnOf(ds, idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  if (!ids) return fail(msg('sources.sequences.fail.idUnusable', { id: quoted(idColumn) }));
  const k = ids.names.length;
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < ids.codes.length; i++) if (ids.codes[i]! >= 0) sizes[ids.codes[i]!]!++;
  const lengths = sizes.filter((s) => s > 0);
  if (lengths.length < 2) return fail(msg('sources.sequences.fail.tooFewRecordings', { id: quoted(idColumn), count: lengths.length }));

  let target: { col: Column; c: Constancy; score: number } | null = null;
  for (const col of ds.columns) {
    if (col.name === idColumn || col.name === orderColumn || (col.kind !== 'category' && col.kind !== 'number')) continue;
    if (choice.target !== undefined && col.name !== choice.target) continue;
    const c = constancy(col, ids.codes, k);
    if (!c || c.changes || c.distinctAcross < 2) continue;
    const score = targetNameStrength(col.name) * 10 + (col.kind === 'category' ? 5 : 0) - (idNameStrength(col.name) > 0 ? 40 : 0);
    if (!target || score >= target.score) target = { col, c, score };
  }
  let mostly: { kept: number; total: number } | null = null;
  if (!target && choice.target === undefined) {
    // A label that changes inside a few recordings (a quarter at most) is still the recordings' label:
    // the plan keeps it, and validation names those recordings (with windows as its fix).
    for (const col of ds.columns) {
      if (col.kind !== 'category' || col.name === idColumn || col.name === orderColumn || targetNameStrength(col.name) === 0) continue;
      const changed = changedGroups(col, ids.codes, k);
      if (changed * 4 > lengths.length || col.distinct < 2) continue;
      if (!target || targetNameStrength(col.name) * 10 > target.score) {
        target = { col, c: { changes: true, groupsWithValue: lengths.length, distinctAcross: col.distinct }, score: targetNameStrength(col.name) * 10 };
        mostly = { kept: lengths.length - changed, total: lengths.length };
      }
    }
  }
  if (!target) {
    return fail(
      choice.target !== undefined
        ? msg('sources.sequences.fail.chosenNotConstant', { target: quoted(choice.target), id: quoted(idColumn) })
        : msg('sources.sequences.fail.noRecordingLabel', { id: quoted(idColumn) }),
    );
  }
  const targetName = target.col.name;
  const features = proposeStepColumns(ds, { idColumn, orderColumn, target: targetName });
  if (features.length === 0) return fail(msg('sources.sequences.fail.noStepColumnGrouped', { id: quoted(idColumn) }));
  const { length, reason: lengthReason } = groupedLength(lengths);
  const { task, reason: taskReason } = groupedTask(target.col, target.c);
  const targetReason = choice.target !== undefined
    ? msg('sources.sequences.target.chosen', { target: quoted(targetName) })
    : mostly
      ? msg('sources.sequences.target.mostly', { target: quoted(targetName), kept: mostly.kept, total: mostly.total })
      : msg('sources.sequences.target.perRecording', { target: quoted(targetName), named: targetNameStrength(targetName) > 0 ? 'yes' : 'no' });
  return {
    proposal: {
      plan: { layout: 'grouped', target: targetName, task, features, idColumn, orderColumn, length, stride: 1 },
      targetReason,
      taskReason,
    },
    reason: msg('sources.sequences.reason.grouped', {
      id: quoted(idColumn),
      count: lengths.length,
      ordered: orderColumn ? 'yes' : 'no',
      order: quoted(orderColumn ?? ''),
      length: lengthReason,
    }),
  };
}

/** The label of windows: a category or a few whole numbers that stay the same for long runs. */
function runLabel(ds: TypedDataset, skip: ReadonlySet<string>, breaks: Uint8Array | null, only?: string): { col: Column; medianRun: number } | null {
  let best: { col: Column; medianRun: number; score: number } | null = null;
  for (const col of ds.columns) {
    if (skip.has(col.name) || (only !== undefined && col.name !== only)) continue;
    const labelLike = col.kind === 'category' || (col.kind === 'number' && col.integer && !col.distinctCapped && col.distinct <= 20);
    if (!labelLike || col.distinct < 2) continue;
    const runs = labelRuns(col, breaks, MIN_LABEL_RUN);
    if (runs.runs < 2 || runs.medianRun < MIN_LABEL_RUN) continue;
    const score = targetNameStrength(col.name) * 10 + (col.kind === 'category' ? 5 : 0);
    if (!best || score >= best.score) best = { col, medianRun: runs.medianRun, score };
  }
  return best;
}

/** A number to predict at each window's last row: a target-named number, else the last number column. */
function numberTarget(ds: TypedDataset, skip: ReadonlySet<string>): Column | null {
  const numbers = ds.columns.filter((c) => c.kind === 'number' && !skip.has(c.name) && c.max > c.min);
  if (numbers.length < 2) return null;
  const hinted = [...numbers].sort((a, b) => targetNameStrength(b.name) - targetNameStrength(a.name))[0]!;
  return targetNameStrength(hinted.name) > 0 ? hinted : numbers[numbers.length - 1]!;
}

/** Windows of the rows in time order (per recording of `idColumn` when given), labelled by their last row. */
export function proposeWindows(ds: TypedDataset, idColumn: string | null, orderColumn: string | null, choice: { target?: string } = {}): ProposalOutcome {
  const idCol = columnOf(ds, idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  const breaks = idCol ? runBreaks(idCol) : null;
  let longest = ds.rowCount;
  if (ids) {
    const sizes = new Array<number>(ids.names.length).fill(0);
    for (let i = 0; i < ids.codes.length; i++) if (ids.codes[i]! >= 0) sizes[ids.codes[i]!]!++;
    longest = sizes.reduce((a, b) => Math.max(a, b), 0);
  }
  if (longest < 2 * MIN_WINDOW) {
    return fail(msg('sources.sequences.fail.tooShortForWindows', { ids: ids ? 'yes' : 'no', name: ds.name, count: longest, min: MIN_WINDOW }));
  }
  const skip = new Set([idColumn, orderColumn].filter((c): c is string => c !== null));
  for (const col of ds.columns) if (col.kind === 'number' && clockLike(col, breaks)) skip.add(col.name);
  if (choice.target !== undefined) skip.delete(choice.target);

  let target: Column | null = null;
  let medianRun: number | null = null;
  let task: Task;
  let taskReason: Message;
  const label = runLabel(ds, skip, breaks, choice.target);
  if (label) {
    target = label.col;
    medianRun = label.medianRun;
    task = 'classification';
    taskReason = msg('sources.sequences.task.windowLabels', { column: quoted(target.name), count: target.distinct, kind: target.kind === 'category' ? 'category' : 'number' });
  } else {
    target = choice.target !== undefined ? (columnOf(ds, choice.target) ?? null) : numberTarget(ds, skip);
    if (!target) return fail(msg('sources.sequences.fail.noWindowTarget'));
    ({ task, reason: taskReason } = proposeTask(ds, target.name));
  }
  const features = proposeStepColumns(ds, { idColumn, orderColumn, target: target.name });
  if (features.length === 0) return fail(msg('sources.sequences.fail.noStepColumnWindows', { target: quoted(target.name) }));
  const shape = windowShape(medianRun, longest, target.name);
  const targetReason = choice.target !== undefined
    ? msg('sources.sequences.target.chosen', { target: quoted(target.name) })
    : medianRun !== null
      ? msg('sources.sequences.target.runs', { target: quoted(target.name) })
      : msg('sources.sequences.target.windowNumber', { target: quoted(target.name), named: targetNameStrength(target.name) > 0 ? 'yes' : 'no' });
  return {
    proposal: {
      plan: { layout: 'windows', target: target.name, task, features, idColumn: ids ? idColumn : null, orderColumn, length: shape.length, stride: shape.stride },
      targetReason,
      taskReason,
    },
    reason: msg('sources.sequences.reason.windows', {
      ids: ids ? 'yes' : 'no',
      id: quoted(idColumn ?? ''),
      name: ds.name,
      ordered: orderColumn ? 'yes' : 'no',
      order: quoted(orderColumn ?? ''),
      shape: shape.reason,
    }),
  };
}
