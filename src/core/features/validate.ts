/**
 * Blocking problems with a FeaturePlan, found before anything is split or trained, each
 * in plain words naming the column, with a one-click fix where one exists.
 */
import { appErrorInfo, quoteInput, type AppErrorInfo } from '../errors';
import type { Column, TypedDataset } from '../data/types';
import { english } from '../i18n/translate';
import { msg, type Message } from '../i18n/message';
import { findColumn, labelledRows, namesParam, quoted } from './columns';
import { missingWorthASlot } from './fit';
import { excludeFeatureAction, setTaskAction } from './fixes';
import { emptyTargetPassedOver } from './propose';
import type { FeaturePlan } from './types';

export const MAX_CLASSES = 100;

const TEXT_ROLES: Readonly<Record<'identifier' | 'code' | 'free text', string>> = {
  identifier: 'identifier',
  code: 'code',
  'free text': 'freeText',
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
  const column = quoted(col.name);
  if (col.kind === 'empty' || col.missing >= ds.rowCount) {
    return [appErrorInfo({
      code: 'plan/target-all-missing',
      message: msg('data.plan.targetAllMissing', { column, file: ds.name }),
      detail: `column ${col.index}, kind ${col.kind}, missing ${col.missing} of ${ds.rowCount}`,
    })];
  }
  if (col.kind === 'datetime') {
    return [appErrorInfo({
      code: 'plan/target-datetime',
      message: msg('data.plan.targetDatetime', { column }),
      detail: `column ${col.index}, kind datetime (${english(col.format)})`,
    })];
  }
  if (col.kind === 'text') {
    return [appErrorInfo({
      code: 'plan/target-text',
      message: msg('data.plan.targetText', { column, role: TEXT_ROLES[col.role] }),
      detail: `column ${col.index}, kind text (${col.role}), ${col.distinct}${col.distinctCapped ? '+' : ''} distinct values`,
    })];
  }
  const problems: AppErrorInfo[] = [];
  if (plan.task === 'classification') {
    const classes = classCount(col, MAX_CLASSES);
    if (classes === 1) {
      problems.push(appErrorInfo({
        code: 'plan/single-class',
        message: msg('data.plan.singleClass', { column, value: quoteInput(firstValue(col)) }),
        detail: `column ${col.index}, kind ${col.kind}`,
      }));
    } else if (classes > MAX_CLASSES) {
      problems.push(appErrorInfo({
        code: 'plan/too-many-classes',
        message: msg('data.plan.tooManyClasses', { column, max: MAX_CLASSES, numeric: col.kind === 'number' ? 'yes' : 'no' }),
        detail: `column ${col.index}, kind ${col.kind}, > ${MAX_CLASSES} distinct present values`,
        ...(col.kind === 'number' ? { fix: { label: msg('data.plan.fix.regression'), action: setTaskAction('regression') } } : {}),
      }));
    }
  } else if (col.kind !== 'number') {
    problems.push(appErrorInfo({
      code: 'plan/regression-non-numeric',
      message: msg('data.plan.regressionNonNumeric', { column }),
      detail: `column ${col.index}, kind ${col.kind}, task regression`,
      fix: { label: msg('data.plan.fix.classification'), action: setTaskAction('classification') },
    }));
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
  return [appErrorInfo({
    code: 'plan/features-constant',
    message: constant.length === 1
      ? msg('data.plan.featuresConstantOne', { column: quoted(first.name), value: quoteInput(first.value) })
      : msg('data.plan.featuresConstantAll', { columns: namesParam(constant.map((c) => c.name)) }),
    detail: constant.map((c) => `${c.name} = ${c.value}`).join('; '),
  })];
}

function featureProblems(ds: TypedDataset, plan: FeaturePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const passed = plan.features.length === 0 ? emptyTargetPassedOver(ds) : null;
  if (passed && passed.name !== plan.target) {
    // The cause is the target meant to be predicted having no value: say that, not only that nothing is left.
    problems.push(appErrorInfo({
      code: 'plan/no-features',
      message: msg('data.plan.noFeaturesEmptyTarget', { passed: quoted(passed.name), rows: ds.rowCount, target: quoted(plan.target), file: ds.name }),
    }));
  } else if (plan.features.length === 0) {
    // Name what was left out and why (a column that never changes, one with no usable value), not only that nothing is left.
    const left = ds.suggestedExclusions.filter((e) => e.column !== plan.target).slice(0, 3);
    const why = left.reduceRight<Message | string>((next, e) => msg('data.plan.leftOut', { column: quoted(e.column), reason: e.reason, next }), '');
    problems.push(appErrorInfo({ code: 'plan/no-features', message: msg('data.plan.noFeatures', { file: ds.name, why }) }));
  }
  const seen = new Set<string>();
  for (const feature of plan.features) {
    const column = quoted(feature);
    const exclude = { label: msg('data.plan.fix.exclude', { column }), action: excludeFeatureAction(feature) };
    if (seen.has(feature)) {
      problems.push(appErrorInfo({ code: 'plan/feature-duplicate', message: msg('data.plan.featureDuplicate', { column }), fix: exclude }));
      continue;
    }
    seen.add(feature);
    if (feature === plan.target) {
      problems.push(appErrorInfo({
        code: 'plan/feature-is-target',
        message: msg('data.plan.featureIsTarget', { column }),
        fix: { label: msg('data.plan.fix.removeFeature', { column }), action: excludeFeatureAction(feature) },
      }));
      continue;
    }
    const col = findColumn(ds, feature);
    if (!col) {
      problems.push(appErrorInfo({
        code: 'plan/feature-not-found',
        message: msg('data.plan.featureNotFound', { column, file: ds.name }),
        detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
        fix: exclude,
      }));
    } else if (col.kind === 'text') {
      problems.push(appErrorInfo({
        code: 'plan/feature-unusable',
        message: msg('data.plan.featureText', { column, role: TEXT_ROLES[col.role] }),
        detail: `column ${col.index}, kind text (${col.role})`,
        fix: exclude,
      }));
    } else if (col.kind === 'datetime') {
      problems.push(appErrorInfo({
        code: 'plan/feature-unusable',
        message: msg('data.plan.featureDatetime', { column }),
        detail: `column ${col.index}, kind datetime (${english(col.format)})`,
        fix: exclude,
      }));
    } else if (col.kind === 'empty') {
      problems.push(appErrorInfo({
        code: 'plan/feature-unusable',
        message: msg('data.plan.featureEmpty', { column }),
        detail: `column ${col.index}, kind empty`,
        fix: exclude,
      }));
    }
  }
  return problems;
}

/** Blocking problems with `plan` on `ds`; an empty list means the plan can be split, encoded and trained. */
export function validatePlan(ds: TypedDataset, plan: FeaturePlan): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const target = findColumn(ds, plan.target);
  if (!target) {
    problems.push(appErrorInfo({
      code: 'plan/target-not-found',
      message: plan.target === ''
        ? msg('data.plan.noTarget', { file: ds.name })
        : msg('data.plan.targetNotFound', { column: quoted(plan.target), file: ds.name, columns: namesParam(ds.columns.map((c) => c.name)) }),
      detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
    }));
  } else {
    problems.push(...targetProblems(ds, plan, target));
  }
  problems.push(...featureProblems(ds, plan));
  if (problems.every((p) => !p.code.startsWith('plan/feature'))) problems.push(...constantFeaturesProblem(ds, plan));

  // Only worth saying when the target itself is usable; otherwise it repeats the problem above.
  if (target && problems.every((p) => !p.code.startsWith('plan/target'))) {
    const labelled = labelledRows(target, ds.rowCount).length;
    if (labelled < MIN_LABELLED_ROWS) {
      problems.push(appErrorInfo({
        code: 'plan/too-few-rows',
        message: msg('data.plan.tooFewRows', { count: labelled, file: ds.name, column: quoted(target.name), min: MIN_LABELLED_ROWS }),
        detail: `labelled ${labelled} of ${ds.rowCount} rows`,
      }));
    }
  }
  return problems;
}
