/**
 * The training loop: one pass per epoch on a seeded permutation of the rows, so a seed
 * reproduces a run exactly; early stopping on the validation loss keeps the best epoch's
 * weights, and so does the user's Stop. Runs on whatever tf backend is active.
 *
 * Memory: inputs in memory become tensors once, and per epoch only their permuted copies exist,
 * disposed before the next epoch; inputs behind a reader (a large image set) are read a batch
 * at a time (epochs.ts), the same numbers either way. At the end only the returned model's
 * weights remain (the optimizer's slots are freed: the model is for predicting and saving, not
 * for more fit calls).
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import type { EncodedDataset, Task } from '../features/types';
import { buildModel } from '../model/build';
import { isSigmoidHead, lossForModel } from '../model/head';
import type { ModelSpec } from '../model/types';
import { createRng } from '../random';
import { SEED_STREAM, epochOrder, sampleSize, subSeed } from './data';
import { epochData, type EpochData } from './epochs';
import { trainingReader } from './sample-reader';
import { makeOptimizer, validateSettings } from './settings';
import type { BackendName, EpochMetrics, TrainingOutcome, TrainingProgress, TrainingSettings } from './types';

export interface TrainHooks {
  /**
   * After each complete epoch, with its metrics (a partial epoch cut by Stop is not reported) and
   * the model being trained (its weights are this epoch's; read them before returning to keep them).
   */
  onEpoch?(metrics: EpochMetrics, model: tf.LayersModel): void;
  /** During an epoch, at most every PROGRESS_EVERY_MS and at each epoch's last batch. */
  onProgress?(progress: TrainingProgress): void;
  /** Asked after every batch; true stops training after that batch, keeping the best weights so far. */
  shouldStop?(): boolean;
}

export interface TrainRequest {
  readonly spec: ModelSpec;
  readonly encoded: EncodedDataset;
  readonly settings: TrainingSettings;
  readonly task: Task;
  readonly hooks?: TrainHooks;
  /**
   * Training-only change of each epoch's inputs (image augmentation): gets the epoch's
   * `rowCount` rows in order (row-major) and a seeded rng, returns the rows to fit on.
   */
  readonly augment?: (rows: Float32Array, rowCount: number, rng: () => number) => Float32Array;
}

export interface TrainResult {
  readonly model: tf.Sequential;
  readonly outcome: TrainingOutcome;
}

const PROGRESS_EVERY_MS = 100;
/** Hand the event loop a turn this often, so a Stop message posted to the worker gets through. */
const YIELD_EVERY_MS = 50;

/** Per-batch work that needs no device read (no per-batch sync): dropout seeds, stop, progress, yielding. */
class BatchWatch extends tf.Callback {
  batchesThisEpoch = 0;
  constructor(private readonly beforeBatch: () => void, private readonly afterBatch: (batch: number) => Promise<void>) {
    super();
  }
  override async onBatchBegin(): Promise<void> {
    this.beforeBatch();
  }
  override async onBatchEnd(batch: number): Promise<void> {
    this.batchesThisEpoch = batch + 1;
    await this.afterBatch(batch);
  }
}

/** Copies of the weights of the best epoch so far (copies share storage until the optimizer writes). */
class BestWeights {
  value = Number.POSITIVE_INFINITY;
  epoch = 0;
  private weights: tf.Tensor[] = [];

  /** Keeps the model's current weights if `value` beats the best so far; says whether it did. */
  offer(value: number, epoch: number, model: tf.LayersModel): boolean {
    if (!(value < this.value)) return false; // NaN never wins
    this.dispose();
    this.value = value;
    this.epoch = epoch;
    this.weights = model.getWeights().map((w) => tf.clone(w));
    return true;
  }

  restore(model: tf.LayersModel): void {
    if (this.weights.length > 0) model.setWeights(this.weights);
  }

  dispose(): void {
    tf.dispose(this.weights);
    this.weights = [];
  }
}

interface DropoutSeed {
  seed?: number;
}

