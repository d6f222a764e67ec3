/**
 * What follows from a plan before any training, for every kind: the kind's analysis (problems,
 * notes, input shape, split sizes, classes) plus the head the task needs, and from both the
 * model context the designer proposes layers for. Pure, so that the parse worker can run it
 * next to the table it read (on a large file it takes hundreds of milliseconds).
 */
import { toAppErrorInfo, type AppErrorInfo } from '../errors';
import { msg } from '../i18n/message';
import type { ModelContext, ModelDraft } from '../model/designer-types';
import { proposeHead } from '../model/head';
import { defaultDraft } from '../model/templates';
import type { HeadSpec } from '../model/types';
import { emptyAnalysis } from '../sources/analysis';
import type { KindAnalysis, SplitOptions } from '../sources/kind';
import { planOf, type KindPlan } from '../sources/registry';

export interface PlanAnalysis extends KindAnalysis {
  /** The output layer the task needs; null while a problem blocks. */
  readonly head: HeadSpec | null;
}

function outputUnits(a: KindAnalysis): number {
  return a.task === 'classification' ? a.classes.length : 1;
}

export function withHead(a: KindAnalysis): PlanAnalysis {
  if (!a.shape || a.problems.length > 0) return { ...a, head: null };
  const ctx = a.task === 'classification' ? { target: a.target, classes: a.classes } : { target: a.target };
  return { ...a, head: proposeHead(a.task, outputUnits(a), ctx) };
}

/** Never throws: what a kind throws comes back as a problem, so a screen shows a message, not a crash. */
export function analysePlan(k: KindPlan, opts: SplitOptions): PlanAnalysis {
  try {
    return withHead(planOf(k).analyse(opts));
  } catch (err) {
    return failedPlanAnalysis(toAppErrorInfo(err, msg('train.shapeFailed')));
  }
}

/** The analysis that only reports `problem`: for a caller that could not analyse the plan at all. */
export function failedPlanAnalysis(problem: AppErrorInfo): PlanAnalysis {
  return { ...emptyAnalysis('classification', '', 'rows'), problems: [problem], head: null };
}

export function modelContextOf(a: PlanAnalysis): ModelContext | null {
  if (!a.shape || !a.head) return null;
  return {
    inputShape: a.shape.inputShape.slice(1).filter((d): d is number => d !== null),
    head: { task: a.task, outputUnits: a.head.units, ...(a.target ? { target: a.target } : {}) },
    ...(a.maskValue !== undefined ? { maskValue: a.maskValue } : {}),
    ...(a.shortest ? { shortest: a.shortest } : {}),
  };
}

/** The model a run starts from when nobody designed one (the CLI): the first template for this input and head. */
export function proposeModel(a: PlanAnalysis): ModelDraft | null {
  const context = modelContextOf(a);
  return context ? defaultDraft(context) : null;
}
