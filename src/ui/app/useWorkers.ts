/**
 * The renderer's side of the two workers: start one per job, validate every message it sends
 * (zod, messages.ts), turn it into an intent, and end it when its job is over.
 */
import { loadRankings, saveRanking } from './backendRankings';
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import type { PipelineRequest } from '../../core/pipeline';
import {
  invalidMessageError,
  parseResponseSchema,
  trainResponseSchema,
  type BackendPreference,
  type ImageIndexRequest,
  type ImageTrainRequest,
  type ParseRequest,
  type TrainRequest,
} from '../../workers/messages';
import type { Action, LoadingState } from './state';
import type { ImageFolder } from '../../host/contract';
import type { ImageEncodingPlan } from '../../core/images/types';
import type { ModelDraft } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';

export interface FileToLoad {
  readonly name: string;
  readonly sizeBytes: number;
  readonly data: Blob;
}

/** Parses files in a worker; a new file ends the parsing of the previous one. */
export function useDatasetLoader(dispatch: Dispatch<Action>): (file: FileToLoad, target?: LoadingState['target']) => void {
  const current = useRef<Worker | null>(null);
  useEffect(() => () => current.current?.terminate(), []);

  return useCallback(
    (file: FileToLoad, target?: LoadingState['target']) => {
      current.current?.terminate();
      const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module' });
      current.current = worker;
      const finish = () => {
        worker.terminate();
        if (current.current === worker) current.current = null;
      };
      dispatch({ type: 'load-started', fileName: file.name, ...(target ? { target } : {}) });
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (current.current !== worker) return;
        const parsed = parseResponseSchema.safeParse(event.data);
        if (!parsed.success) {
          dispatch({ type: 'load-failed', error: invalidMessageError('the file reader', parsed.error) });
          finish();
          return;
        }
        const message = parsed.data;
        if (message.type === 'progress') {
          dispatch({ type: 'load-progress', progress: message.progress });
        } else if (message.type === 'done') {
          dispatch({ type: 'load-succeeded', dataset: message.dataset });
          finish();
        } else {
          dispatch({ type: 'load-failed', error: message.error });
          finish();
        }
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        if (current.current !== worker) return;
        dispatch({
          type: 'load-failed',
          error: {
            code: 'internal/parse-worker',
            message: `“${file.name}” could not be read: the reader stopped unexpectedly.`,
            detail: event.message || 'parse worker error event without a message',
          },
        });
        finish();
      });
      const request: ParseRequest = { type: 'parse', file: file.data, name: file.name, sizeBytes: file.sizeBytes };
      worker.postMessage(request);
    },
    [dispatch],
  );
}

/** What an image run needs from the renderer's state. */
export interface ImageRunInput {
  readonly folder: ImageFolder;
  /** How the folder was indexed when it was inspected; training indexes it the same way. */
  readonly request: ImageIndexRequest;
  readonly plan: ImageEncodingPlan;
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
}

/** The train worker's request for images. */
export function imageTrainRequest(input: ImageRunInput): ImageTrainRequest {
  return {
    files: input.folder.files,
    index: input.request,
    plan: input.plan,
    model: { layers: input.model.layers.map((layer) => ({ ...layer })) },
    settings: input.settings,
  };
}

export interface Trainer {
  start(runId: number, request: PipelineRequest, backend: BackendPreference): void;
  startImages(runId: number, input: ImageRunInput, backend: BackendPreference): void;
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
    (runId: number, message: TrainRequest) => {
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
          error: {
            code: 'internal/train-worker',
            message: 'Training stopped: the training process ended unexpectedly. Try again, or choose another backend.',
            detail: event.message || 'train worker error event without a message',
          },
        });
      });
      worker.postMessage(message);
    },
    [dispatch, release],
  );

  const start = useCallback(
    (runId: number, request: PipelineRequest, backend: BackendPreference) => launch(runId, { type: 'start', request, backend, rankings: loadRankings() }),
    [launch],
  );
  const startImages = useCallback(
    (runId: number, input: ImageRunInput, backend: BackendPreference) =>
      launch(runId, { type: 'start-images', request: imageTrainRequest(input), backend, rankings: loadRankings() }),
    [launch],
  );

  const stop = useCallback(() => {
    const message: TrainRequest = { type: 'stop' };
    current.current?.worker.postMessage(message);
    dispatch({ type: 'training-stop-requested' });
  }, [dispatch]);

  // Stable identity, so effects that depend on the trainer do not re-run on every render.
  return useMemo(() => ({ start, startImages, stop, release }), [start, startImages, stop, release]);
}
