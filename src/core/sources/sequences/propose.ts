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
import type { PlanProposal } from '../kind';
import { columnOf, orderValuesOf, rowCodes } from './columns';
import { count, counted, median } from './format';
import { idNameStrength, orderNameStrength, targetNameStrength } from './names';
import { changedGroups, constancy, increases, labelRuns, monotony, runBreaks, type Constancy } from './runs';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequencePlan } from './types';

export interface ProposalOutcome {
  readonly proposal: PlanProposal<SequencePlan> | null;
  /** Why this layout and length, or why none fits, in one or two sentences. */
  readonly reason: string;
}

/** Windows are proposed from 8 to 256 rows; a label should stay the same for at least this many rows to be cut into windows. */
export const MIN_WINDOW = 8;
export const MAX_PROPOSED_WINDOW = 256;
const MIN_LABEL_RUN = 16;

const fail = (reason: string): ProposalOutcome => ({ proposal: null, reason });

/** The largest power of two ≤ x (at least 1): 100 → 64. */
export function powerOfTwoBelow(x: number): number {
  return x < 2 ? 1 : 2 ** Math.floor(Math.log2(x));
}

/** grouped: the most common recording length when at least half share it, else the median. */
export function groupedLength(sizes: readonly number[]): { length: number; reason: string } {
  const freq = new Map<number, number>();
  for (const s of sizes) freq.set(s, (freq.get(s) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [s, n] of freq) if (n > modeCount || (n === modeCount && s > mode)) [mode, modeCount] = [s, n];
  const clamp = (n: number) => Math.min(MAX_SEQUENCE_LENGTH, Math.max(MIN_SEQUENCE_LENGTH, Math.round(n)));
  if (freq.size === 1) return { length: clamp(mode), reason: `Every recording has ${counted(mode, 'step')}, so each example is ${count(clamp(mode))} steps long.` };
  const shortest = Math.min(...freq.keys());
  const longest = Math.max(...freq.keys());
  if (modeCount * 2 >= sizes.length) {
    return {
      length: clamp(mode),
      reason: `${count(modeCount)} of ${counted(sizes.length, 'recording')} have ${counted(mode, 'step')} (the others ${count(shortest)} to ${count(longest)}), so each example is ${count(clamp(mode))} steps long.`,
    };
  }
  const med = clamp(median(sizes));
  return {
    length: med,
    reason: `The recordings have from ${count(shortest)} to ${counted(longest, 'step')}, no length shared by half of them, so the length is the median, ${count(med)} steps.`,
  };
}

/** windows: about half the label's median run (a power of two, 8 to 256), at most half the longest recording; stride half a window. */
export function windowShape(medianRun: number | null, longest: number, target: string): { length: number; stride: number; reason: string } {
  const cap = Math.max(MIN_WINDOW, powerOfTwoBelow(longest / 2));
  let length: number;
  let why: string;
  if (medianRun !== null && medianRun > 0) {
    length = Math.min(cap, Math.min(MAX_PROPOSED_WINDOW, Math.max(MIN_WINDOW, powerOfTwoBelow(medianRun / 2))));
    why = `${quoted(target)} keeps the same value for a median of ${counted(medianRun, 'row')}, so a window of ${count(length)} rows (about half of that, a round number) mostly sees one value`;
  } else {
    length = Math.min(cap, 64);
    why = `A window of ${count(length)} rows is a common start for a time series`;
  }
  const stride = Math.max(1, length / 2);
  return { length, stride, reason: `${why}; a new window starts every ${count(stride)} rows (half a window).` };
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

function groupedTask(col: Column, c: Constancy): { task: Task; reason: string } {
  const name = quoted(col.name);
  if (col.kind === 'category' || col.kind === 'text') {
    return { task: 'classification', reason: `${name} holds ${counted(c.distinctAcross, 'text label')}, one per recording, so this is classification.` };
  }
  const few = c.groupsWithValue >= 1000 ? 20 : 10;
  if (col.kind === 'number' && col.integer && c.distinctAcross <= few && c.distinctAcross * 2 <= c.groupsWithValue) {
    return { task: 'classification', reason: `${name} holds ${counted(c.distinctAcross, 'whole number')}, one per recording, so each is treated as a class (classification).` };
  }
  return { task: 'regression', reason: `${name} holds a number per recording (${count(c.distinctAcross)} different values), so this is regression.` };
}

/** One example per recording of `idColumn`: needs ≥ 2 recordings, a label constant within each, and a step column. */
export function proposeGrouped(ds: TypedDataset, idColumn: string, orderColumn: string | null, choice: { target?: string } = {}): ProposalOutcome {
  const idCol = columnOf(ds, idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  if (!ids) return fail(`${quoted(idColumn)} cannot name recordings.`);
  const k = ids.names.length;
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < ids.codes.length; i++) if (ids.codes[i]! >= 0) sizes[ids.codes[i]!]!++;
  const lengths = sizes.filter((s) => s > 0);
  if (lengths.length < 2) return fail(`${quoted(idColumn)} names only ${counted(lengths.length, 'recording')}: a model needs at least 2 to learn from one and test on another.`);

  let target: { col: Column; c: Constancy; score: number } | null = null;
  for (const col of ds.columns) {
    if (col.name === idColumn || col.name === orderColumn || (col.kind !== 'category' && col.kind !== 'number')) continue;
    if (choice.target !== undefined && col.name !== choice.target) continue;
    const c = constancy(col, ids.codes, k);
    if (!c || c.changes || c.distinctAcross < 2) continue;
    const score = targetNameStrength(col.name) * 10 + (col.kind === 'category' ? 5 : 0) - (idNameStrength(col.name) > 0 ? 40 : 0);
    if (!target || score >= target.score) target = { col, c, score };
  }
  let mostly = '';
  if (!target && choice.target === undefined) {
    // A label that changes inside a few recordings (a quarter at most) is still the recordings' label:
    // the plan keeps it, and validation names those recordings (with windows as its fix).
    for (const col of ds.columns) {
      if (col.kind !== 'category' || col.name === idColumn || col.name === orderColumn || targetNameStrength(col.name) === 0) continue;
      const changed = changedGroups(col, ids.codes, k);
      if (changed * 4 > lengths.length || col.distinct < 2) continue;
      if (!target || targetNameStrength(col.name) * 10 > target.score) {
        target = { col, c: { changes: true, groupsWithValue: lengths.length, distinctAcross: col.distinct }, score: targetNameStrength(col.name) * 10 };
        mostly = ` (it keeps one value within ${count(lengths.length - changed)} of ${counted(lengths.length, 'recording')}; it changes inside the others)`;
      }
    }
  }
  if (!target) {
    return fail(
      choice.target !== undefined
        ? `${quoted(choice.target)} does not keep one value within every recording of ${quoted(idColumn)}.`
        : `${quoted(idColumn)} repeats in blocks of rows like a recording id, but no column has a single value per recording to predict.`,
    );
  }
  const targetName = target.col.name;
  const features = proposeStepColumns(ds, { idColumn, orderColumn, target: targetName });
  if (features.length === 0) return fail(`No number column changes from step to step within the recordings of ${quoted(idColumn)}, so there is nothing to read as a sequence.`);
  const { length, reason: lengthReason } = groupedLength(lengths);
  const { task, reason: taskReason } = groupedTask(target.col, target.c);
  const targetReason = choice.target !== undefined
    ? `${quoted(targetName)} is the label because you chose it.`
    : mostly
      ? `${quoted(targetName)} is named like a label${mostly}, so it was proposed as the label.`
      : `${quoted(targetName)} has one value per recording (a property of the recording)${targetNameStrength(targetName) > 0 ? ', and its name says it is what you want to predict' : ''}, so it was proposed as the label.`;
  const ordered = orderColumn ? `, its steps ordered by ${quoted(orderColumn)}` : '';
  return {
    proposal: {
      plan: { layout: 'grouped', target: targetName, task, features, idColumn, orderColumn, length, stride: 1 },
      targetReason,
      taskReason,
    },
    reason: `${quoted(idColumn)} names ${counted(lengths.length, 'recording')} (one per example${ordered}). ${lengthReason}`,
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
    return fail(`${ids ? 'The longest recording has' : `${ds.name} has`} only ${counted(longest, 'row')}: too few for two windows of ${MIN_WINDOW} rows.`);
  }
  const skip = new Set([idColumn, orderColumn].filter((c): c is string => c !== null));
  for (const col of ds.columns) if (col.kind === 'number' && clockLike(col, breaks)) skip.add(col.name);
  if (choice.target !== undefined) skip.delete(choice.target);

  let target: Column | null = null;
  let medianRun: number | null = null;
  let task: Task;
  let taskReason: string;
  const label = runLabel(ds, skip, breaks, choice.target);
  if (label) {
    target = label.col;
    medianRun = label.medianRun;
    task = 'classification';
    taskReason = `${quoted(target.name)} holds ${counted(target.distinct, target.kind === 'category' ? 'label' : 'whole number')} that change now and then, so each window is classified by its last row (classification).`;
  } else {
    target = choice.target !== undefined ? (columnOf(ds, choice.target) ?? null) : numberTarget(ds, skip);
    if (!target) return fail('No column changes now and then like a label, and no number column is left to predict besides the step columns.');
    ({ task, reason: taskReason } = proposeTask(ds, target.name));
  }
  const features = proposeStepColumns(ds, { idColumn, orderColumn, target: target.name });
  if (features.length === 0) return fail(`No number column besides ${quoted(target.name)} changes from row to row, so there is nothing to read as a sequence.`);
  const shape = windowShape(medianRun, longest, target.name);
  const targetReason = choice.target !== undefined
    ? `${quoted(target.name)} is the label because you chose it.`
    : medianRun !== null
      ? `${quoted(target.name)} stays the same for long runs of rows and changes now and then, like a state or an activity, so it labels each window by its last row.`
      : `${quoted(target.name)} is ${targetNameStrength(target.name) > 0 ? 'named like a value to predict' : 'the last number column'}; each window is to predict its value at the window's last row.`;
  const where = ids ? `each recording of ${quoted(idColumn ?? '')}` : `the rows of ${ds.name}`;
  const ordered = orderColumn ? ` in order of ${quoted(orderColumn)}` : ' in file order';
  return {
    proposal: {
      plan: { layout: 'windows', target: target.name, task, features, idColumn: ids ? idColumn : null, orderColumn, length: shape.length, stride: shape.stride },
      targetReason,
      taskReason,
    },
    reason: `${where[0]!.toUpperCase()}${where.slice(1)}${ordered} ${ids ? 'is' : 'are'} cut into windows. ${shape.reason}`,
  };
}
