/**
 * The renderer's side of the two workers: start one per job, validate every message it sends
 * (zod, messages.ts), turn it into an intent, and end it when its job is over (the parse
 * worker's job lasts as long as its dataset is the loaded one).
 */
import { loadRankings, saveRanking } from './backendRankings';
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import type { PipelineRequest } from '../../core/pipeline';
import type { TypedDataset } from '../../core/data/types';
import type { FeaturePlan } from '../../core/features/types';
import { analysePlan, failedPlanAnalysis, type PlanAnalysis, type PlanAnalysisSettings } from '../../core/features/analyse-plan';
import {
  invalidMessageError,
  parseResponseSchema,
  trainResponseSchema,
  type BackendPreference,
  type ImageIndexRequest,
  type ImageTrainRequest,
  type AnalyseRequest,
  type ParseRequest,
  type TrainRequest,
} from '../../workers/messages';
import type { SendDatasetRequest } from '../../workers/dataset-handoff';
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

/** The parse worker's side of the Data and Shape steps. */
export interface DatasetLoader {
  /** Parses a file in a new worker; a new file ends the parsing of the previous one. */
  load(file: FileToLoad, target?: LoadingState['target']): void;
  /**
   * The analysis of `plan` of `dataset`, by the worker that read it (it keeps a copy). Null
   * when a later request superseded this one or the worker was ended (another dataset came).
   * A dataset that no worker holds is analysed here, on this thread.
   */
  analyse(dataset: TypedDataset, plan: FeaturePlan, settings: PlanAnalysisSettings): Promise<PlanAnalysis | null>;
  /** Ends the worker that holds a dataset other than this one (another file, or images, are loaded). */
  keepOnly(dataset: TypedDataset | null): void;
  /**
   * A port on which the worker that holds `dataset` sends a copy of it (for a train worker), so
   * that the UI thread does not copy it; null when no worker holds it.
   */
  datasetPort(dataset: TypedDataset): MessagePort | null;
}

interface HeldDataset {
  readonly worker: Worker;
  readonly dataset: TypedDataset;
  /** Unanswered 'analyse' requests by requestId; the worker answers only the latest it saw. */
  readonly pending: Map<number, (analysis: PlanAnalysis | null) => void>;
}

/** Answers every pending request: `answer` for `upTo`, null (superseded) for the earlier ones. */
function settlePending(held: HeldDataset, upTo: number, answer: PlanAnalysis | null): void {
  for (const [id, resolve] of held.pending) {
    if (id > upTo) continue;
    held.pending.delete(id);
    resolve(id === upTo ? answer : null);
  }
}

/** Answers every pending request with `answer`: a failure, or null when the worker was ended. */
function settleAll(held: HeldDataset, answer: PlanAnalysis | null): void {
  for (const resolve of held.pending.values()) resolve(answer);
  held.pending.clear();
}

function endHeld(held: HeldDataset): void {
  held.worker.terminate();
  settleAll(held, null);
}

/**
 * Parses files in a worker, which then stays, holding a copy of the dataset, while that
 * dataset is the loaded one: plans of it are analysed there, not on the UI thread.
 */
