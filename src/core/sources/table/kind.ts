/**
 * Tables: one row is one example, its feature columns become (None, n) by scaling numbers and
 * one-hot encoding categories (src/core/features). The kind is a thin composition of those
 * steps behind the DataKind seam.
 */
import type { TypedDataset } from '../../data/types';
import { toAppErrorInfo } from '../../errors';
import { encodeDataset, fitPreprocessing } from '../../features/encode';
import { proposePlan } from '../../features/propose';
import { splitRows } from '../../features/split';
import type { FeaturePlan, Split } from '../../features/types';
import { validatePlan } from '../../features/validate';
import { msg } from '../../i18n/message';
import { explainInputShape } from '../../shape/explain';
import { emptyAnalysis } from '../analysis';
import type { DataKind, ExampleView, KindAnalysis, SplitOptions } from '../kind';
import { describeRow, rowKey, rowOfKey } from './rows';

function split(dataset: TypedDataset, plan: FeaturePlan, opts: SplitOptions): Split {
  return splitRows(dataset, plan, opts);
}

function analyse(dataset: TypedDataset, plan: FeaturePlan, opts: SplitOptions): KindAnalysis {
  const empty = emptyAnalysis(plan.task, plan.target, 'rows');
  let problems;
  try {
    problems = validatePlan(dataset, plan);
  } catch (err) {
    return { ...empty, problems: [toAppErrorInfo(err, msg('sources.table.checkFailed'))] };
  }
  if (problems.length > 0) return { ...empty, problems };
  try {
    const rows = split(dataset, plan, opts);
    const preprocessing = fitPreprocessing(dataset, plan, rows.train);
    return {
      ...empty,
      shape: explainInputShape(preprocessing),
      classes: preprocessing.classes ?? [],
      trainCount: rows.train.length,
      testCount: rows.test.length,
    };
  } catch (err) {
    return { ...empty, problems: [toAppErrorInfo(err, msg('sources.table.shapeFailed'))] };
  }
}

export const tableKind: DataKind<TypedDataset, TypedDataset, FeaturePlan> = {
  kind: 'table',
  inspect: (dataset) => Promise.resolve(dataset),
  proposePlan: (dataset) => proposePlan(dataset),
  validatePlan,
  explainInput(dataset, plan, opts) {
    return explainInputShape(fitPreprocessing(dataset, plan, split(dataset, plan, opts).train));
  },
  analyse,
  split,
  prepare(dataset, plan, opts) {
    return Promise.resolve().then(() => {
      const rows = split(dataset, plan, opts);
      const encoded = encodeDataset(dataset, plan, rows);
      return {
        encoded,
        split: rows,
        shape: explainInputShape(encoded.preprocessing),
        unit: 'rows' as const,
        testExamples: Array.from(rows.test, rowKey),
        notes: [],
        skipped: [],
      };
    });
  },
  describeExample(dataset, plan, key): ExampleView | null {
    const row = rowOfKey(key, dataset.rowCount);
    return row === null ? null : describeRow(dataset, plan, row);
  },
};
