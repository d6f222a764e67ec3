/**
 * One saved run read from the window's experiment store, read again when `reloadKey` changes
 * (the current run finished, so its record now has its weights and evaluation).
 */
import { useEffect, useState } from 'react';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { ExperimentRecord } from '../../core/experiment/types';
import { experimentStore } from '../experiments/store';

export type SavedRun =
  | { readonly state: 'reading' }
  | { readonly state: 'read'; readonly record: ExperimentRecord }
  /** Not in the store (deleted, or never saved). */
  | { readonly state: 'gone' }
  | { readonly state: 'failed'; readonly error: AppErrorInfo };

export function useSavedRun(id: string | null, reloadKey: string): SavedRun {
  const [run, setRun] = useState<{ readonly id: string; readonly run: SavedRun } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    experimentStore()
      .then(({ store }) => store.get(id))
      .then((record) => {
        if (live) setRun({ id, run: record ? { state: 'read', record } : { state: 'gone' } });
      })
      .catch((err: unknown) => {
        if (live) setRun({ id, run: { state: 'failed', error: toAppErrorInfo(err, msg('use.readFailed')) } });
      });
    return () => {
      live = false;
    };
  }, [id, reloadKey]);
  // Another run's record never shows while this one's is read.
  return run !== null && run.id === id ? run.run : { state: 'reading' };
}
