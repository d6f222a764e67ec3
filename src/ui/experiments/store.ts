/**
 * The renderer's one experiment store: IndexedDB (shared with the train and predict workers),
 * or, where IndexedDB cannot be opened, a store in memory, said so once. Opened at start-up,
 * when runs left "running" by a window that closed or crashed are marked interrupted: no run of
 * this window has started yet then.
 */
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { ExperimentStore } from '../../core/experiment/types';
import { openExperimentStore } from '../../host/experiment-store';
import { createMemoryExperimentStore } from '../../host/memory-experiment-store';

export interface OpenedStore {
  readonly store: ExperimentStore;
  /** Why experiments are kept in memory only (they will not survive a restart); null when saved for good. */
  readonly problem: AppErrorInfo | null;
}

let opened: Promise<OpenedStore> | null = null;

async function open(): Promise<OpenedStore> {
  let store: ExperimentStore;
  let problem: AppErrorInfo | null = null;
  try {
    store = await openExperimentStore();
  } catch (err) {
    store = createMemoryExperimentStore();
    problem = toAppErrorInfo(err, msg('experiment.store.memoryOnly'));
  }
  try {
    await store.markInterrupted(Date.now());
  } catch (err) {
    console.warn('markInterrupted failed', err);
  }
  return { store, problem };
}

/** The store, opened once per window (the first call, from App at start-up, opens it). */
export function experimentStore(): Promise<OpenedStore> {
  opened ??= open();
  return opened;
}
