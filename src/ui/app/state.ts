/**
 * The app's state and the closed union of intents that change it (one reducer, no mutable
 * globals). The reducer holds the user's choices and the results the workers sent back; what
 * follows from the choices (shapes, heads, summaries) is derived by core.
 */
import type { AppErrorInfo } from '../../core/errors';
import type { ParseProgress } from '../../core/data/types';
import type { ModelDraft } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';
import { DEFAULT_SETTINGS } from '../../core/train/settings';
import type { BackendPreference } from '../../workers/messages';
import { EXPERIMENTS_LIST, type ExperimentsRoute } from '../experiments/route';
import { CURRENT_RUN, type UseRoute } from '../use/route';
import { designerReducer, handEdited, INITIAL_DESIGNER, type DesignerAction, type DesignerState } from '../model/designer';
import { imagesLoaded, patchImagePlan, type ImageLoadProgress } from './imageState';
import {
  applySequenceChange,
  loadedCsv,
  loadedTable,
  readAs,
  runPlanOf,
  sequenceFix,
  sequenceStep,
  sequenceTarget,
  sequenceTask,
  withFeature,
  withPlanFix,
  withSavedSequencePlan,
  withSavedTablePlan,
  withTablePlan,
  withTableTarget,
  loadedName,
  type Loaded,
  type LoadedSequences,
  type LoadedTable,
  type NamedTarget,
} from './loaded';
import { IDLE_TRAINING, reduceTrainingMessage, type TrainingState } from './trainingState';
import { draftsAfterDesign, NO_DRAFTS, withDraft, withoutSteps, type Drafts } from './drafts';

import type { StepId } from './steps';
import type { Action } from './actions';
export type { Action } from './actions';
export { STEPS, type StepId } from './steps';

export type { TrainingState, TrainingStatus } from './trainingState';
export type { Loaded, PlanState } from './loaded';

export interface LoadingState {
  readonly fileName: string;
  readonly progress: ParseProgress | null;
  readonly target?: NamedTarget;
  /** Set while an image folder loads: files read, then images checked. */
  readonly images?: { readonly progress: ImageLoadProgress | null };
}

export interface AppState {
  readonly step: StepId;
  /** The data open now, of any kind, with the user's plan for it. */
  readonly loaded: Loaded | null;
  /** A file or folder being read; the previous data stays until this one succeeds. */
  readonly loading: LoadingState | null;
  readonly loadError: AppErrorInfo | null;
  /** The layer stack being designed, its selection and undo history (model/designer.ts). */
  readonly designer: DesignerState;
  readonly settings: TrainingSettings;
  readonly backendPreference: BackendPreference;
  readonly training: TrainingState;
  /** The open screen of the Experiments step. */
  readonly experiments: ExperimentsRoute;
  /** Which run the Use step shows: the current one, or a saved one opened from Experiments. */
  readonly use: UseRoute;
  /** Fields whose text is not a valid value (they keep it, and Train waits for it): app/drafts.ts. */
  readonly drafts: Drafts;
  /** A hand-made design that new data replaced, kept so that the user can bring it back. */
  readonly replacedDesign: ReplacedDesign | null;
}

export interface ReplacedDesign {
  readonly draft: ModelDraft;
  /** The data it was made for ("penguins.csv"), when it had a name. */
  readonly madeFor: string | null;
  /** Whether the "replaced, Undo" notice is still shown. */
  readonly notice: boolean;
}

export const INITIAL_STATE: AppState = {
  step: 'data',
  loaded: null,
  loading: null,
  loadError: null,
  designer: INITIAL_DESIGNER,
  settings: DEFAULT_SETTINGS,
  backendPreference: 'auto',
  training: IDLE_TRAINING,
  experiments: EXPERIMENTS_LIST,
  use: CURRENT_RUN,
  drafts: NO_DRAFTS,
  replacedDesign: null,
};

export function isTraining(state: AppState): boolean {
  return state.training.status === 'running' || state.training.status === 'stopping';
}

