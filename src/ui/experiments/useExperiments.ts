/**
 * The experiments list as React state, over the window's store (store.ts): load, rename, notes,
 * delete and its undo, import. Every change reloads the list from the store, so what is shown
 * is what is saved.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { quoteInput, toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import { importModelZip } from '../../core/experiment/model-import';
import { decodePortable } from '../../core/experiment/portable';
import type { DamagedExperiment, ExperimentRecord, StoredWeights } from '../../core/experiment/types';
import { experimentStore } from './store';

export interface Removed {
  readonly record: ExperimentRecord;
  readonly weights?: StoredWeights;
}

export interface Experiments {
  /** Newest first; null until the store has answered. */
  readonly records: readonly ExperimentRecord[] | null;
  /** Saved runs that cannot be read (shown apart, to be deleted). */
  readonly damaged: readonly DamagedExperiment[];
  /** The store is in memory only (IndexedDB could not be opened). */
  readonly storeProblem: AppErrorInfo | null;
  /** The last action that failed, in words. */
  readonly error: AppErrorInfo | null;
  dismissError(): void;
  refresh(): void;
  rename(id: string, name: string): Promise<void>;
  setNotes(id: string, notes: string): Promise<void>;
  /** Deletes it and returns what the undo puts back. */
  remove(id: string): Promise<Removed | null>;
  restore(removed: Removed): Promise<void>;
  /** Deletes a damaged run for good (it cannot be read back, so there is no undo). */
  removeDamaged(id: string): Promise<void>;
  /** Reads a portable experiment file's text into the store; returns the record imported. */
  importText(text: string, fileName: string): Promise<ExperimentRecord | null>;
  /** Reads an exported model .zip into the store as a new run (no training history); returns it. */
  importModelZip(bytes: Uint8Array, fileName: string): Promise<ExperimentRecord | null>;
}

/** `reloadKey`: a new value reloads the list (a run saved an epoch, or ended). */
export function useExperiments(reloadKey: string | number = 0): Experiments {
  const [records, setRecords] = useState<readonly ExperimentRecord[] | null>(null);
  const [damaged, setDamaged] = useState<readonly DamagedExperiment[]>([]);
  const [storeProblem, setStoreProblem] = useState<AppErrorInfo | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    experimentStore()
      .then(async ({ store, problem }) => {
        // The damaged ones are an extra: failing to describe them must not hide the readable runs.
        const [list, broken] = await Promise.all([store.list(), store.listDamaged().catch(() => [])]);
        if (!live) return;
        setStoreProblem(problem);
        setRecords(list);
        setDamaged(broken);
      })
      .catch((err: unknown) => {
        if (live) setError(toAppErrorInfo(err, msg('experiment.action.listFailed')));
      });
    return () => {
      live = false;
    };
  }, [generation, reloadKey]);

  /** Runs a change against the store, then reloads; a failure is kept as the error to show. */
  const act = useCallback(
    async <T>(what: Message, change: (store: Awaited<ReturnType<typeof experimentStore>>['store']) => Promise<T>): Promise<T | null> => {
      try {
        const { store } = await experimentStore();
        const result = await change(store);
        setError(null);
        return result;
      } catch (err) {
        setError(toAppErrorInfo(err, what));
        return null;
      } finally {
        refresh();
      }
    },
    [refresh],
  );

  return useMemo<Experiments>(
    () => ({
      records,
      damaged,
      storeProblem,
      error,
      dismissError: () => setError(null),
      refresh,
      rename: async (id, name) => {
        await act(msg('experiment.action.renameFailed'), (s) => s.update(id, { name }));
      },
      setNotes: async (id, notes) => {
        await act(msg('experiment.action.notesFailed'), (s) => s.update(id, { notes }));
      },
      remove: async (id) => (await act(msg('experiment.action.deleteFailed'), (s) => s.remove(id))) ?? null,
      restore: async (removed) => {
        await act(msg('experiment.action.restoreFailed'), (s) => s.put(removed.record, removed.weights));
      },
      removeDamaged: async (id) => {
        await act(msg('experiment.action.deleteDamagedFailed'), (s) => s.remove(id));
      },
      importText: async (text, fileName) =>
        act(msg('experiment.action.importFailed', { file: quoteInput(fileName) }), async (s) => {
          const { record, weights } = decodePortable(text);
          await s.put(record, weights);
          return record;
        }),
      importModelZip: async (bytes, fileName) =>
        act(msg('experiment.action.importFailed', { file: quoteInput(fileName) }), async (s) => {
          const { record, weights } = importModelZip(bytes, fileName, { id: crypto.randomUUID(), now: Date.now() });
          await s.put(record, weights);
          return record;
        }),
    }),
    [records, damaged, storeProblem, error, refresh, act],
  );
}
