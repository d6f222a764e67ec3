/**
 * The words of the recorder's save problems: the warning shown while training goes on, and the
 * sentence stored in a run whose trained model could not be kept.
 */
import { appErrorInfo, toAppErrorInfo, type AppErrorInfo } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';

function isQuota(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

function detailOf(err: unknown): string {
  return toAppErrorInfo(err).detail ?? (err instanceof Error ? err.message : String(err));
}

/** The record itself could not be written. */
export function storeErrorInfo(err: unknown): AppErrorInfo {
  const quota = isQuota(err);
  return appErrorInfo({
    code: quota ? 'experiment/storage-full' : 'experiment/save-failed',
    message: msg(quota ? 'train.save.storageFull' : 'train.save.failed'),
    detail: detailOf(err),
  });
}

/** The weights could not be read or written; the rest of the run is still saved. */
export function weightsErrorInfo(err: unknown): AppErrorInfo {
  const quota = isQuota(err);
  return appErrorInfo({
    code: quota ? 'experiment/weights-storage-full' : 'experiment/weights-not-saved',
    message: msg(quota ? 'train.save.weightsStorageFull' : 'train.save.weightsFailed'),
    detail: detailOf(err),
  });
}

/**
 * Stored in a finished run whose model could not be kept (`weightsNotKept`). `readFailed`: the
 * weights could not be read from the network (not a storage problem).
 */
export function weightsNotKeptText(err: unknown, readFailed: boolean, withEvaluation: boolean): Message {
  return msg('train.save.weightsNotKept', {
    why: readFailed ? 'read' : isQuota(err) ? 'quota' : 'write',
    evaluation: withEvaluation ? 'yes' : 'no',
  });
}
