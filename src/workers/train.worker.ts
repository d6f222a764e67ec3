/**
 * Trains off the UI thread: registers the extra tfjs backends, lets core choose one, runs the
 * pipeline (prepare → train → evaluate) and posts what happens. A 'stop' message ends training
 * after the current batch; the best weights so far are kept and still evaluated.
 */
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { toAppErrorInfo } from '../core/errors';
import { runImagePipeline } from '../core/images/pipeline';
import { runPipeline, type PipelineRequest } from '../core/pipeline';
import { chooseBackend } from '../core/train/backend';
import {
  evaluationTransferables,
  invalidMessageError,
  trainRequestSchema,
  type BackendPreference,
  type ImageTrainRequest,
  type TrainResponse,
} from './messages';
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

function post(message: TrainResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function train(request: PipelineRequest, preference: BackendPreference): Promise<void> {
  running = true;
  stopRequested = false;
  try {
    const info = await chooseBackend(preference, request.model.layers);
    post({ type: 'backend', info });
    let lastProgress = 0;
    const result = await runPipeline(request, {
      onPrepared: (prepared) =>
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
        }),
      onEpoch: (metrics) => post({ type: 'epoch', metrics }),
      onProgress: (progress) => {
        const now = performance.now();
        const lastBatch = progress.batch >= progress.batches;
        if (!lastBatch && now - lastProgress < PROGRESS_INTERVAL_MS) return;
        lastProgress = now;
        post({ type: 'progress', progress });
      },
      shouldStop: () => stopRequested,
    });
    try {
      post(
        { type: 'done', outcome: result.outcome, evaluation: result.evaluation },
        evaluationTransferables(result.evaluation),
      );
    } finally {
      result.model.dispose();
    }
  } catch (err) {
    post({ type: 'failed', error: toAppErrorInfo(err, 'Training stopped because of an unexpected problem.') });
  } finally {
    running = false;
  }
}

async function trainImages(request: ImageTrainRequest, preference: BackendPreference): Promise<void> {
  running = true;
  stopRequested = false;
  try {
    const source = await imageSourceFromFiles(request.files, request.index);
    const info = await chooseBackend(preference, request.model.layers);
    post({ type: 'backend', info });
    let lastProgress = 0;
    const throttled = (): boolean => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS) return true;
      lastProgress = now;
      return false;
    };
    const result = await runImagePipeline(
      { source, plan: request.plan, model: request.model, settings: request.settings },
      {
        onImageProgress: (progress) => {
          if (progress.done < progress.total && throttled()) return;
          post({ type: 'image-progress', progress });
        },
        onPrepared: (prepared) =>
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
          }),
        onEpoch: (metrics) => post({ type: 'epoch', metrics }),
        onProgress: (progress) => {
          if (progress.batch < progress.batches && throttled()) return;
          post({ type: 'progress', progress });
        },
        shouldStop: () => stopRequested,
      },
    );
    try {
      post({ type: 'done', outcome: result.outcome, evaluation: result.evaluation }, evaluationTransferables(result.evaluation));
    } finally {
      result.model.dispose();
    }
  } catch (err) {
    post({ type: 'failed', error: toAppErrorInfo(err, 'Training on the images stopped because of an unexpected problem.') });
  } finally {
    running = false;
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
  if (message.type === 'start-images') void trainImages(message.request, message.backend);
  else void train(message.request, message.backend);
});
