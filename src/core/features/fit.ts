/**
 * Fitting the preprocessing on the training rows only: the test rows must not move a mean,
 * a standard deviation or a category list, or the held-out score would flatter the model.
 */
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import type { CategoryColumn, Column, NumberColumn, TypedDataset } from '../data/types';
import { findColumn, quoted } from './columns';
import type { FeaturePlan, FeatureSlot, Preprocessing } from './types';

/** The one-hot slot that stands for "no value" in a category column. */
export const MISSING_CATEGORY = '(missing)';

/** Code-point order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mean and population standard deviation (as scikit-learn's StandardScaler) of the present values in `rows`. */
export function meanStd(values: Float64Array, rows: Uint32Array): { mean: number; std: number; present: number } {
  let sum = 0;
  let present = 0;
  for (const r of rows) {
    const v = values[r] as number;
    if (!Number.isNaN(v)) {
      sum += v;
      present++;
    }
  }
  const mean = present > 0 ? sum / present : 0;
  // Second pass on deviations: one-pass sum of squares loses precision for large values with small spread.
  let squares = 0;
  for (const r of rows) {
    const v = values[r] as number;
    if (!Number.isNaN(v)) squares += (v - mean) * (v - mean);
  }
  const std = present > 0 ? Math.sqrt(squares / present) : 0;
  // A constant column would divide by zero; with std 1 it scales to all zeros, which is harmless.
  return { mean, std: std > 0 ? std : 1, present };
}

/**
 * A missing-value indicator (or a "(missing)" category) earns its input unit only when enough
 * training rows lack a value for it to carry a pattern: at least 1% of them. Below that (two
 * rows of 275 in the penguins), the mean or all zeros stands in and the shape stays simpler.
 */
export function missingWorthASlot(missingRows: number, rows: number): boolean {
  return missingRows > 0 && missingRows >= 0.01 * rows;
}

/** Scaling by a mean or spread that is not finite would feed the network NaN: the data's problem, named. */
function unscalable(ds: TypedDataset, col: NumberColumn, role: 'feature' | 'target'): AppError {
  return new AppError({
    code: role === 'feature' ? 'encode/unscalable-feature' : 'encode/unscalable-target',
    message: msg('data.fit.unscalable', { role, column: quoted(col.name), file: ds.name }),
    detail: `min ${col.min}, max ${col.max}`,
  });
}

function numberSlots(ds: TypedDataset, col: NumberColumn, rows: Uint32Array): FeatureSlot[] {
  const { mean, std, present } = meanStd(col.values, rows);
  if (!Number.isFinite(mean) || !Number.isFinite(std)) throw unscalable(ds, col, 'feature');
  const slots: FeatureSlot[] = [{ kind: 'scaled', column: col.name, mean, std }];
  const missingRows = rows.length - present;
  if (missingWorthASlot(missingRows, rows.length)) slots.push({ kind: 'missing-indicator', column: col.name, missingRows });
  return slots;
}

function categorySlots(col: CategoryColumn, rows: Uint32Array): FeatureSlot[] {
  const counts = new Uint32Array(col.categories.length);
  let missing = 0;
  for (const r of rows) {
    const code = col.codes[r] as number;
    if (code < 0) missing++;
    else counts[code] = (counts[code] as number) + 1;
  }
  const seen: number[] = [];
  for (let c = 0; c < counts.length; c++) if ((counts[c] as number) > 0) seen.push(c);
  seen.sort((a, b) => (counts[b] as number) - (counts[a] as number) || compareText(col.categories[a] as string, col.categories[b] as string));
  const slots: FeatureSlot[] = seen.map((c) => ({ kind: 'one-hot', column: col.name, category: col.categories[c] as string }));
  if (missingWorthASlot(missing, rows.length)) slots.push({ kind: 'one-hot', column: col.name, category: MISSING_CATEGORY });
  return slots;
}

function unusableFeature(ds: TypedDataset, name: string, col: Column | undefined): AppError {
  return new AppError({
    code: 'encode/unusable-feature',
    message: !col
      ? msg('data.plan.featureNotFound', { column: quoted(name), file: ds.name })
      : col.kind === 'datetime'
        ? msg('data.fit.featureDatetime', { column: quoted(name), file: ds.name })
        : msg('data.fit.featureUnusable', { column: quoted(name), file: ds.name, empty: col.kind === 'empty' ? 'yes' : 'no' }),
    detail: col ? `kind ${col.kind}` : 'column not found',
  });
}

/** Class labels present among `rows`, sorted: text in code-point order, numbers numerically (as strings). */
export function trainingClasses(ds: TypedDataset, col: Column, rows: Uint32Array): string[] {
  if (col.kind === 'category') {
    const present = new Uint8Array(col.categories.length);
    for (const r of rows) {
      const code = col.codes[r] as number;
      if (code >= 0) present[code] = 1;
    }
    return col.categories.filter((_, c) => present[c] === 1).sort(compareText);
  }
  if (col.kind === 'number') {
    const values = new Set<number>();
    for (const r of rows) {
      const v = col.values[r] as number;
      if (!Number.isNaN(v)) values.add(v);
    }
    return [...values].sort((a, b) => a - b).map(String);
  }
  throw new AppError({
    code: 'encode/unusable-target',
    message: col.kind === 'datetime'
      ? msg('data.fit.targetDatetime', { column: quoted(col.name), file: ds.name })
      : msg('data.fit.targetUnusable', { column: quoted(col.name), file: ds.name, empty: col.kind === 'empty' ? 'yes' : 'no' }),
    detail: `kind ${col.kind}`,
  });
}

export function fitPreprocessing(ds: TypedDataset, plan: FeaturePlan, trainRows: Uint32Array): Preprocessing {
  const slots: FeatureSlot[] = [];
  for (const name of plan.features) {
    const col = findColumn(ds, name);
    if (col?.kind === 'number') slots.push(...numberSlots(ds, col, trainRows));
    else if (col?.kind === 'category') slots.push(...categorySlots(col, trainRows));
    else throw unusableFeature(ds, name, col);
  }
  const target = findColumn(ds, plan.target);
  if (!target) {
    throw new AppError({
      code: 'encode/target-not-found',
      message: msg('data.fit.targetNotFound', { column: quoted(plan.target), file: ds.name }),
      detail: `columns: ${ds.columns.map((c) => c.name).join(', ')}`,
    });
  }
  const base = { task: plan.task, target: plan.target, slots, imputation: 'mean' as const };
  if (plan.task === 'classification') return { ...base, classes: trainingClasses(ds, target, trainRows) };
  if (target.kind !== 'number') {
    throw new AppError({
      code: 'encode/regression-non-numeric',
      message: target.kind === 'datetime'
        ? msg('data.fit.targetDatetime', { column: quoted(plan.target), file: ds.name })
        : msg('data.fit.regressionNonNumeric', { column: quoted(plan.target), file: ds.name }),
      detail: `kind ${target.kind}`,
    });
  }
  const { mean, std } = meanStd(target.values, trainRows);
  if (!Number.isFinite(mean) || !Number.isFinite(std)) throw unscalable(ds, target, 'target');
  return { ...base, targetMean: mean, targetStd: std };
}