export async function trainModel(req: TrainRequest): Promise<TrainResult> {
  const problem = validateSettings(req.settings)[0];
  if (problem) throw new AppError(problem);
  if (req.encoded.trainRows < 1) {
    throw new AppError({
      code: 'train/no-rows',
      message: msg('train.noRows'),
    });
  }
  const startMs = tf.util.now();
  // A sigmoid head on two classes learns one 0/1 label per row with binary cross-entropy.
  const sigmoid = isSigmoidHead(req.task, req.spec.layers);
  const reader = trainingReader(req.encoded.trainX, sampleSize(req.encoded.inputShape));
  const data = epochData(req.encoded, {
    validationSplit: req.settings.validationSplit,
    seed: req.settings.seed,
    outputWidth: sigmoid ? 1 : req.encoded.outputUnits,
    augment: req.augment !== undefined,
    ...(reader ? { reader } : {}),
  });
  const best = new BestWeights();
  let model: tf.Sequential | undefined;
  let optimizer: tf.Optimizer | undefined;
  try {
    model = buildModel(req.spec, { seed: req.settings.seed });
    optimizer = makeOptimizer(req.settings.optimizer, req.settings.learningRate);
    model.compile({ optimizer, loss: lossForModel(req.task, req.spec.layers), metrics: [req.task === 'classification' ? 'accuracy' : 'mae'] });
    const run = await runEpochs(model, data, best, req, startMs);
    best.restore(model);
    const outcome: TrainingOutcome = {
      ...run,
      bestEpoch: best.epoch > 0 ? best.epoch : run.history.length,
      backend: tf.getBackend() as BackendName,
      elapsedMs: tf.util.now() - startMs,
    };
    return { model, outcome };
  } catch (err) {
    model?.dispose();
    throw err;
  } finally {
    best.dispose();
    optimizer?.dispose();
    data.dispose();
  }
}

async function runEpochs(
  model: tf.Sequential,
  data: EpochData,
  best: BestWeights,
  req: TrainRequest,
  startMs: number,
): Promise<{ history: EpochMetrics[]; stoppedEarly: boolean; stoppedByUser: boolean }> {
  const { settings, hooks = {} } = req;
  const shuffleRng = createRng(subSeed(settings.seed, SEED_STREAM.shuffle));
  const dropoutRng = createRng(subSeed(settings.seed, SEED_STREAM.dropout));
  const augmentRng = createRng(subSeed(settings.seed, SEED_STREAM.augment));
  const { augment } = req;
  const dropouts = model.layers.filter((l) => l.getClassName() === 'Dropout') as unknown as DropoutSeed[];
  const batches = Math.ceil(data.fitRows / settings.batchSize);
  const history: EpochMetrics[] = [];
  let epoch = 0;
  let stoppedByUser = false;
  let stoppedEarly = false;
  let epochsWithoutImprovement = 0;
  let lastProgressMs = Number.NEGATIVE_INFINITY;
  let lastYieldMs = tf.util.now();

  const watch = new BatchWatch(
    () => {
      // A fixed Dropout seed would draw the same mask for every batch; a fresh seeded one per
      // batch keeps dropout random yet reproducible.
      for (const layer of dropouts) layer.seed = 1 + Math.floor(dropoutRng() * 0x7fffffff);
    },
    async (batch) => {
      const now = tf.util.now();
      if (hooks.shouldStop?.()) {
        stoppedByUser = true;
        // After the last batch the epoch ends whole (its validation included) whichever way it is fed.
        if (batch + 1 < batches) model.stopTraining = true;
      }
      if (hooks.onProgress && (now - lastProgressMs >= PROGRESS_EVERY_MS || batch + 1 === batches)) {
        lastProgressMs = now;
        hooks.onProgress(progress(epoch, batch + 1, batches, settings.epochs, now - startMs));
      }
      if (now - lastYieldMs >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYieldMs = tf.util.now();
      }
    },
  );

  try {
    while (epoch < settings.epochs && !stoppedByUser && !stoppedEarly) {
      epoch += 1;
      watch.batchesThisEpoch = 0;
      const permutation = epochOrder(data.fitRows, shuffleRng);
      const fitted = await data.fitEpoch(model, permutation, {
        batchSize: settings.batchSize,
        callbacks: [watch],
        ...(augment ? { augment: (rows: Float32Array, count: number) => augment(rows, count, augmentRng) } : {}),
      });
      if (watch.batchesThisEpoch < batches) break; // stopped mid-epoch: no half-epoch point on the curves

      const metrics = epochMetrics(fitted.history, epoch, req, tf.util.now() - startMs);
      history.push(metrics);
      if (!Number.isFinite(metrics.loss)) {
        stoppedEarly = true; // diverged: more epochs cannot recover from NaN weights
      } else if (best.offer(metrics.valLoss ?? metrics.loss, epoch, model)) {
        epochsWithoutImprovement = 0;
      } else {
        epochsWithoutImprovement += 1;
        const patience = settings.earlyStoppingPatience;
        if (patience > 0 && epochsWithoutImprovement >= patience) stoppedEarly = true;
      }
      hooks.onEpoch?.(metrics, model);
    }
  } finally {
    for (const layer of dropouts) delete layer.seed; // leave no training-time seed in the saved config
  }
  return { history, stoppedEarly, stoppedByUser };
}

