/**
 * Which run the Use step shows: the current run (the one the Train step started last), or a
 * saved run opened from Experiments. Kept in the app state, so a step change keeps it.
 */
import type { TrainingState } from '../app/trainingState';

export type UseRoute =
  | { readonly view: 'current' }
  | { readonly view: 'saved'; readonly id: string; readonly name: string };

export const CURRENT_RUN: UseRoute = { view: 'current' };

/** What the Use step has to show, from the route and the current run. */
export type RunToUse =
  /** A saved run to load and use; `current`: it is the current run's. */
  | { readonly kind: 'run'; readonly id: string; readonly name: string; readonly current: boolean }
  /** The current run is still training: its model is not there yet. */
  | { readonly kind: 'training' }
  /** The current run stopped with a problem before it was saved. */
  | { readonly kind: 'failed' }
  /** Nothing trained yet (or the last run's results were cleared by a changed choice). */
  | { readonly kind: 'nothing' };

export function runToUse(route: UseRoute, training: TrainingState): RunToUse {
  const run = training.experiment;
  const busy = training.status === 'running' || training.status === 'stopping';
  // The run being trained, opened from Experiments: its weights are not saved yet.
  if (route.view === 'saved' && busy && run?.id === route.id) return { kind: 'training' };
  if (route.view === 'saved') return { kind: 'run', id: route.id, name: route.name, current: run?.id === route.id && training.status === 'done' };
  switch (training.status) {
    case 'running':
    case 'stopping':
      return { kind: 'training' };
    case 'done':
      return run ? { kind: 'run', ...run, current: true } : { kind: 'nothing' };
    case 'failed':
      // A run that failed after it was saved keeps its record (which says it has no weights).
      return run ? { kind: 'run', ...run, current: true } : { kind: 'failed' };
    case 'idle':
      return { kind: 'nothing' };
  }
}
