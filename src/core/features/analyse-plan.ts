/**
 * What follows from a feature plan, before any training: the plan's problems, the split's
 * sizes, the preprocessing fitted on the training rows, the input shape and the head, exactly
 * as a training run with the same settings would make them. Pure, so that the parse worker
 * can run it next to the dataset it read (on a large file it takes hundreds of milliseconds).
 */
import type { AppErrorInfo } from '../errors';
import { toAppErrorInfo } from '../errors';
import type { TypedDataset } from '../data/types';
import type { HeadSpec } from '../model/types';
import type { TrainingSettings } from '../train/types';
import { proposeHead } from '../model/head';
import { explainInputShape } from '../shape/explain';
import type { FeaturePlan, Preprocessing, ShapeExplanation } from './types';
import { validatePlan } from './validate';
import { splitRows } from './split';
import { fitPreprocessing } from './encode';

export interface PlanAnalysis {
  /** Blocking problems with the plan (validatePlan), each possibly with a fix. */
  readonly problems: readonly AppErrorInfo[];
  /** Something core threw while splitting or fitting. */
  readonly failure: AppErrorInfo | null;
  readonly preprocessing: Preprocessing | null;
  readonly shape: ShapeExplanation | null;
  readonly head: HeadSpec | null;
  readonly trainRows: number;
  readonly testRows: number;
}

/** The settings that change the split, hence the fitted preprocessing. */
export type PlanAnalysisSettings = Pick<TrainingSettings, 'testFraction' | 'seed'>;

const EMPTY_PLAN_ANALYSIS: PlanAnalysis = {
  problems: [],
  failure: null,
  preprocessing: null,
  shape: null,
  head: null,
  trainRows: 0,
  testRows: 0,
};

/** The analysis that only reports `failure`: for a caller that could not run analysePlan at all. */
export function failedPlanAnalysis(failure: AppErrorInfo): PlanAnalysis {
  return { ...EMPTY_PLAN_ANALYSIS, failure };
}

/** Never throws: what core throws comes back as `failure`, so a screen shows a message, not a crash. */
export function analysePlan(dataset: TypedDataset, plan: FeaturePlan, settings: PlanAnalysisSettings): PlanAnalysis {
  let problems: AppErrorInfo[];
  try {
    problems = validatePlan(dataset, plan);
  } catch (err) {
    return failedPlanAnalysis(toAppErrorInfo(err, 'The chosen columns could not be checked.'));
  }
  if (problems.length > 0) return { ...EMPTY_PLAN_ANALYSIS, problems };
  try {
    const split = splitRows(dataset, plan, { testFraction: settings.testFraction, seed: settings.seed });
    const preprocessing = fitPreprocessing(dataset, plan, split.train);
    const shape = explainInputShape(preprocessing);
    const outputUnits = plan.task === 'classification' ? (preprocessing.classes?.length ?? 0) : 1;
    const head = proposeHead(plan.task, outputUnits, {
      target: plan.target,
      ...(preprocessing.classes ? { classes: preprocessing.classes } : {}),
    });
    return {
      problems,
      failure: null,
      preprocessing,
      shape,
      head,
      trainRows: split.train.length,
      testRows: split.test.length,
    };
  } catch (err) {
    return failedPlanAnalysis(toAppErrorInfo(err, 'The input shape could not be worked out for these columns.'));
  }
}
