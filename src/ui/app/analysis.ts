/**
 * What follows from the user's choices, computed by core (never here): plan problems, the
 * input shape and its explanation, the head, the model summary. Each function catches what
 * core throws and returns it as an AppErrorInfo, so a screen shows a message, not a crash.
 */
import type { AppErrorInfo } from '../../core/errors';
import { toAppErrorInfo } from '../../core/errors';
import type { TypedDataset } from '../../core/data/types';
import type { FeaturePlan, Preprocessing, ShapeExplanation } from '../../core/features/types';
import type { HeadSpec, MlpConfig, ModelSummary } from '../../core/model/types';
import type { TrainingSettings } from '../../core/train/types';
import { validatePlan } from '../../core/features/validate';
import { splitRows } from '../../core/features/split';
import { fitPreprocessing } from '../../core/features/encode';
import { explainInputShape } from '../../core/shape/explain';
import { checkHead, proposeHead } from '../../core/model/head';
import { mlpToSpec, validateMlp } from '../../core/model/mlp';
import { summarizeModel } from '../../core/model/summary';

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

const EMPTY_PLAN_ANALYSIS: PlanAnalysis = {
  problems: [],
  failure: null,
  preprocessing: null,
  shape: null,
  head: null,
  trainRows: 0,
  testRows: 0,
};

/** The split, preprocessing and shape exactly as a training run with these settings would make them. */
export function analysePlan(
  dataset: TypedDataset,
  plan: FeaturePlan,
  settings: Pick<TrainingSettings, 'testFraction' | 'seed'>,
): PlanAnalysis {
  let problems: AppErrorInfo[];
  try {
    problems = validatePlan(dataset, plan);
  } catch (err) {
    return { ...EMPTY_PLAN_ANALYSIS, failure: toAppErrorInfo(err, 'The chosen columns could not be checked.') };
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
    return { ...EMPTY_PLAN_ANALYSIS, failure: toAppErrorInfo(err, 'The input shape could not be worked out for these columns.') };
  }
}

export interface ModelAnalysis {
  /** The user's override of the last layer contradicts the task (checkHead). */
  readonly headProblem: AppErrorInfo | null;
  /** Values the editor must not let through (validateMlp). */
  readonly mlpProblems: readonly AppErrorInfo[];
  readonly summary: ModelSummary | null;
  readonly failure: AppErrorInfo | null;
}

export function analyseModel(plan: PlanAnalysis, mlp: MlpConfig, target: string): ModelAnalysis {
  const { shape, head } = plan;
  if (!shape || !head) return { headProblem: null, mlpProblems: [], summary: null, failure: null };
  try {
    const mlpProblems = validateMlp(mlp);
    const headProblem = checkHead(mlp, head.task, head.units, { target });
    if (mlpProblems.length > 0) return { headProblem, mlpProblems, summary: null, failure: null };
    const spec = mlpToSpec(shape.inputShape[1], mlp, head);
    // The summary shows the user's own last layer, even a contradictory one, so its shape is visible.
    const layers = mlp.head
      ? [...spec.layers.slice(0, -1), { type: 'dense', units: mlp.head.units, activation: mlp.head.activation }]
      : spec.layers;
    const summary = summarizeModel({ ...spec, layers });
    return { headProblem, mlpProblems, summary, failure: null };
  } catch (err) {
    return {
      headProblem: null,
      mlpProblems: [],
      summary: null,
      failure: toAppErrorInfo(err, 'The model summary could not be worked out for this architecture.'),
    };
  }
}
