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
import { toAppErrorInfo } from '../core/errors';
import type { ExperimentStore } from '../core/experiment/types';
import { runImagePipeline } from '../core/images/pipeline';
import { runPipeline, type PipelineHooks, type PipelineRequest, type PipelineResult } from '../core/pipeline';
import { releaseGpuBackends } from '../core/train/backend';
import { selectEngineBackend, type BackendCache } from '../core/train/engine-backend';
import type { TrainingProgress } from '../core/train/types';
import { openExperimentStore } from '../host/experiment-store';
import { createMemoryExperimentStore } from '../host/memory-experiment-store';
import { fingerprintDataset, fingerprintImages } from '../core/experiment/fingerprint';
import { createExperimentRecorder, type ExperimentRecorder, type RecorderStart } from './experiment-recorder';
import {
  evaluationTransferables,
  invalidMessageError,
  trainRequestSchema,
  type BackendPreference,
  type BackendRankings,
  type ImageTrainRequest,
  type TrainRequest,
  type TrainResponse,
} from './messages';
import { receiveDataset } from './dataset-handoff';
import type { TypedDataset } from '../core/data/types';
import { imageSourceFromFiles } from './image-source';

// Bundled by vite next to the worker, so the wasm files load from 'self' under the app's CSP.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});

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
    post({ type: 'warning', warning: toAppErrorInfo(err, 'Runs cannot be saved in this window; this one is kept only until it closes.') });
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

/** The hooks both pipelines share: backend choice with pre-flight, epochs, progress, stop, saving. */
function commonHooks(recorder: ExperimentRecorder, preference: BackendPreference, rankings: BackendRankings | undefined, batchSize: number, seed: number): Required<Pick<PipelineHooks, 'beforeTraining' | 'onEpoch' | 'onProgress' | 'shouldStop'>> {
  let lastProgress = 0;
  return {
    beforeTraining: async ({ spec, encoded, task }) => {
      const chosen = await selectEngineBackend({ preference, spec, encoded, task, batchSize, seed, cache: rankingCache(rankings) });
      const info = { backend: chosen.backend, label: chosen.label, reason: chosen.reason, preflight: chosen.preflight.message };
      post({ type: 'backend', info });
      void recorder.backend(info);
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

async function train(request: PipelineRequest, preference: BackendPreference, rankings: BackendRankings | undefined): Promise<void> {
  let recorder: ExperimentRecorder | undefined;
  try {
    recorder = await startRecorder({
      id: crypto.randomUUID(),
      dataset: { name: request.dataset.name, kind: 'table', rows: request.dataset.rowCount, sizeBytes: request.dataset.sizeBytes, fingerprint: fingerprintDataset(request.dataset) },
      task: request.plan.task,
      plan: request.plan,
      model: request.model,
      settings: request.settings,
    });
    const rec = recorder;
    const result = await runPipeline(request, {
      ...commonHooks(rec, preference, rankings, request.settings.batchSize, request.settings.seed),
      onPrepared: (prepared) => {
        post({
          type: 'prepared',
          prepared: {
            summary: prepared.summary,
            shape: prepared.shape,
            head: prepared.head,
            trainRows: prepared.encoded.trainRows,
            testRows: prepared.encoded.testRows,
            droppedRows: prepared.encoded.droppedRows,
            stratified: prepared.split.stratified,
          },
        });
        void rec.prepared({
          preprocessing: prepared.encoded.preprocessing,
          spec: prepared.spec,
          summary: prepared.summary,
          split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
        });
      },
    });
    await finish(rec, result);
  } catch (err) {
    const error = toAppErrorInfo(err, 'Training stopped because of an unexpected problem.');
    await recorder?.failed(error);
    post({ type: 'failed', error });
  }
}

async function trainImages(request: ImageTrainRequest, preference: BackendPreference, rankings: BackendRankings | undefined): Promise<void> {
  let recorder: ExperimentRecorder | undefined;
  try {
    const source = await imageSourceFromFiles(request.files, request.index);
    const { index } = source;
    recorder = await startRecorder({
      id: crypto.randomUUID(),
      dataset: { name: index.name, kind: 'images', rows: index.entries.length, ...(await fingerprintImages(index.entries.map((e) => e.relativePath), source.read)) },
      task: index.task,
      plan: { target: index.targetName, features: [], task: index.task },
      imagePlan: request.plan,
      model: request.model,
      settings: request.settings,
    });
    const rec = recorder;
    let lastImageProgress = 0;
    const result = await runImagePipeline(
      { source, plan: request.plan, model: request.model, settings: request.settings },
      {
        ...commonHooks(rec, preference, rankings, request.settings.batchSize, request.settings.seed),
        onImageProgress: (progress) => {
          const now = performance.now();
          if (progress.done < progress.total && now - lastImageProgress < PROGRESS_INTERVAL_MS) return;
          lastImageProgress = now;
          post({ type: 'image-progress', progress });
        },
        onPrepared: (prepared) => {
          post({
            type: 'prepared',
            prepared: {
              summary: prepared.summary,
              shape: { inputShape: prepared.shape.inputShape, text: prepared.shape.text, parts: [], sum: prepared.shape.summary, noneMeaning: prepared.shape.noneMeaning },
              head: prepared.head,
              trainRows: prepared.encoded.trainRows,
              testRows: prepared.encoded.testRows,
              droppedRows: prepared.encoded.droppedRows,
              stratified: prepared.split.stratified,
              image: { shape: prepared.shape, skipped: prepared.skipped, testPaths: prepared.testPaths },
            },
          });
          void rec.prepared({
            preprocessing: prepared.encoded.preprocessing,
            spec: prepared.spec,
            summary: prepared.summary,
            split: { trainRows: prepared.encoded.trainRows, testRows: prepared.encoded.testRows, stratified: prepared.split.stratified },
            testPaths: prepared.testPaths,
          });
        },
      },
    );
    await finish(rec, result);
  } catch (err) {
    const error = toAppErrorInfo(err, 'Training on the images stopped because of an unexpected problem.');
    await recorder?.failed(error);
    post({ type: 'failed', error });
  }
}

/** A table run whose dataset comes from the parse worker (dataset-handoff.ts). */
async function trainFromPort(message: Extract<TrainRequest, { type: 'start-with-port' }>): Promise<void> {
  let dataset: TypedDataset;
  try {
    dataset = await receiveDataset(message.datasetPort);
  } catch (err) {
    post({ type: 'failed', error: toAppErrorInfo(err, 'The table could not be handed to the training process.') });
    return;
  }
  await train({ ...message.request, dataset }, message.backend, message.rankings);
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
    post({ type: 'failed', error: { code: 'train/busy', message: 'A training run is already in progress.' } });
    return;
  }
  running = true;
  stopRequested = false;
  // Preparing (encoding, the model's symbolic shapes) needs a ready backend before the engine
  // picks the training one: without this, tfjs would start initialising its favourite (WebGPU), asynchronously.
  const run = released
    .then(() => tf.setBackend('cpu'))
    .then(() => {
      if (message.type === 'start-images') return trainImages(message.request, message.backend, message.rankings);
      if (message.type === 'start-with-port') return trainFromPort(message);
      return train(message.request, message.backend, message.rankings);
    })
    .finally(() => {
      running = false;
    });
  // The run's model is disposed by now: the GPU's pooled memory goes back to the system; a next
  // run waits for that.
  const release = (): Promise<unknown> => releaseGpuBackends();
  released = run.then(release, release).catch(() => []);
});
