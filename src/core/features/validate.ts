/**
 * Blocking problems with a FeaturePlan, found before anything is split or trained, each
 * in plain words naming the column, with a one-click fix where one exists.
 */
import type { AppErrorInfo } from '../errors';
import type { Column, TypedDataset } from '../data/types';
import { findColumn, labelledRows, nameList, plural, quoted } from './columns';
import { missingWorthASlot } from './fit';
import { excludeFeatureAction, setTaskAction } from './fixes';
import type { FeaturePlan } from './types';

export const MAX_CLASSES = 100;

const TEXT_WORDS: Readonly<Record<'identifier' | 'code' | 'free text', string>> = {
  identifier: 'looks like an identifier (a different value in almost every row)',
  code: 'holds short codes with too many different values to be categories',
  'free text': 'holds free text',
};
/** Fewer labelled rows than this cannot give both a training and a meaningful test part. */
export const MIN_LABELLED_ROWS = 10;

/** Distinct values among the target's present values, counted exactly up to `cap + 1`. */
function classCount(col: Column, cap: number): number {
  if (col.kind === 'category') return col.counts.filter((n) => n > 0).length;
  if (col.kind !== 'number') return col.distinct;
  const seen = new Set<number>();
  for (const v of col.values) {
    if (Number.isNaN(v)) continue;
    seen.add(v);
    if (seen.size > cap) break;
  }
  return seen.size;
}

function firstValue(col: Column): string {
  if (col.kind === 'category') return col.categories[col.counts.findIndex((n) => n > 0)] ?? '';
  if (col.kind === 'number') return String(col.values.find((v) => !Number.isNaN(v)) ?? '');
  return '';
}

function targetProblems(ds: TypedDataset, plan: FeaturePlan, col: Column): AppErrorInfo[] {
  const name = quoted(col.name);
  const choose = 'Choose another target column.';
  if (col.kind === 'empty' || col.missing >= ds.rowCount) {
    return [{
      code: 'plan/target-all-missing',
      message: `The target column ${name} has no value in any row of ${ds.name}, so there is nothing to learn to predict. ${choose}`,
      detail: `column ${col.index}, kind ${col.kind}, missing ${col.missing} of ${ds.rowCount}`,
    }];
  }
  if (col.kind === 'datetime') {
    return [{
      code: 'plan/target-datetime',
      message: `The target column ${name} holds dates and times: they say when each row was recorded, not something to predict. ${choose}`,
      detail: `column ${col.index}, kind datetime (${col.format})`,
    }];
  }
  if (col.kind === 'text') {
    const what = TEXT_WORDS[col.role];
    return [{
      code: 'plan/target-text',
      message: `The target column ${name} ${what}, so it cannot be predicted as classes or as a number. ${choose}`,
      detail: `column ${col.index}, kind text (${col.role}), ${col.distinct}${col.distinctCapped ? '+' : ''} distinct values`,
    }];
  }
  const problems: AppErrorInfo[] = [];
  if (plan.task === 'classification') {
    const classes = classCount(col, MAX_CLASSES);
    if (classes === 1) {
      problems.push({
        code: 'plan/single-class',
        message: `The target column ${name} holds a single class (\u201c${firstValue(col)}\u201d) in every row that has a value, so there is nothing to tell apart. ${choose}`,
        detail: `column ${col.index}, kind ${col.kind}`,
      });
    } else if (classes > MAX_CLASSES) {
      problems.push({
        code: 'plan/too-many-classes',
        message: `The target column ${name} holds more than ${MAX_CLASSES} different values, too many to learn as classes.` +
          (col.kind === 'number' ? ' Its values are numbers, so predict it as a quantity (regression) instead.' : ` ${choose}`),
        detail: `column ${col.index}, kind ${col.kind}, > ${MAX_CLASSES} distinct present values`,
        ...(col.kind === 'number' ? { fix: { label: 'Switch to regression', action: setTaskAction('regression') } } : {}),
      });
    }
  } else if (col.kind !== 'number') {
    problems.push({
      code: 'plan/regression-non-numeric',
      message: `The target column ${name} holds text labels, not numbers, so it cannot be predicted as a quantity (regression). Predict it as classes instead.`,
      detail: `column ${col.index}, kind ${col.kind}, task regression`,
      fix: { label: 'Switch to classification', action: setTaskAction('classification') },
    });
  }
  return problems;
}

/** The one value a number or category column holds in every row (missing in too few rows to tell anything), else null. */
export function constantValue(col: Column, rowCount: number): string | null {
  if (missingWorthASlot(col.missing, rowCount)) return null;
  if (col.kind === 'number' && col.distinct === 1 && !col.distinctCapped) return firstValue(col);
  if (col.kind === 'category' && col.counts.filter((n) => n > 0).length === 1) return firstValue(col);
  return null;
}

/**
 * When every feature holds one value in every row, the network's inputs never change and it has
 * nothing to learn from (its gradients are zero, which would otherwise look like a broken backend).
 */
