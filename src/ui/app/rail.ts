/** What the step rail says about each step, and why Train cannot start: read from state, no computing. */
import { msg, type Message } from '../../core/i18n/message';
import { validateSettings } from '../../core/train/settings';
import type { RailStep } from '../components/StepRail';
import type { Advice, LayerReport, ModelReport } from '../../core/model/designer-types';
import type { ModelAnalysis, PlanAnalysis } from './analysis';
import { loadedName } from './loaded';
import { isTraining, type AppState } from './state';

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

/** Why Train cannot start now, in the words the Train step shows; null when it can. */
export function trainingBlocker(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): Message | null {
  const data = dataBlocker(state, plan);
  if (data) return data;
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

/** Every run is saved: the rail names the current one, or says where saved runs are. */
function experimentsStatus(state: AppState): Message {
  return state.training.experiment ? msg('app.rail.saved', { name: state.training.experiment.name }) : msg('app.rail.savedRuns');
}

export function railSteps(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): RailStep[] {
  const { loading } = state;
  const planBlocked = plan !== null && plan.problems.length > 0;
  const modelBlocked = model !== null && (model.failure !== null || (model.report !== null && firstError(model.report) !== null));
  const attention = msg('app.rail.needsAttention');
  return [
    { id: 'data', status: loading ? msg('app.rail.loading') : (loadedName(state.loaded) ?? msg('app.rail.openFile')), attention: state.loadError !== null },
    { id: 'shape', status: planBlocked ? attention : (plan?.shape?.text ?? NONE), attention: planBlocked },
    {
      id: 'model',
      status: modelBlocked ? attention : model?.report ? msg('app.rail.params', { count: model.report.totalParams }) : NONE,
      attention: modelBlocked,
    },
    { id: 'train', status: trainStatus(state), attention: state.training.status === 'failed' },
    { id: 'evaluate', status: evaluateStatus(state) },
    { id: 'experiments', status: experimentsStatus(state) },
  ];
}
