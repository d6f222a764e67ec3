/**
 * The app's state and the closed union of intents that change it (one reducer, no mutable
 * globals). The reducer holds the user's choices and the results the workers sent back; what
 * follows from the choices (shapes, heads, summaries) is derived by core in analysis.ts.
 */
import type { AppErrorInfo } from '../../core/errors';
import type { ParseProgress, TypedDataset } from '../../core/data/types';
import type { FeaturePlan, PlanProposal, Task } from '../../core/features/types';
import type { TrainingSettings } from '../../core/train/types';
import { toAppErrorInfo } from '../../core/errors';
import { applyPlanFix } from '../../core/features/fixes';
import { planForTarget, proposePlan } from '../../core/features/propose';
import { DEFAULT_SETTINGS } from '../../core/train/settings';
import type { BackendPreference, ImageIndexRequest, TrainResponse } from '../../workers/messages';
import { designerReducer, INITIAL_DESIGNER, type DesignerAction, type DesignerState } from '../model/designer';
import type { ImageIndex, ImageInspection } from '../../core/images/types';
import type { ImageFolder } from '../../host/contract';
import { imagesLoaded, patchImagePlan, type ImageLoadProgress, type ImagePlanPatch, type ImagesState } from './imageState';
import type { ModelDraft } from '../../core/model/designer-types';
import type { ImageEncodingPlan } from '../../core/images/types';
import { EXPERIMENTS_LIST, type ExperimentsRoute } from '../experiments/route';
import { IDLE_TRAINING, reduceTrainingMessage, type TrainingState } from './trainingState';

export const STEPS = ['data', 'shape', 'model', 'train', 'evaluate', 'experiments'] as const;
export type StepId = (typeof STEPS)[number];

export type { TrainingState, TrainingStatus } from './trainingState';

export interface PlanState {
  readonly plan: FeaturePlan;
  readonly targetReason: string;
  /** The task core proposes for the chosen target, and why. */
  readonly proposedTask: Task;
  readonly taskReason: string;
}

export interface LoadingState {
  readonly fileName: string;
  readonly progress: ParseProgress | null;
  /** A built-in sample says which column it is meant to predict. */
  readonly target?: { readonly column: string; readonly source: string };
  /** Set while an image folder loads: files read, then images checked. */
  readonly images?: { readonly progress: ImageLoadProgress | null };
}

export interface AppState {
  readonly step: StepId;
  readonly dataset: TypedDataset | null;
  /** An image folder, when images (not a table) are loaded; `dataset` is then null. */
  readonly images: ImagesState | null;
  /** A file being parsed; the previous dataset stays until this one succeeds. */
  readonly loading: LoadingState | null;
  readonly loadError: AppErrorInfo | null;
  readonly planState: PlanState | null;
  /** When core could not propose a plan for the dataset. */
  readonly planError: AppErrorInfo | null;
  /** The layer stack being designed, its selection and undo history (model/designer.ts). */
  readonly designer: DesignerState;
  readonly settings: TrainingSettings;
  readonly backendPreference: BackendPreference;
  readonly training: TrainingState;
  /** The open screen of the Experiments step. */
  readonly experiments: ExperimentsRoute;
}

export type Action =
  | { readonly type: 'step-selected'; readonly step: StepId }
  | { readonly type: 'load-started'; readonly fileName: string; readonly target?: LoadingState['target'] }
  | { readonly type: 'load-progress'; readonly progress: ParseProgress }
  | { readonly type: 'load-succeeded'; readonly dataset: TypedDataset }
  | { readonly type: 'load-failed'; readonly error: AppErrorInfo }
  | { readonly type: 'load-error-dismissed' }
  /** A dialog was closed without choosing anything. */
  | { readonly type: 'load-cancelled' }
  | { readonly type: 'image-load-started'; readonly name: string }
  | { readonly type: 'image-load-progress'; readonly progress: ImageLoadProgress }
  | {
      readonly type: 'image-load-succeeded';
      readonly folder: ImageFolder;
      readonly request: ImageIndexRequest;
      readonly index: ImageIndex;
      readonly inspection: ImageInspection;
    }
  | { readonly type: 'image-plan-changed'; readonly patch: ImagePlanPatch }
  | { readonly type: 'target-selected'; readonly target: string }
  | { readonly type: 'feature-toggled'; readonly column: string; readonly included: boolean }
  | { readonly type: 'task-selected'; readonly task: Task }
  | { readonly type: 'plan-fix-applied'; readonly action: string }
  /** An intent of the model designer, handled by its own reducer. */
  | { readonly type: 'designer'; readonly action: DesignerAction }
  | { readonly type: 'settings-changed'; readonly patch: Partial<TrainingSettings> }
  | { readonly type: 'backend-preference-selected'; readonly preference: BackendPreference }
  | { readonly type: 'training-started'; readonly runId: number }
  | { readonly type: 'training-stop-requested' }
  | { readonly type: 'training-message'; readonly runId: number; readonly message: TrainResponse }
  | { readonly type: 'training-crashed'; readonly runId: number; readonly error: AppErrorInfo }
  /** Opens a screen of the Experiments step (and the step). */
  | { readonly type: 'experiments-route'; readonly route: ExperimentsRoute }
  /**
   * "New run from these settings": a saved run's plan (tables) or image plan (images), layers and
   * settings, applied to the data loaded now (App checks it is the same data); `source` names the run.
   */
  | {
      readonly type: 'experiment-settings-applied';
      readonly plan: FeaturePlan;
      readonly imagePlan?: ImageEncodingPlan;
      readonly model: ModelDraft;
      readonly settings: TrainingSettings;
      readonly source: string;
    };