function constantFeaturesProblem(ds: TypedDataset, plan: FeaturePlan): AppErrorInfo[] {
  const columns = plan.features.filter((f) => f !== plan.target).map((f) => findColumn(ds, f));
  if (columns.length === 0 || columns.some((c) => c === undefined || (c.kind !== 'number' && c.kind !== 'category'))) return [];
  const constant = (columns as Column[]).map((c) => ({ name: c.name, value: constantValue(c, ds.rowCount) }));
  if (constant.some((c) => c.value === null)) return [];
  const first = constant[0] as { name: string; value: string };
  return [{
    code: 'plan/features-constant',
    message: constant.length === 1
      ? `The feature column ${quoted(first.name)} holds the same value (\u201c${first.value}\u201d) in every row, so the network has nothing to learn from. Choose columns whose values differ from row to row.`
      : `Every feature column (${nameList(constant.map((c) => c.name))}) holds the same value in every row, so the network has nothing to learn from. Choose columns whose values differ from row to row.`,
    detail: constant.map((c) => `${c.name} = ${c.value}`).join('; '),
  }];
}

function featureProblems(ds: TypedDataset, plan: FeaturePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  if (plan.features.length === 0) {
    // Name what was left out and why (a column that never changes, one with no usable value), not only that nothing is left.
    const left = ds.suggestedExclusions.filter((e) => e.column !== plan.target).slice(0, 3);
    const why = left.map((e) => ` ${quoted(e.column)} is left out: ${e.reason}`).join('');
    problems.push({
      code: 'plan/no-features',
      message: `No feature columns are chosen, so the model has nothing to learn from. Choose at least one column of ${ds.name} besides the target.${why}`,
    });
  }
  const seen = new Set<string>();
  for (const feature of plan.features) {
    const name = quoted(feature);
    const exclude = { label: `Exclude ${name}`, action: excludeFeatureAction(feature) };
    if (seen.has(feature)) {
      problems.push({ code: 'plan/feature-duplicate', message: `The feature column ${name} is chosen twice.`, fix: exclude });
      continue;
    }
    seen.add(feature);
    if (feature === plan.target) {
      problems.push({
        code: 'plan/feature-is-target',
        message: `${name} is the target, so it cannot also be a feature: the model would simply copy the answer.`,
        fix: { label: `Remove ${name} from the features`, action: excludeFeatureAction(feature) },
      });
      continue;
    }
    const col = findColumn(ds, feature);
    if (!col) {
      problems.push({
        code: 'plan/feature-not-found',
        message: `The feature column ${name} is not in ${ds.name}.`,
        detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
        fix: exclude,
      });
    } else if (col.kind === 'text') {
      const what = TEXT_WORDS[col.role];
      problems.push({
        code: 'plan/feature-unusable',
        message: `The feature column ${name} ${what}, which the network cannot turn into numbers.`,
        detail: `column ${col.index}, kind text (${col.role})`,
        fix: exclude,
      });
    } else if (col.kind === 'datetime') {
      problems.push({
        code: 'plan/feature-unusable',
        message: `The feature column ${name} holds dates and times: they say when each row was recorded, and the network cannot use them as numbers for a table.`,
        detail: `column ${col.index}, kind datetime (${col.format})`,
        fix: exclude,
      });
    } else if (col.kind === 'empty') {
      problems.push({
        code: 'plan/feature-unusable',
        message: `The feature column ${name} is empty in every row, so it gives the network nothing.`,
        detail: `column ${col.index}, kind empty`,
        fix: exclude,
      });
    }
  }
  return problems;
}

/** Blocking problems with `plan` on `ds`; an empty list means the plan can be split, encoded and trained. */
export function validatePlan(ds: TypedDataset, plan: FeaturePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const target = findColumn(ds, plan.target);
  if (!target) {
    problems.push({
      code: 'plan/target-not-found',
      message: plan.target === ''
        ? `No target column is chosen. Choose the column of ${ds.name} you want to predict.`
        : `The target column ${quoted(plan.target)} is not in ${ds.name}. Its columns include ${nameList(ds.columns.map((c) => c.name))}.`,
      detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
    });
  } else {
    problems.push(...targetProblems(ds, plan, target));
  }
  problems.push(...featureProblems(ds, plan));
  if (problems.every((p) => !p.code.startsWith('plan/feature'))) problems.push(...constantFeaturesProblem(ds, plan));

  // Only worth saying when the target itself is usable; otherwise it repeats the problem above.
  if (target && problems.every((p) => !p.code.startsWith('plan/target'))) {
    const labelled = labelledRows(target, ds.rowCount).length;
    if (labelled < MIN_LABELLED_ROWS) {
      problems.push({
        code: 'plan/too-few-rows',
        message: `Only ${plural(labelled, 'row')} of ${ds.name} ${labelled === 1 ? 'has' : 'have'} a value in the target column ${quoted(target.name)}; at least ${MIN_LABELLED_ROWS} are needed to set some aside for testing.`,
        detail: `labelled ${labelled} of ${ds.rowCount} rows`,
      });
    }
  }
  return problems;
}