/** A changed choice makes a finished run's results stale; a running one is never touched. */
function withChoice(state: AppState, next: Partial<AppState>): AppState {
  if (isTraining(state)) return state;
  const training = state.training.status === 'idle' ? state.training : { ...IDLE_TRAINING, runId: state.training.runId };
  return { ...state, ...next, training, use: routeOfUseAfterReset(state) };
}

/**
 * The run the Use step shows once the current results are cleared: a finished run's model is
 * saved and still usable, so the step goes on showing it (as a saved run) rather than "train first".
 */
function routeOfUseAfterReset(state: AppState): UseRoute {
  const { experiment, status } = state.training;
  if (state.use.view !== 'current' || !experiment || status !== 'done') return state.use;
  return { view: 'saved', id: experiment.id, name: experiment.name };
}

/** A hand-made design about to be replaced is kept (with a notice); otherwise an older kept one stays, quietly. */
function keptDesign(state: AppState): ReplacedDesign | null {
  if (handEdited(state.designer)) return { draft: state.designer.draft, madeFor: loadedName(state.loaded), notice: true };
  return state.replacedDesign ? { ...state.replacedDesign, notice: false } : null;
}

/** The kept design as the current one: one step of the designer's history, so Undo there brings the proposed one back. */
function restoreDesign(state: AppState): AppState {
  const kept = state.replacedDesign;
  if (!kept || isTraining(state)) return state;
  const next = updateDesigner(state, { type: 'spec-opened', layers: kept.draft.layers, ...(kept.draft.batchSize !== undefined ? { batchSize: kept.draft.batchSize } : {}) });
  return { ...next, replacedDesign: null };
}

/** New data ends any run on the old data: its results no longer describe what is loaded. Its model is proposed afresh. */
function withNewData(state: AppState, loaded: Loaded): AppState {
  return {
    ...state,
    replacedDesign: keptDesign(state),
    loaded,
    loading: null,
    loadError: null,
    designer: INITIAL_DESIGNER,
    training: { ...IDLE_TRAINING, runId: state.training.runId + 1 },
    use: routeOfUseAfterReset(state),
    // The Shape and Model steps' fields now show the new data's values.
    drafts: withoutSteps(state.drafts, ['shape', 'model']),
  };
}

/** A change of the loaded data's plan, by the kind of the loaded data (images have their own action). */
function onPlan(
  state: AppState,
  table: (loaded: LoadedTable) => LoadedTable,
  sequences: (loaded: LoadedSequences) => LoadedSequences,
): AppState {
  const { loaded } = state;
  if (!loaded || loaded.kind === 'images') return state;
  const next = loaded.kind === 'table' ? table(loaded) : sequences(loaded);
  return next === loaded ? state : withChoice(state, { loaded: next });
}

const unchanged = <T>(x: T): T => x;

/** Selecting a layer is not a choice; a changed layer stack is (it makes a finished run stale). */
function updateDesigner(state: AppState, action: DesignerAction): AppState {
  const designer = designerReducer(state.designer, action);
  if (designer === state.designer) return state;
  if (designer.draft === state.designer.draft) return { ...state, designer };
  const next = withChoice(state, { designer });
  return next === state ? state : { ...next, drafts: draftsAfterDesign(state.drafts, action) };
}