export const INITIAL_STATE: AppState = {
  step: 'data',
  dataset: null,
  images: null,
  loading: null,
  loadError: null,
  planState: null,
  planError: null,
  designer: INITIAL_DESIGNER,
  settings: DEFAULT_SETTINGS,
  backendPreference: 'auto',
  training: IDLE_TRAINING,
  experiments: EXPERIMENTS_LIST,
};

export function isTraining(state: AppState): boolean {
  return state.training.status === 'running' || state.training.status === 'stopping';
}

/** A changed choice makes a finished run's results stale; a running one is never touched. */
function withChoice(state: AppState, next: Partial<AppState>): AppState {
  if (isTraining(state)) return state;
  const training = state.training.status === 'idle' ? state.training : { ...IDLE_TRAINING, runId: state.training.runId };
  return { ...state, ...next, training };
}

function planFor(dataset: TypedDataset, target: LoadingState['target']): Pick<AppState, 'planState' | 'planError'> {
  try {
    const named = target && dataset.columns.some((c) => c.name === target.column);
    const proposal: PlanProposal = named ? planForTarget(dataset, target.column) : proposePlan(dataset);
    return {
      planState: {
        plan: proposal.plan,
        targetReason: named ? `“${target.column}” is the column ${target.source} is meant to predict.` : proposal.targetReason,
        proposedTask: proposal.plan.task,
        taskReason: proposal.taskReason,
      },
      planError: null,
    };
  } catch (err) {
    return { planState: null, planError: toAppErrorInfo(err, `No target and features could be proposed for “${dataset.name}”.`) };
  }
}

function selectTarget(state: AppState, target: string): AppState {
  const { dataset, planState } = state;
  if (!dataset || !planState || planState.plan.target === target) return state;
  // Features and task follow from the target (core's rule); the user can then adjust both.
  const proposal = planForTarget(dataset, target);
  return withChoice(state, {
    planState: {
      plan: proposal.plan,
      targetReason: proposal.targetReason,
      proposedTask: proposal.plan.task,
      taskReason: proposal.taskReason,
    },
  });
}

/** Features kept in the file's column order. */
function inFileOrder(dataset: TypedDataset, names: ReadonlySet<string>): string[] {
  return dataset.columns.map((c) => c.name).filter((n) => names.has(n));
}

function updatePlan(state: AppState, update: (plan: FeaturePlan) => FeaturePlan): AppState {
  if (!state.planState) return state;
  return withChoice(state, { planState: { ...state.planState, plan: update(state.planState.plan) } });
}

/** Selecting a layer is not a choice; a changed layer stack is (it makes a finished run stale). */
function updateDesigner(state: AppState, action: DesignerAction): AppState {
  const designer = designerReducer(state.designer, action);
  if (designer === state.designer) return state;
  if (designer.draft === state.designer.draft) return { ...state, designer };
  return withChoice(state, { designer });
}

/** What a run is about, for the screens that speak of it: the table's plan, or the images' target and task. */
function runPlan(state: AppState): FeaturePlan | null {
  if (state.images) {
    const { index } = state.images;
    return { target: index.targetName, features: [], task: index.task };
  }
  return state.planState?.plan ?? null;
}

