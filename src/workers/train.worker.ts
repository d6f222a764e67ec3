/**
 * Trains off the UI thread: registers the extra tfjs backends, runs the pipeline (prepare →
 * pick and check the backend on the actual model and data → train → evaluate), saves the run as
 * an experiment while it happens, and posts what happens. A 'stop' message ends training after
 * the current batch; the best weights so far are kept, evaluated and saved.
 */
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import * as tf from '@tensorflow/tfjs';
import { appErrorInfo, toAppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import type { ExperimentStore } from '../core/experiment/types';
import { runIdentity } from '../core/experiment/run-identity';
import { runPipeline, type PipelineHooks, type PipelineResult, type PreparedRun } from '../core/pipeline/run';
import type { KindRun } from '../core/sources/registry';
import { releaseGpuBackends } from '../core/train/backend';
import { selectEngineBackend, type BackendCache } from '../core/train/engine-backend';
import type { TrainingProgress } from '../core/train/types';
import { openExperimentStore } from '../host/experiment-store';
import { createMemoryExperimentStore } from '../host/memory-experiment-store';
import { createExperimentRecorder, type ExperimentRecorder, type RecorderStart } from './experiment-recorder';
import {
  evaluationTransferables,
  invalidMessageError,
  trainRequestSchema,
  type BackendRankings,
  type PreparedInfo,
  type StartRequest,
  type TrainResponse,
} from './messages';
import { receiveDataset } from './dataset-handoff';
import { imageSourceFromFiles } from './image-source';
import { useWasmThreadPerCore } from './wasm-threads';

// Bundled by vite next to the worker, so the wasm files load from 'self' under the app's CSP.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
// Cross-origin isolated, the page has SharedArrayBuffer: tfjs then picks its threaded build, here
// with one thread per core instead of tfjs' CPUs / 2 (wasm-threads.ts says why).
useWasmThreadPerCore();

/** Per-batch progress is throttled; the UI needs a few updates a second, not hundreds. */
const PROGRESS_INTERVAL_MS = 100;

let stopRequested = false;
let running = false;
/** Settles once the last run's GPU memory is given back (releaseGpuBackends). */
let released: Promise<unknown> = Promise.resolve();

function post(message: TrainResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

let storePromise: Promise<ExperimentStore> | undefined;
function experimentStore(): Promise<ExperimentStore> {
  storePromise ??= openExperimentStore().catch((err: unknown) => {
    post({ type: 'warning', warning: toAppErrorInfo(err, msg('train.worker.storeUnavailable')) });
    return createMemoryExperimentStore();
  });
  return storePromise;
}

async function startRecorder(start: RecorderStart): Promise<ExperimentRecorder> {
  const recorder = await createExperimentRecorder(await experimentStore(), start, {
    onStoreError: (warning) => post({ type: 'warning', warning }),
  });
  post({ type: 'experiment', id: recorder.id, name: recorder.name });
  return recorder;
}

/** The renderer's rankings as a cache; a new measurement is posted back for it to keep. */
function rankingCache(rankings: BackendRankings | undefined): BackendCache {
  const known = new Map(Object.entries(rankings ?? {}));
  return {
    get: (key) => known.get(key),
    set: (key, ranking) => {
      known.set(key, ranking);
      post({ type: 'ranking', key, ranking });
    },
  };
}

/** The hooks of a run: backend choice with pre-flight, preparing, epochs, progress, stop, saving. */
function runHooks(recorder: ExperimentRecorder, request: StartRequest): PipelineHooks {
  const { backend: preference, rankings, settings } = request;
  let lastProgress = 0;
  let lastPrepareProgress = 0;
  return {
    beforeTraining: async ({ spec, encoded, task }) => {
      const chosen = await selectEngineBackend({ preference, spec, encoded, task, batchSize: settings.batchSize, validationSplit: settings.validationSplit, seed: settings.seed, cache: rankingCache(rankings) });
      const info = { backend: chosen.backend, label: chosen.label, reason: chosen.reason, preflight: chosen.preflight.message };
      post({ type: 'backend', info });
      void recorder.backend(info);
    },
    onPrepareProgress: (progress) => {
      const now = performance.now();
      if (progress.done < progress.total && now - lastPrepareProgress < PROGRESS_INTERVAL_MS) return;
      lastPrepareProgress = now;
      post({ type: 'prepare-progress', progress });
    },
    onPrepared: (prepared) => {
      post({ type: 'prepared', prepared: preparedInfo(prepared) });
      void recorder.prepared({
        preprocessing: prepared.encoded.preprocessing,
        spec: prepared.spec,
        summary: prepared.summary,
        split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
        testExamples: prepared.testExamples,
      });
    },
    onEpoch: (metrics, model) => {
      post({ type: 'epoch', metrics });
      void recorder.epoch(metrics, model);
    },
    onProgress: (progress: TrainingProgress) => {
      const now = performance.now();
      if (progress.batch < progress.batches && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      post({ type: 'progress', progress });
    },
    shouldStop: () => stopRequested,
  };
}

function preparedInfo(prepared: PreparedRun): PreparedInfo {
  const { encoded } = prepared;
  return {
    summary: prepared.summary,
    shape: prepared.shape,
    head: prepared.head,
    unit: prepared.unit,
    trainCount: encoded.trainRows,
    testCount: encoded.testRows,
    droppedCount: encoded.droppedRows,
    stratified: prepared.split.stratified,
    testExamples: prepared.testExamples,
    skipped: prepared.skipped,
    notes: prepared.notes,
    ...(prepared.imageMemory ? { imageMemory: prepared.imageMemory } : {}),
  };
}

/** The run's data: a table from the request or from the parse worker, image files indexed here. */
async function runData(request: StartRequest): Promise<KindRun> {
  const { data } = request;
  switch (data.kind) {
    case 'images': {
      const source = await imageSourceFromFiles(data.files, data.index);
      return { kind: 'images', source: data.unreadable ? { ...source, unreadable: data.unreadable } : source, plan: data.plan };
    }
    case 'table':
    case 'sequences': {
      const dataset = data.dataset ?? (request.datasetPort ? await receiveDataset(request.datasetPort) : null);
      if (!dataset) throw new Error('start request without a table and without a port to receive it');
      return data.kind === 'table' ? { kind: 'table', source: dataset, plan: data.plan } : { kind: 'sequences', source: dataset, plan: data.plan };
    }
  }
}

async function train(request: StartRequest): Promise<void> {
  let recorder: ExperimentRecorder | undefined;
  try {
    const data = await runData(request);
    recorder = await startRecorder({ id: crypto.randomUUID(), ...(await runIdentity(data)), model: request.model, settings: request.settings });
    const result = await runPipeline({ data, model: request.model, settings: request.settings }, runHooks(recorder, request));
    await finish(recorder, result);
  } catch (err) {
    const error = toAppErrorInfo(err, msg('train.worker.unexpected'));
    await recorder?.failed(error);
    post({ type: 'failed', error });
  }
}

/** Saves the finished run (before the evaluation's buffers are transferred and the model freed), then reports it. */
async function finish(recorder: ExperimentRecorder, result: Pick<PipelineResult, 'outcome' | 'evaluation' | 'model'>): Promise<void> {
  try {
    const saved = await recorder.finished(result.outcome, result.evaluation, result.model);
    post(
      { type: 'done', outcome: result.outcome, evaluation: result.evaluation, experimentId: saved.id },
      evaluationTransferables(result.evaluation),
    );
  } finally {
    result.model.dispose();
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = trainRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'failed', error: invalidMessageError('the window', parsed.error) });
    return;
  }
  const message = parsed.data;
  if (message.type === 'stop') {
    stopRequested = true;
    return;
  }
  if (running) {
    post({ type: 'failed', error: appErrorInfo({ code: 'train/busy', message: msg('train.worker.busy') }) });
    return;
  }
  running = true;
  stopRequested = false;
  // Preparing (encoding, the model's symbolic shapes) needs a ready backend before the engine
  // picks the training one: without this, tfjs would start initialising its favourite (WebGPU), asynchronously.
  const run = released
    .then(() => tf.setBackend('cpu'))
    .then(() => train(message))
    .finally(() => {
      running = false;
    });
  // The run's model is disposed by now: the GPU's pooled memory goes back to the system; a next
  // run waits for that.
  const release = (): Promise<unknown> => releaseGpuBackends();
  released = run.then(release, release).catch(() => []);
});