export function useDatasetLoader(dispatch: Dispatch<Action>): DatasetLoader {
  /** The worker reading a file now. */
  const parsing = useRef<Worker | null>(null);
  /** The worker that read the loaded dataset; the previous one stays until a new file succeeds. */
  const held = useRef<HeldDataset | null>(null);
  const nextRequestId = useRef(0);
  useEffect(
    () => () => {
      parsing.current?.terminate();
      if (held.current) endHeld(held.current);
    },
    [],
  );

  const load = useCallback(
    (file: FileToLoad, target?: LoadingState['target']) => {
      parsing.current?.terminate();
      const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module' });
      parsing.current = worker;
      const fail = () => {
        worker.terminate();
        if (parsing.current === worker) parsing.current = null;
      };
      dispatch({ type: 'load-started', fileName: file.name, ...(target ? { target } : {}) });
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const holding = held.current?.worker === worker ? held.current : null;
        if (parsing.current !== worker && !holding) return;
        const parsed = parseResponseSchema.safeParse(event.data);
        if (!parsed.success) {
          const error = invalidMessageError('the file reader', parsed.error);
          if (holding) settleAll(holding, failedPlanAnalysis(error));
          else {
            dispatch({ type: 'load-failed', error });
            fail();
          }
          return;
        }
        const message = parsed.data;
        if (holding) {
          if (message.type === 'analysis') settlePending(holding, message.requestId, message.analysis);
          else if (message.type === 'failed') settleAll(holding, failedPlanAnalysis(message.error));
        } else if (message.type === 'progress') {
          dispatch({ type: 'load-progress', progress: message.progress });
        } else if (message.type === 'done') {
          parsing.current = null;
          if (held.current) endHeld(held.current);
          held.current = { worker, dataset: message.dataset, pending: new Map() };
          dispatch({ type: 'load-succeeded', dataset: message.dataset });
        } else if (message.type === 'failed') {
          dispatch({ type: 'load-failed', error: message.error });
          fail();
        }
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        const detail = event.message || 'parse worker error event without a message';
        if (held.current?.worker === worker) {
          const holding = held.current;
          held.current = null;
          holding.worker.terminate();
          settleAll(holding, failedPlanAnalysis({
            code: 'internal/parse-worker',
            message: 'The input shape could not be worked out: the reader stopped unexpectedly. Open the file again.',
            detail,
          }));
          return;
        }
        if (parsing.current !== worker) return;
        dispatch({
          type: 'load-failed',
          error: {
            code: 'internal/parse-worker',
            message: `“${file.name}” could not be read: the reader stopped unexpectedly.`,
            detail,
          },
        });
        fail();
      });
      const request: ParseRequest = { type: 'parse', file: file.data, name: file.name, sizeBytes: file.sizeBytes, keep: true };
      worker.postMessage(request);
    },
    [dispatch],
  );

  const analyse = useCallback(
    (dataset: TypedDataset, plan: FeaturePlan, settings: PlanAnalysisSettings): Promise<PlanAnalysis | null> => {
      const holding = held.current;
      if (holding?.dataset !== dataset) return Promise.resolve(analysePlan(dataset, plan, settings));
      const requestId = ++nextRequestId.current;
      return new Promise((resolve) => {
        holding.pending.set(requestId, resolve);
        const request: AnalyseRequest = { type: 'analyse', requestId, plan, settings: { testFraction: settings.testFraction, seed: settings.seed } };
        holding.worker.postMessage(request);
      });
    },
    [],
  );

  const keepOnly = useCallback((dataset: TypedDataset | null) => {
    if (held.current && held.current.dataset !== dataset) {
      endHeld(held.current);
      held.current = null;
    }
  }, []);

  const datasetPort = useCallback((dataset: TypedDataset): MessagePort | null => {
    const holding = held.current;
    if (holding?.dataset !== dataset) return null;
    const channel = new MessageChannel();
    const request: SendDatasetRequest = { type: 'send-dataset', port: channel.port1 };
    holding.worker.postMessage(request, [channel.port1]);
    return channel.port2;
  }, []);

  return useMemo(() => ({ load, analyse, keepOnly, datasetPort }), [load, analyse, keepOnly, datasetPort]);
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
  /** With `datasetPort` (DatasetLoader.datasetPort), the table reaches the train worker from the parse worker, not from here. */
  start(runId: number, request: PipelineRequest, backend: BackendPreference, datasetPort?: MessagePort | null): void;
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
          error: {
            code: 'internal/train-worker',
            message: 'Training stopped: the training process ended unexpectedly. Try again, or choose another backend.',
            detail: event.message || 'train worker error event without a message',
          },
        });
      });
      worker.postMessage(message, transfer);
    },
    [dispatch, release],
  );

  const start = useCallback(
    (runId: number, request: PipelineRequest, backend: BackendPreference, datasetPort: MessagePort | null = null) => {
      if (!datasetPort) {
        launch(runId, { type: 'start', request, backend, rankings: loadRankings() });
        return;
      }
      const { plan, model, settings } = request;
      launch(runId, { type: 'start-with-port', request: { plan, model, settings }, datasetPort, backend, rankings: loadRankings() }, [datasetPort]);
    },
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