/** A saved run's choices on the data loaded now; unchanged when its columns are not all there. */
function applyExperimentSettings(state: AppState, action: Extract<Action, { type: 'experiment-settings-applied' }>): AppState {
  if (isTraining(state)) return state;
  const designer = designerReducer(state.designer, { type: 'spec-opened', layers: action.model.layers });
  if (state.images) {
    const images = action.imagePlan ? { ...state.images, plan: action.imagePlan } : state.images;
    return { ...withChoice(state, { images, designer, settings: action.settings }), step: 'train' };
  }
  const { dataset } = state;
  if (!dataset) return state;
  const names = new Set(dataset.columns.map((c) => c.name));
  const { plan } = action;
  if (!names.has(plan.target) || plan.features.some((f) => !names.has(f))) return state;
  const proposal = planForTarget(dataset, plan.target);
  const planState: PlanState = {
    plan,
    targetReason: `“${plan.target}” is the target of ${action.source}.`,
    proposedTask: proposal.plan.task,
    taskReason: proposal.taskReason,
  };
  return { ...withChoice(state, { planState, designer, settings: action.settings }), step: 'train' };
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'step-selected':
      return { ...state, step: action.step };
    case 'load-started':
      return {
        ...state,
        loading: { fileName: action.fileName, progress: null, ...(action.target ? { target: action.target } : {}) },
        loadError: null,
      };
    case 'load-progress':
      return state.loading ? { ...state, loading: { ...state.loading, progress: action.progress } } : state;
    case 'load-succeeded': {
      // A new dataset ends any run on the old one: its results no longer describe what is loaded.
      // Its model is proposed afresh once its input shape is known (designer 'context-changed').
      return {
        ...state,
        dataset: action.dataset,
        images: null,
        loading: null,
        loadError: null,
        ...planFor(action.dataset, state.loading?.target),
        designer: INITIAL_DESIGNER,
        training: { ...IDLE_TRAINING, runId: state.training.runId + 1 },
      };
    }
    case 'load-failed':
      return { ...state, loading: null, loadError: action.error };
    case 'load-error-dismissed':
      return { ...state, loadError: null };
    case 'load-cancelled':
      return { ...state, loading: null };
    case 'image-load-started':
      return { ...state, loading: { fileName: action.name, progress: null, images: { progress: null } }, loadError: null };
    case 'image-load-progress':
      return state.loading?.images ? { ...state, loading: { ...state.loading, images: { progress: action.progress } } } : state;
    case 'image-load-succeeded':
      // As for a table: the new data ends any run, and its model is proposed afresh.
      return {
        ...state,
        dataset: null,
        images: imagesLoaded(action.folder, action.request, action.index, action.inspection),
        loading: null,
        loadError: null,
        planState: null,
        planError: null,
        designer: INITIAL_DESIGNER,
        training: { ...IDLE_TRAINING, runId: state.training.runId + 1 },
      };
    case 'image-plan-changed': {
      const { images } = state;
      if (!images) return state;
      const plan = patchImagePlan(images.plan, action.patch);
      return plan === images.plan ? state : withChoice(state, { images: { ...images, plan } });
    }
    case 'target-selected':
      return selectTarget(state, action.target);
    case 'feature-toggled': {
      const { dataset } = state;
      if (!dataset) return state;
      return updatePlan(state, (plan) => {
        const names = new Set(plan.features);
        if (action.included && action.column !== plan.target) names.add(action.column);
        else names.delete(action.column);
        return { ...plan, features: inFileOrder(dataset, names) };
      });
    }
    case 'task-selected':
      return updatePlan(state, (plan) => ({ ...plan, task: action.task }));
    case 'plan-fix-applied':
      return updatePlan(state, (plan) => applyPlanFix(plan, action.action));
    case 'designer':
      return updateDesigner(state, action.action);
    case 'settings-changed':
      return withChoice(state, { settings: { ...state.settings, ...action.patch } });
    case 'backend-preference-selected':
      return withChoice(state, { backendPreference: action.preference });
    case 'training-started':
      return {
        ...state,
        training: {
          ...IDLE_TRAINING,
          status: 'running',
          runId: action.runId,
          plan: runPlan(state),
          settings: state.settings,
        },
      };
    case 'training-stop-requested':
      return state.training.status === 'running' ? { ...state, training: { ...state.training, status: 'stopping' } } : state;
    case 'training-message':
      if (action.runId !== state.training.runId || !isTraining(state)) return state;
      return { ...state, training: reduceTrainingMessage(state.training, action.message) };
    case 'training-crashed':
      if (action.runId !== state.training.runId || !isTraining(state)) return state;
      return { ...state, training: { ...state.training, status: 'failed', error: action.error } };
    case 'experiments-route':
      return { ...state, step: 'experiments', experiments: action.route };
    case 'experiment-settings-applied':
      return applyExperimentSettings(state, action);
  }
}
