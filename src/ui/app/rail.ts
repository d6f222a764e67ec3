/** What the step rail says about each step, and why Train cannot start: read from state, no computing. */
import { msg, type Message } from '../../core/i18n/message';
import { validateSettings } from '../../core/train/settings';
import type { RailStep } from '../components/StepRail';
import type { Advice, LayerReport, ModelReport } from '../../core/model/designer-types';
import type { ModelAnalysis, PlanAnalysis } from './analysis';
import { loadedName } from './loaded';
import { isTraining, STEPS, type AppState, type StepId } from './state';
import { draftProblem, firstInvalidDraft, stepHasDraft } from './drafts';
import { runToUse } from '../use/route';

/** The first error-severity advice of the model, with its layer; null when the model is valid. */
export function firstError(report: ModelReport): { readonly layer: LayerReport; readonly advice: Advice } | null {
  for (const layer of report.layers) {
    const advice = layer.advice.find((a) => a.severity === 'error');
    if (advice) return { layer, advice };
  }
  return null;
}

/** Why the data's side is not ready for training (step 1 or 2); null when it is. */
function dataBlocker(state: AppState, plan: PlanAnalysis | null): Message | null {
  const { loaded } = state;
  if (!loaded) return msg('app.blocker.openData');
  if (loaded.kind === 'images' && loaded.images.inspection.imageCount === 0) return msg('app.blocker.noImages');
  if (loaded.kind === 'table' && !loaded.planState) return msg('app.blocker.chooseTarget');
  if (!plan) return msg('app.blocker.shapePending');
  if (plan.problems.length > 0 || !plan.shape) return msg('app.blocker.fixShape');
  return null;
}

/** The first field, on the steps given, whose text is not a valid value, said with its step; null when none. */
export function draftBlocker(state: AppState, steps: readonly StepId[] = STEPS): Message | null {
  const draft = firstInvalidDraft(state.drafts, STEPS.filter((s) => steps.includes(s)));
  return draft ? draftProblem(draft, STEPS.indexOf(draft.step) + 1) : null;
}

/** The Shape step's own blocking problem: the plan's first problem, or a field of the step. */
function shapeBlocker(state: AppState, plan: PlanAnalysis | null): Message | null {
  const field = draftBlocker(state, ['shape']);
  if (field) return field;
  // The problems are shown just above the button: the reason points at them rather than repeating them.
  if (plan && plan.problems.length > 0) return msg('app.next.fixAbove', { count: plan.problems.length });
  return null;
}

/**
 * Why the step's Next button leads nowhere useful yet, in words shown beside it; null when the
 * step has nothing blocking. The steps after Model have no Next.
 */
export function nextBlocker(step: StepId, state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): Message | null {
  switch (step) {
    case 'data': {
      const { loaded } = state;
      if (loaded?.kind === 'images' && loaded.images.inspection.imageCount === 0) return msg('app.blocker.noImages');
      if (loaded?.kind === 'table' && !loaded.planState) return loaded.planError ? msg('app.next.fixProblem', { reason: loaded.planError.msg }) : msg('app.blocker.chooseTarget');
      return null;
    }
    case 'shape':
      return shapeBlocker(state, plan);
    case 'model': {
      const field = draftBlocker(state, ['model']);
      if (field) return field;
      if (model?.failure) return msg('app.next.fixProblem', { reason: model.failure.msg });
      const problem = model?.report ? firstError(model.report) : null;
      return problem ? msg('app.next.fixLayer', { index: problem.layer.index + 1, name: problem.layer.name }) : null;
    }
    default:
      return null;
  }
}

/** Why Train cannot start now, in the words the Train step shows; null when it can. */
export function trainingBlocker(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): Message | null {
  const data = dataBlocker(state, plan);
  if (data) return data;
  const field = draftBlocker(state);
  if (field) return field;
  if (!model || (!model.report && !model.failure)) return msg('app.blocker.modelNotReady');
  if (model.failure || !model.report) return msg('app.blocker.fixModel');
  const problem = firstError(model.report);
  if (problem) {
    return msg('app.blocker.layerNeedsFix', { index: problem.layer.index + 1, name: problem.layer.name, reason: problem.advice.message });
  }
  if (model.report.layers.length === 0) return msg('app.blocker.noLayers');
  if (!model.report.valid) return msg('app.blocker.followAdvice');
  const settingsProblem = validateSettings(state.settings)[0];
  if (settingsProblem) return msg('app.blocker.settings', { reason: settingsProblem.msg });
  return null;
}

function trainStatus(state: AppState): Message {
  const t = state.training;
  switch (t.status) {
    case 'idle':
      return msg('app.rail.notTrained');
    case 'running':
    case 'stopping':
      return t.progress ? msg('app.rail.epochOf', { epoch: t.progress.epoch, epochs: t.progress.epochs }) : msg('app.rail.starting');
    case 'done':
      return msg('app.rail.doneIn', { epochs: t.outcome?.history.length ?? 0 });
    case 'failed':
      return msg('app.rail.failed');
  }
}

const NONE = '—';

function evaluateStatus(state: AppState): Message | string {
  const e = state.training.evaluation;
  if (!e) return isTraining(state) ? msg('app.rail.waiting') : NONE;
  return e.task === 'classification' ? msg('app.rail.accuracy', { accuracy: e.accuracy }) : msg('app.rail.r2', { r2: e.r2 });
}

/** The run the Use step shows, by name; else why there is none yet. */
function usedRunStatus(state: AppState): Message | string {
  const target = runToUse(state.use, state.training);
  switch (target.kind) {
    case 'run':
      return target.name;
    case 'training':
      return msg('app.rail.waiting');
    case 'failed':
      return NONE;
    case 'nothing':
      return msg('use.rail.trainFirst');
  }
}

/** Every run is saved: the rail names the current one, or says where saved runs are. */
function experimentsStatus(state: AppState): Message {
  return state.training.experiment ? msg('app.rail.saved', { name: state.training.experiment.name }) : msg('app.rail.savedRuns');
}

export function railSteps(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): RailStep[] {
  const { loading } = state;
  const planBlocked = (plan !== null && plan.problems.length > 0) || stepHasDraft(state.drafts, 'shape');
  const modelBlocked = (model !== null && (model.failure !== null || (model.report !== null && firstError(model.report) !== null))) || stepHasDraft(state.drafts, 'model');
  const settingsBlocked = stepHasDraft(state.drafts, 'train') && !isTraining(state);
  const attention = msg('app.rail.needsAttention');
  return [
    { id: 'data', status: loading ? msg('app.rail.loading') : (loadedName(state.loaded) ?? msg('app.rail.openFile')), attention: state.loadError !== null },
    { id: 'shape', status: planBlocked ? attention : (plan?.shape?.text ?? NONE), attention: planBlocked },
    {
      id: 'model',
      status: modelBlocked ? attention : model?.report ? msg('app.rail.params', { count: model.report.totalParams }) : NONE,
      attention: modelBlocked,
    },
    { id: 'train', status: settingsBlocked ? attention : trainStatus(state), attention: state.training.status === 'failed' || settingsBlocked },
    { id: 'evaluate', status: evaluateStatus(state) },
    { id: 'use', status: usedRunStatus(state) },
    { id: 'experiments', status: experimentsStatus(state) },
  ];
}