function progress(epoch: number, batch: number, batches: number, epochs: number, elapsedMs: number): TrainingProgress {
  const done = (epoch - 1) * batches + batch;
  const total = epochs * batches;
  // The first batch carries start-up costs (kernel compilation); no estimate from it alone.
  return { epoch, epochs, batch, batches, elapsedMs, etaMs: done > 1 ? (elapsedMs / done) * (total - done) : null };
}

/** Reads a metric from fit's history whatever tfjs names it (acc / accuracy). */
function lastValue(history: Record<string, unknown>, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const values = history[key];
    const value = Array.isArray(values) ? (values[values.length - 1] as unknown) : undefined;
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function epochMetrics(h: Record<string, unknown>, epoch: number, req: TrainRequest, elapsedMs: number): EpochMetrics {
  const loss = lastValue(h, 'loss') ?? Number.NaN;
  const valLoss = lastValue(h, 'val_loss');
  if (req.task === 'classification') {
    return withoutUndefined({
      epoch, loss, valLoss, elapsedMs,
      accuracy: lastValue(h, 'acc', 'accuracy'),
      valAccuracy: lastValue(h, 'val_acc', 'val_accuracy'),
    });
  }
  // MAE is computed on the standardised target; the user reads it in the target's own units.
  const std = req.encoded.preprocessing.targetStd ?? 1;
  const mae = lastValue(h, 'mae');
  const valMae = lastValue(h, 'val_mae');
  return withoutUndefined({
    epoch, loss, valLoss, elapsedMs,
    mae: mae === undefined ? undefined : mae * std,
    valMae: valMae === undefined ? undefined : valMae * std,
  });
}

/** Drops keys whose value is undefined, so records compare and serialise cleanly. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

// Core compiles without DOM or Node types: the scheduling functions are looked up structurally.
interface PortLike {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
}
interface Scheduling {
  setImmediate?: (callback: () => void) => unknown;
  MessageChannel?: new () => { port1: PortLike; port2: PortLike };
}

let channel: { port1: PortLike; port2: PortLike } | undefined;
const waiting: (() => void)[] = [];

/**
 * A macrotask turn, so messages (Stop) reach a worker. Not tf.nextFrame: it waits for
 * requestAnimationFrame where one exists, which stalls while the window is hidden. Not
 * setTimeout(0) either: nested timeouts are clamped to 4 ms, which cost 8 % of a fast run's time
 * when it yields every 50 ms. Node: setImmediate; a browser worker: a message to itself.
 */
function yieldToEventLoop(): Promise<void> {
  const scope = globalThis as unknown as Scheduling;
  if (scope.setImmediate) {
    const setImmediate = scope.setImmediate;
    return new Promise((resolve) => {
      setImmediate(resolve);
    });
  }
  if (scope.MessageChannel) {
    if (!channel) {
      channel = new scope.MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    const port = channel.port2;
    return new Promise((resolve) => {
      waiting.push(resolve);
      port.postMessage(null);
    });
  }
  return tf.nextFrame();
}
