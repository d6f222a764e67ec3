/**
 * The app's first guess at the user's choices on the Shape step: which column to predict,
 * which columns to learn from, and whether that is classification or regression. Every
 * guess comes with the one sentence the UI shows to justify it.
 */
import type { Column, TypedDataset } from '../data/types';
import { quoteInput } from '../errors';
import { msg, type Message } from '../i18n/message';
import { findColumn, quoted } from './columns';
import type { PlanProposal, Task } from './types';

/** Names that usually mark the column to predict, most telling first. */
const TARGET_HINTS = [
  'target', 'label', 'class', 'species', 'outcome', 'y', 'price', 'survived', 'quality',
  'diagnosis', 'churn', 'result', 'grade', 'rating', 'score', 'medv', 'charges', 'salary', 'income',
];

/**
 * The same in Korean, most telling first: a Korean name has no separators between its words
 * ("생존여부", "분류결과"), so these count when the name contains them.
 */
const KOREAN_TARGET_HINTS = [
  '타깃', '타겟', '목표', '레이블', '라벨', '라벨값', '정답', '클래스', '분류', '범주', '종류', '품종', '결과', '가격',
  '생존', '품질', '진단', '이탈', '등급', '평점', '점수', '요금', '급여', '연봉', '소득',
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

function allMissing(ds: TypedDataset, col: Column): boolean {
  return ds.rowCount > 0 && (col.kind === 'empty' || col.missing >= ds.rowCount);
}

/**
 * The column whose name says it is the target, passed over because every value of it is
 * missing; null when none was. (An empty last column, often a trailing separator, says nothing.)
 */
export function emptyTargetPassedOver(ds: TypedDataset): Column | null {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  const hinted = hintedTarget(ds.columns.filter((c) => usableAsTarget(ds, c, excluded) || allMissing(ds, c)));
  return hinted && allMissing(ds, hinted.col) ? hinted.col : null;
}

function hintedTarget(candidates: readonly Column[]): { col: Column; hint: string; whole: boolean } | null {
  for (const hint of [...TARGET_HINTS, ...KOREAN_TARGET_HINTS]) {
    const col = candidates.find((c) => c.name.trim().toLowerCase() === hint);
    if (col) return { col, hint, whole: true };
  }
  for (const hint of TARGET_HINTS) {
    if (WHOLE_NAME_ONLY.has(hint)) continue;
    const col = candidates.find((c) => nameTokens(c.name).includes(hint));
    if (col) return { col, hint, whole: false };
  }
  for (const hint of KOREAN_TARGET_HINTS) {
    const col = candidates.find((c) => c.name.includes(hint));
    if (col) return { col, hint, whole: false };
  }
  return null;
}

export function proposePlan(ds: TypedDataset): PlanProposal {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  const candidates = ds.columns.filter((c) => usableAsTarget(ds, c, excluded));

  let target: string;
  let targetReason: Message;
  const hinted = hintedTarget(candidates);
  const last = candidates[candidates.length - 1];
  if (hinted) {
    target = hinted.col.name;
    targetReason = hinted.whole
      ? msg('data.target.hintedWhole', { column: quoted(target) })
      : msg('data.target.hintedPart', { column: quoted(target), hint: quoteInput(hinted.hint) });
  } else if (last) {
    target = last.name;
    targetReason = msg('data.target.last', { column: quoted(target) });
  } else {
    // Nothing can be predicted; propose the last column anyway so validation can say why it fails.
    target = ds.columns[ds.columns.length - 1]?.name ?? '';
    targetReason = msg('data.target.none');
  }
  // A column meant as the target but with no value is named, not passed over in silence.
  const passed = emptyTargetPassedOver(ds);
  if (passed && passed.name !== target) {
    targetReason = msg('data.target.passedOver', { passed: quoted(passed.name), rows: ds.rowCount, column: quoted(target) });
  }

  return proposalFor(ds, target, targetReason);
}

/** Why `column` is the target when the user named it (CLI `--target`, or a pick on the Shape step). */
export function chosenTargetReason(column: string): Message {
  return msg('data.target.chosen', { column: quoted(column) });
}

/** The plan for a target the user named (CLI `--target`, or a pick on the Shape step): features and task follow from it. */
export function planForTarget(ds: TypedDataset, target: string): PlanProposal {
  return proposalFor(ds, target, chosenTargetReason(target));
}

/** Every other column the network can use: numbers and categories the data step did not propose to exclude. */
export function proposeFeatures(ds: TypedDataset, target: string): string[] {
  const excluded = new Set(ds.suggestedExclusions.map((e) => e.column));
  return ds.columns
    .filter((c) => c.name !== target && !excluded.has(c.name) && (c.kind === 'number' || c.kind === 'category'))
    .map((c) => c.name);
}

function proposalFor(ds: TypedDataset, target: string, targetReason: Message): PlanProposal {
  const { task, reason } = proposeTask(ds, target);
  return { plan: { target, features: proposeFeatures(ds, target), task }, targetReason, taskReason: reason };
}

export function proposeTask(ds: TypedDataset, target: string): { task: Task; reason: Message } {
  const col = findColumn(ds, target);
  const column = quoted(target);
  if (!col) return { task: 'regression', reason: msg('data.task.notFound', { column, file: ds.name }) };

  switch (col.kind) {
    case 'category':
      return { task: 'classification', reason: msg('data.task.category', { column, count: col.distinct }) };
    case 'text':
      return { task: 'classification', reason: msg('data.task.text', { column, many: col.distinctCapped ? 'yes' : 'no', count: col.distinct }) };
    case 'empty':
      return { task: 'regression', reason: msg('data.task.empty', { column }) };
    case 'datetime':
      // Like an empty column: no task fits; validatePlan says why the plan cannot run.
      return { task: 'regression', reason: msg('data.task.datetime', { column }) };
    case 'number': {
      const labelled = ds.rowCount - col.missing;
      const limit = ds.rowCount >= MANY_ROWS ? FEW_VALUES_MANY_ROWS : FEW_VALUES;
      if (!col.integer) return { task: 'regression', reason: msg('data.task.decimals', { column }) };
      if (col.distinctCapped || col.distinct > limit) {
        return { task: 'regression', reason: msg('data.task.manyWhole', { column, many: col.distinctCapped ? 'yes' : 'no', count: col.distinct }) };
      }
      // A class needs rows to learn it from: with fewer than 2 rows per value the numbers are more likely a quantity.
      if (col.distinct * 2 > labelled) {
        return { task: 'regression', reason: msg('data.task.fewRowsPerValue', { column, count: col.distinct, rows: labelled }) };
      }
      return { task: 'classification', reason: msg('data.task.wholeClasses', { column, count: col.distinct }) };
    }
  }
}
