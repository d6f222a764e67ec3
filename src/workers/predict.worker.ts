/**
 * Predicts off the UI thread: loads an experiment's weights from the store (IndexedDB is there
 * in a dedicated worker too), rebuilds the model, runs core's predictRows (a table's rows) or
 * predictImages (new images, decoded here by the browser as the images worker decodes them for
 * training) and posts the table.
 * The model of the last experiment is kept for the next request (a form is predicted row after
 * row) and disposed when another experiment is asked for or the panel says 'dispose'.
 *
 * On the CPU backend: a prediction is a few matrix products, and the same backend as the
 * `layerbench predict` command gives the same numbers as it.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError, appErrorInfo, quoteInput, toAppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import { translator } from '../core/i18n/translate';
import { modelFromWeights } from '../core/experiment/weights';
import { predictionsCsv, predictRows } from '../core/experiment/predict';
import { imagePredictionsCsv, imagesFromBytes, predictImages } from '../core/experiment/predict-images';
import { decodeImageInBrowser } from './image-source';
import type { Preprocessing } from '../core/features/types';
import { openExperimentStore } from '../host/experiment-store';
import type { ExperimentStore } from '../core/experiment/types';
import { invalidMessageError } from './messages';
import { MAX_PREDICT_IMAGES, predictRequestSchema, predictionTransferables, tooManyImages, type PredictRequest, type PredictResponse } from './predict-messages';

type PredictMessage = Extract<PredictRequest, { type: 'predict' }>;
type PredictImagesMessage = Extract<PredictRequest, { type: 'predict-images' }>;

let store: Promise<ExperimentStore> | null = null;
let loaded: { readonly experimentId: string; readonly model: tf.LayersModel; readonly pre: Preprocessing } | null = null;
// Requests run one after another: a model is never loaded twice at once.
let queue: Promise<void> = Promise.resolve();

function post(message: PredictResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function dispose(): void {
  loaded?.model.dispose();
  loaded = null;
}

async function modelFor(experimentId: string): Promise<NonNullable<typeof loaded>> {
  if (loaded?.experimentId === experimentId) return loaded;
  dispose();
  store ??= openExperimentStore();
  const experiments = await store;
  const [record, weights] = await Promise.all([experiments.get(experimentId), experiments.getWeights(experimentId)]);
  if (!record) {
    throw new AppError({ code: 'predict/no-experiment', message: msg('predict.noExperiment'), detail: experimentId });
  }
  if (!weights || !record.preprocessing) {
    throw new AppError({
      code: 'predict/no-weights',
      message: msg('predict.noWeights', { name: quoteInput(record.name) }),
      detail: `${experimentId}: weights ${weights ? 'present' : 'missing'}, preprocessing ${record.preprocessing ? 'present' : 'missing'}`,
    });
  }
  await tf.setBackend('cpu');
  const model = await modelFromWeights(weights);
  loaded = { experimentId, model, pre: record.preprocessing };
  return loaded;
}

async function predict(message: PredictMessage): Promise<void> {
  try {
    const { model, pre } = await modelFor(message.experimentId);
    // The file's text goes along: it tells a cell the parser read as no number ("Infinity") from an empty one.
    const { table, problems } = await predictRows(model, pre, message.dataset, message.text);
    const csv = message.withCsv ? predictionsCsv(message.dataset, table, pre, message.text, translator(message.locale ?? 'en')) : undefined;
    post({ type: 'done', requestId: message.requestId, table, problems: [...problems], ...(csv !== undefined ? { csv } : {}) }, predictionTransferables(table));
  } catch (err) {
    post({ type: 'failed', requestId: message.requestId, error: toAppErrorInfo(err, msg('predict.failed')) });
  }
}

async function predictNewImages(message: PredictImagesMessage): Promise<void> {
  try {
    const { model, pre } = await modelFor(message.experimentId);
    const table = await predictImages(model, pre, imagesFromBytes(message.images), (bytes, name) => decodeImageInBrowser(bytes, name));
    const csv = message.withCsv === true ? imagePredictionsCsv(table, pre, translator(message.locale ?? 'en')) : undefined;
    post({ type: 'done', requestId: message.requestId, table, problems: [], ...(csv !== undefined ? { csv } : {}) }, predictionTransferables(table));
  } catch (err) {
    post({ type: 'failed', requestId: message.requestId, error: toAppErrorInfo(err, msg('predict.failed')) });
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = predictRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    const many = tooManyImages(event.data);
    const error = many === null
      ? invalidMessageError('the window', parsed.error)
      : appErrorInfo({ code: 'predict/too-many-images', message: msg('predict.images.tooMany', { max: MAX_PREDICT_IMAGES, count: many.count }) });
    post({ type: 'failed', requestId: many?.requestId ?? -1, error });
    return;
  }
  const message = parsed.data;
  queue = queue.then(() => {
    if (message.type === 'dispose') return dispose();
    return message.type === 'predict' ? predict(message) : predictNewImages(message);
  });
});
