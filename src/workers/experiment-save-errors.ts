/**
 * The words of the recorder's save problems: the warning shown while training goes on, and the
 * sentence stored in a run whose trained model could not be kept.
 */
import { toAppErrorInfo, type AppErrorInfo } from '../core/errors';

function isQuota(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

function detailOf(err: unknown): string {
  return toAppErrorInfo(err).detail ?? (err instanceof Error ? err.message : String(err));
}

/** The record itself could not be written. */
export function storeErrorInfo(err: unknown): AppErrorInfo {
  const quota = isQuota(err);
  return {
    code: quota ? 'experiment/storage-full' : 'experiment/save-failed',
    message: quota
      ? 'This run is not being saved: the disk is full or the app’s storage space is used up. Training goes on; delete old experiments to make room.'
      : 'This run could not be saved as an experiment. Training goes on, but the run will not be in the Experiments list.',
    detail: detailOf(err),
  };
}

/** The weights could not be read or written; the rest of the run is still saved. */
export function weightsErrorInfo(err: unknown): AppErrorInfo {
  return {
    code: isQuota(err) ? 'experiment/weights-storage-full' : 'experiment/weights-not-saved',
    message: isQuota(err)
      ? 'The trained model of this run cannot be saved: the app’s storage space is used up. Training goes on and its curves are saved; delete old experiments to make room.'
      : 'The trained model of this run could not be saved. Training goes on and its curves are saved.',
    detail: detailOf(err),
  };
}

/**
 * Stored in a finished run whose model could not be kept (`weightsNotKept`). `readFailed`: the
 * weights could not be read from the network (not a storage problem).
 */
export function weightsNotKeptText(err: unknown, readFailed: boolean, withEvaluation: boolean): string {
  const why = readFailed
    ? 'it could not be read from the network when training ended'
    : isQuota(err)
      ? 'the storage space was full when training ended'
      : 'saving it failed when training ended';
  const kept = withEvaluation ? 'The curves and the evaluation are saved' : 'The curves are saved';
  return `The trained model was not kept: ${why}. ${kept}, but this run cannot predict or export its model.`;
}