/** A saved run's choices on the data loaded now; unchanged when they do not fit it. */
function applyExperimentSettings(state: AppState, action: Extract<Action, { type: 'experiment-settings-applied' }>): AppState {
  const { loaded } = state;
  if (isTraining(state) || !loaded) return state;
  const designer = designerReducer(state.designer, { type: 'spec-opened', layers: action.model.layers });
  let next: Loaded | null;
  if (loaded.kind === 'images') {
    next = action.imagePlan ? { ...loaded, images: { ...loaded.images, plan: action.imagePlan } } : loaded;
  } else if (action.sequencePlan) {
    next = withSavedSequencePlan(loaded, action.sequencePlan, action.source);
  } else {
    next = withSavedTablePlan(loaded.kind === 'table' ? loaded : loadedTable(loaded.dataset, loaded.detection, undefined), action.plan, action.source);
  }
  if (!next) return state;
  return { ...withChoice(state, { loaded: next, designer, settings: action.settings, drafts: NO_DRAFTS }), step: 'train' };
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'step-selected':
      // Experiments chosen again while one of its screens (a run, a comparison) is open: back to the list.
      if (action.step === 'experiments' && state.step === 'experiments') return { ...state, experiments: EXPERIMENTS_LIST };
      return { ...state, step: action.step };
    case 'load-started':
      return {
        ...state,
        loading: { fileName: action.fileName, progress: null, ...(action.target ? { target: action.target } : {}) },
        loadError: null,
      };
    case 'load-progress':
      return state.loading ? { ...state, loading: { ...state.loading, progress: action.progress } } : state;
    case 'load-succeeded':
      return withNewData(state, loadedCsv(action.dataset, action.detection, state.loading?.target));
    case 'data-kind-selected': {
      const { loaded } = state;
      if (!loaded || loaded.kind === 'images' || loaded.kind === action.kind || isTraining(state)) return state;
      // Another kind of data means another input shape: the model is proposed afresh for it.
      return withChoice(state, {
        loaded: readAs(loaded, action.kind),
        designer: INITIAL_DESIGNER,
        drafts: withoutSteps(state.drafts, ['shape', 'model']),
        replacedDesign: keptDesign(state),
      });
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
      return withNewData(state, { kind: 'images', images: imagesLoaded(action.folder, action.request, action.index, action.inspection) });
    case 'image-plan-changed': {
      const { loaded } = state;
      if (loaded?.kind !== 'images') return state;
      const plan = patchImagePlan(loaded.images.plan, action.patch);
      return plan === loaded.images.plan ? state : withChoice(state, { loaded: { ...loaded, images: { ...loaded.images, plan } } });
    }
    case 'sequence-plan-changed': {
      const next = onPlan(state, unchanged, (loaded) => applySequenceChange(loaded, action.change));
      // Grouped recordings have no stride field: a draft of it would wait unseen.
      return action.change.what === 'layout' && next !== state ? { ...next, drafts: withDraft(next.drafts, 'shape.sequences.stride', null) } : next;
    }
    case 'target-selected':
      return onPlan(state, (loaded) => withTableTarget(loaded, action.target), (loaded) => sequenceTarget(loaded, action.target));
    case 'feature-toggled':
      return onPlan(state, (loaded) => withFeature(loaded, action.column, action.included), (loaded) => sequenceStep(loaded, action.column, action.included));
    case 'task-selected':
      return onPlan(
        state,
        (loaded) => withTablePlan(loaded, (plan) => (plan.task === action.task ? plan : { ...plan, task: action.task })),
        (loaded) => sequenceTask(loaded, action.task),
      );
    case 'plan-fix-applied':
      return onPlan(state, (loaded) => withPlanFix(loaded, action.action), (loaded) => sequenceFix(loaded, action.action));
    case 'designer':
      return updateDesigner(state, action.action);
    case 'settings-changed':
      return withChoice(state, { settings: { ...state.settings, ...action.patch } });
    case 'backend-preference-selected':
      return withChoice(state, { backendPreference: action.preference });
    case 'design-restored':
      return restoreDesign(state);
    case 'design-notice-closed':
      return state.replacedDesign?.notice ? { ...state, replacedDesign: { ...state.replacedDesign, notice: false } } : state;
    case 'draft-changed': {
      const drafts = withDraft(state.drafts, action.id, action.draft);
      return drafts === state.drafts ? state : { ...state, drafts };
    }
    case 'training-started':
      return {
        ...state,
        // A new run is the one to use next: a saved run opened before gives way to it.
        use: CURRENT_RUN,
        training: {
          ...IDLE_TRAINING,
          status: 'running',
          runId: action.runId,
          plan: runPlanOf(state.loaded),
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
    case 'use-route':
      return { ...state, step: 'use', use: action.route };
    case 'experiment-settings-applied':
      return applyExperimentSettings(state, action);
  }
}
