/**
 * The app's first guess at the user's choices on the Shape step: which column to predict,
 * which columns to learn from, and whether that is classification or regression. Every
 * guess comes with the one sentence the UI shows to justify it.
 */
import type { Column, TypedDataset } from '../data/types';
import { findColumn, plural, quoted } from './columns';
import type { PlanProposal, Task } from './types';

/** Names that usually mark the column to predict, most telling first. */
const TARGET_HINTS = [
  'target', 'label', 'class', 'species', 'outcome', 'y', 'price', 'survived', 'quality',
  'diagnosis', 'churn', 'result', 'grade', 'rating', 'score', 'medv', 'charges', 'salary', 'income',
];

/** Hints too short to trust inside a longer name ("y" in "day_y"): they count only as the whole name. */
const WHOLE_NAME_ONLY = new Set(['y']);

/** Number targets with at most this many whole-number values are read as classes (more when rows are many). */
const FEW_VALUES = 10;
const FEW_VALUES_MANY_ROWS = 20;
const MANY_ROWS = 1000;

function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function usableAsTarget(ds: TypedDataset, col: Column, excluded: ReadonlySet<string>): boolean {
  return (col.kind === 'number' || col.kind === 'category') && col.missing < ds.rowCount && !excluded.has(col.name);
}

function hintedTarget(candidates: readonly Column[]): { col: Column; hint: string; whole: boolean } | null {
  for (const hint of TARGET_HINTS) {
    const col = candidates.find((c) => c.name.trim().toLowerCase() === hint);
    if (col) return { col, hint, whole: true };
  }
  for (const hint of TARGET_HINTS) {
    if (WHOLE_NAME_ONLY.has(hint)) continue;
    const col = candidates.find((c) => nameTokens(c.name).includes(hint));
    if (col) return { col, hint, whole: false };
  }
  return null;
}

export function proposePlan(ds: TypedDataset): PlanProposal {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  const candidates = ds.columns.filter((c) => usableAsTarget(ds, c, excluded));

  let target: string;
  let targetReason: string;
  const hinted = hintedTarget(candidates);
  const last = candidates[candidates.length - 1];
  if (hinted) {
    target = hinted.col.name;
    targetReason = hinted.whole
      ? `${quoted(target)} was proposed as the target because its name suggests it is what you want to predict.`
      : `${quoted(target)} was proposed as the target because its name contains \u201c${hinted.hint}\u201d.`;
  } else if (last) {
    target = last.name;
    targetReason = `No column's name says it is the target, so the last usable column, ${quoted(target)}, was proposed.`;
  } else {
    // Nothing can be predicted; propose the last column anyway so validation can say why it fails.
    target = ds.columns[ds.columns.length - 1]?.name ?? '';
    targetReason = 'No column can be predicted: every column is text, dates and times, empty or proposed for exclusion.';
  }

  return proposalFor(ds, target, targetReason);
}

/** The plan for a target the user named (CLI `--target`, or a pick on the Shape step): features and task follow from it. */
export function planForTarget(ds: TypedDataset, target: string): PlanProposal {
  return proposalFor(ds, target, `${quoted(target)} is the target because you chose it.`);
}

/** Every other column the network can use: numbers and categories the data step did not propose to exclude. */
export function proposeFeatures(ds: TypedDataset, target: string): string[] {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  return ds.columns
    .filter((c) => c.name !== target && !excluded.has(c.name) && (c.kind === 'number' || c.kind === 'category'))
    .map((c) => c.name);
}

function proposalFor(ds: TypedDataset, target: string, targetReason: string): PlanProposal {
  const { task, reason } = proposeTask(ds, target);
  return { plan: { target, features: proposeFeatures(ds, target), task }, targetReason, taskReason: reason };
}

export function proposeTask(ds: TypedDataset, target: string): { task: Task; reason: string } {
  const col = findColumn(ds, target);
  const name = quoted(target);
  if (!col) return { task: 'regression', reason: `${name} is not a column of ${ds.name}, so no task can be proposed for it.` };

  switch (col.kind) {
    case 'category':
      return {
        task: 'classification',
        reason: `${name} holds ${plural(col.distinct, 'text label')}, so this is classification.`,
      };
    case 'text':
      return {
        task: 'classification',
        reason: `${name} holds text (${col.distinctCapped ? 'many' : col.distinct} distinct values), so it could only be predicted as classes.`,
      };
    case 'empty':
      return { task: 'regression', reason: `${name} has no values at all, so there is nothing to predict.` };
    case 'datetime':
      // Like an empty column: no task fits; validatePlan says why the plan cannot run.
      return { task: 'regression', reason: `${name} holds dates and times, which say when each row was recorded; they cannot be predicted.` };
    case 'number': {
      const labelled = ds.rowCount - col.missing;
      const limit = ds.rowCount >= MANY_ROWS ? FEW_VALUES_MANY_ROWS : FEW_VALUES;
      if (!col.integer) {
        return { task: 'regression', reason: `${name} holds numbers with decimals, so this is regression.` };
      }
      if (col.distinctCapped || col.distinct > limit) {
        return {
          task: 'regression',
          reason: `${name} holds ${col.distinctCapped ? 'many' : col.distinct} distinct whole numbers, too many to treat as classes, so this is regression.`,
        };
      }
      // A class needs rows to learn it from: with fewer than 2 rows per value the numbers are more likely a quantity.
      if (col.distinct * 2 > labelled) {
        return {
          task: 'regression',
          reason: `${name} holds ${col.distinct} distinct whole numbers in only ${labelled} rows, too few rows per value to treat them as classes, so this is regression.`,
        };
      }
      return {
        task: 'classification',
        reason: `${name} holds ${plural(col.distinct, 'distinct whole number')}, so each is treated as a class (classification).`,
      };
    }
  }
}
