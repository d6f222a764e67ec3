/**
 * One training run as the window knows it: what the train worker said so far, folded by
 * reduceTrainingMessage. Kept apart from the app's reducer (state.ts), which owns the choices.
 */
import type { AppErrorInfo } from '../../core/errors';
import type { Evaluation } from '../../core/evaluate/types';
import type { FeaturePlan } from '../../core/features/types';
import type { PrepareProgress } from '../../core/sources/kind';
import type { EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from '../../core/train/types';
import type { BackendInfo, PreparedInfo, TrainResponse } from '../../workers/messages';

export type TrainingStatus = 'idle' | 'running' | 'stopping' | 'done' | 'failed';

export interface TrainingState {
  readonly status: TrainingStatus;
  /** Identifies the run whose worker messages are accepted; older runs' messages are ignored. */
  readonly runId: number;
  readonly backend: BackendInfo | null;
  readonly prepared: PreparedInfo | null;
  readonly history: readonly EpochMetrics[];
  readonly progress: TrainingProgress | null;
  readonly outcome: TrainingOutcome | null;
  readonly evaluation: Evaluation | null;
  readonly error: AppErrorInfo | null;
  /** The choices the run was started with: the evaluation speaks of these, not of later edits. */
  readonly plan: FeaturePlan | null;
  readonly settings: TrainingSettings | null;
  /** Preparing the data before the first epoch (images: decoding and encoding). */
  readonly prepareProgress: PrepareProgress | null;
  /** The experiment this run is saved as (the train worker says so when it starts saving). */
  readonly experiment: { readonly id: string; readonly name: string } | null;
  /** Things that did not stop the run, e.g. it could not be saved. */
  readonly warnings: readonly AppErrorInfo[];
}

export const IDLE_TRAINING: TrainingState = {
  status: 'idle',
  runId: 0,
  backend: null,
  prepared: null,
  history: [],
  progress: null,
  outcome: null,
  evaluation: null,
  error: null,
  plan: null,
  settings: null,
  prepareProgress: null,
  experiment: null,
  warnings: [],
};

export function reduceTrainingMessage(training: TrainingState, message: TrainResponse): TrainingState {
  switch (message.type) {
    case 'backend':
      return { ...training, backend: message.info };
    case 'prepared':
      return { ...training, prepared: message.prepared };
    case 'epoch':
      return { ...training, history: [...training.history, message.metrics] };
    case 'progress':
      return { ...training, progress: message.progress };
    case 'done':
      return {
        ...training,
        status: 'done',
        outcome: message.outcome,
        evaluation: message.evaluation,
        history: message.outcome.history,
      };
    case 'prepare-progress':
      return { ...training, prepareProgress: message.progress };
    case 'experiment':
      return { ...training, experiment: { id: message.id, name: message.name } };
    case 'warning':
      return { ...training, warnings: [...training.warnings, message.warning] };
    case 'ranking':
      return training; // kept by useTrainer (localStorage), not state
    case 'failed':
      return { ...training, status: 'failed', error: message.error };
  }
}
