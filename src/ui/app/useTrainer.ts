/**
 * The train worker's side of the window: one worker per run, so that a failed run leaves
 * nothing behind; every message it sends is validated (zod, messages.ts) and becomes an intent.
 */
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import { appErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { ModelDraft } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';
import {
  invalidMessageError,
  trainResponseSchema,
  type BackendPreference,
  type RunData,
  type StartRequest,
  type TrainRequest,
} from '../../workers/messages';
import { loadRankings, saveRanking } from './backendRankings';
import type { Action } from './state';

export interface RunRequest {
  readonly data: RunData;
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  readonly backend: BackendPreference;
  /** A port on which the parse worker sends the table (useTableReader's datasetPort), when `data` carries none. */
  readonly datasetPort?: MessagePort | null;
}

export interface Trainer {
  start(runId: number, request: RunRequest): void;
  stop(): void;
  /** Ends the worker of the current run, if any (its job is over or no longer wanted). */
  release(): void;
}

/** Trains in a worker, one worker per run so that a failed run leaves nothing behind. */
export function useTrainer(dispatch: Dispatch<Action>): Trainer {
  const current = useRef<{ readonly worker: Worker; readonly runId: number } | null>(null);

  const release = useCallback(() => {
    current.current?.worker.terminate();
    current.current = null;
  }, []);
  useEffect(() => release, [release]);

  const launch = useCallback(
    (runId: number, message: TrainRequest, transfer: Transferable[] = []) => {
      release();
      const worker = new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module' });
      current.current = { worker, runId };
      dispatch({ type: 'training-started', runId });
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const parsed = trainResponseSchema.safeParse(event.data);
        if (!parsed.success) {
          dispatch({ type: 'training-crashed', runId, error: invalidMessageError('the training process', parsed.error) });
          return;
        }
        if (parsed.data.type === 'ranking') {
          saveRanking(parsed.data.key, parsed.data.ranking);
          return;
        }
        dispatch({ type: 'training-message', runId, message: parsed.data });
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        dispatch({
          type: 'training-crashed',
          runId,
          error: appErrorInfo({
            code: 'internal/train-worker',
            message: msg('train.worker.crashed'),
            detail: event.message || 'train worker error event without a message',
          }),
        });
      });
      worker.postMessage(message, transfer);
    },
    [dispatch, release],
  );

  const start = useCallback(
    (runId: number, { data, model, settings, backend, datasetPort }: RunRequest) => {
      const message: StartRequest = {
        type: 'start',
        data,
        // A plain copy: the draft's layers may be frozen or shared with the designer's history.
        model: { layers: model.layers.map((layer) => ({ ...layer })) },
        settings,
        backend,
        rankings: loadRankings(),
        ...(datasetPort ? { datasetPort } : {}),
      };
      launch(runId, message, datasetPort ? [datasetPort] : []);
    },
    [launch],
  );

  const stop = useCallback(() => {
    const message: TrainRequest = { type: 'stop' };
    current.current?.worker.postMessage(message);
    dispatch({ type: 'training-stop-requested' });
  }, [dispatch]);

  // Stable identity, so effects that depend on the trainer do not re-run on every render.
  return useMemo(() => ({ start, stop, release }), [start, stop, release]);
}
