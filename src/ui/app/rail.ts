/** What the step rail says about each step, and why Train cannot start: read from state, no computing. */
import { validateSettings } from '../../core/train/settings';
import type { RailStep } from '../components/StepRail';
import { formatInteger, formatPercentRounded, formatScore } from '../format';
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
function dataBlocker(state: AppState, plan: PlanAnalysis | null): string | null {
  const { loaded } = state;
  if (!loaded) return 'Open a dataset first (step 1).';
  if (loaded.kind === 'images' && loaded.images.inspection.imageCount === 0) {
    return 'No image of the folder could be read: open another folder (step 1).';
  }
  if (loaded.kind === 'table' && !loaded.planState) return 'Choose a target column first (step 2).';
  if (!plan) return 'The input shape is still being worked out.';
  if (plan.problems.length > 0 || !plan.shape) return 'Fix the problems on the Shape step first (step 2).';
  return null;
}

export function trainingBlocker(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): string | null {
  const data = dataBlocker(state, plan);
  if (data) return data;
  if (!model || (!model.report && !model.failure)) return 'The model is not ready yet.';
  if (model.failure || !model.report) return 'Fix the problems on the Model step first (step 3).';
  const problem = firstError(model.report);
  if (problem) {
    return `Layer ${problem.layer.index + 1} (${problem.layer.name}) needs a fix on the Model step (step 3): ${problem.advice.message}`;
  }
  if (model.report.layers.length === 0) return 'The model has no layers: add some on the Model step (step 3).';
  if (!model.report.valid) return 'Follow the advice on the Model step first (step 3).';
  const settingsProblem = validateSettings(state.settings)[0];
  if (settingsProblem) return settingsProblem.message;
  return null;
}

function trainStatus(state: AppState): string {
  const t = state.training;
  switch (t.status) {
    case 'idle':
      return 'Not trained yet';
    case 'running':
    case 'stopping':
      return t.progress ? `Epoch ${formatInteger(t.progress.epoch)} of ${formatInteger(t.progress.epochs)}` : 'Starting…';
    case 'done':
      return `Done in ${formatInteger(t.outcome?.history.length ?? 0)} epochs`;
    case 'failed':
      return 'Stopped by a problem';
  }
}

function evaluateStatus(state: AppState): string {
  const e = state.training.evaluation;
  if (!e) return isTraining(state) ? 'Waiting for training' : '—';
  return e.task === 'classification' ? `${formatPercentRounded(e.accuracy)} accurate` : `R² ${formatScore(e.r2, 3)}`;
}

/** Every run is saved: the rail names the current one, or says where saved runs are. */
function experimentsStatus(state: AppState): string {
  return state.training.experiment ? `Saved: ${state.training.experiment.name}` : 'Saved runs, compare, predict';
}

export function railSteps(state: AppState, plan: PlanAnalysis | null, model: ModelAnalysis | null): RailStep[] {
  const { loading } = state;
  const planBlocked = plan !== null && plan.problems.length > 0;
  const modelBlocked = model !== null && (model.failure !== null || (model.report !== null && firstError(model.report) !== null));
  return [
    { id: 'data', title: 'Data', status: loading ? 'Loading…' : (loadedName(state.loaded) ?? 'Open a file'), attention: state.loadError !== null },
    {
      id: 'shape',
      title: 'Shape',
      status: planBlocked ? 'Needs attention' : (plan?.shape?.text ?? '—'),
      attention: planBlocked,
    },
    {
      id: 'model',
      title: 'Model',
      status: modelBlocked
        ? 'Needs attention'
        : model?.report
          ? `${formatInteger(model.report.totalParams)} params`
          : '—',
      attention: modelBlocked,
    },
    { id: 'train', title: 'Train', status: trainStatus(state), attention: state.training.status === 'failed' },
    { id: 'evaluate', title: 'Evaluate', status: evaluateStatus(state) },
    { id: 'experiments', title: 'Experiments', status: experimentsStatus(state) },
  ];
}
