/**
 * What follows from the user's choices, computed by core (never here): plan problems, the
 * input shape and its explanation, the head, the model's report and its Keras code. Each
 * function catches what core throws and returns it as an AppErrorInfo, so a screen shows a
 * message, not a crash.
 */
import type { AppErrorInfo } from '../../core/errors';
import { toAppErrorInfo } from '../../core/errors';
import type { TypedDataset } from '../../core/data/types';
import type { FeaturePlan, Preprocessing, ShapeExplanation } from '../../core/features/types';
import type { HeadSpec } from '../../core/model/types';
import type { ModelDraft, ModelReport } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';
import { validatePlan } from '../../core/features/validate';
import { splitRows } from '../../core/features/split';
import { fitPreprocessing } from '../../core/features/encode';
import { explainInputShape } from '../../core/shape/explain';
import { proposeHead } from '../../core/model/head';
import { analyzeModel } from '../../core/model/analyze';
import { kerasCode } from '../../core/model/keras';
import type { ModelContext } from '../model/designer';

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

/** The data's side of the model: the input shape without the batch axis, and what the head must be. */
export function modelContextOf(plan: PlanAnalysis, target: string): ModelContext | null {
  const { shape, head } = plan;
  if (!shape || !head) return null;
  return {
    inputShape: shape.inputShape.slice(1).filter((d): d is number => d !== null),
    head: { task: head.task, outputUnits: head.units, ...(target ? { target } : {}) },
  };
}

export interface ModelAnalysis {
  /** tfjs-layers' account of the draft, layer by layer, with advice; null before the data gives a context. */
  readonly report: ModelReport | null;
  /** The same model as Python Keras code, compiled with the head's loss and the training settings. */
  readonly kerasCode: string;
  /** Something core threw (it should not: analyzeModel reports problems as advice). */
  readonly failure: AppErrorInfo | null;
}

export function analyseModel(
  context: ModelContext | null,
  draft: ModelDraft,
  settings: Pick<TrainingSettings, 'learningRate' | 'optimizer'>,
): ModelAnalysis {
  if (!context) return { report: null, kerasCode: '', failure: null };
  const spec = { inputShape: context.inputShape, layers: draft.layers };
  try {
    const report = analyzeModel(spec, context.head);
    let code = '';
    try {
      code = kerasCode(spec, { ...context.head, learningRate: settings.learningRate, optimizer: settings.optimizer });
    } catch {
      // The code view says it cannot show a model that does not build; the report says why.
    }
    return { report, kerasCode: code, failure: null };
  } catch (err) {
    return { report: null, kerasCode: '', failure: toAppErrorInfo(err, 'The model summary could not be worked out for this architecture.') };
  }
}
