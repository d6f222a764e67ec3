/**
 * Saves a training run as an experiment while it happens: the train worker holds the
 * model, so it writes. The record is created 'running'; each epoch appends to the history and,
 * when the monitored loss improved, the best weights are written with it (record + weights in
 * one store transaction). So a window closed mid-run leaves the run with its best weights so far.
 *
 * Writes are serialised and coalesced: never two at once, and epochs that arrive during a write
 * are saved together by the next one. Weights are written at most once per
 * WEIGHTS_WRITE_INTERVAL_MS (serialising megabytes every epoch of a fast run would slow it),
 * except at the end; a best kept back by that limit is written by a timer or the next write.
 *
 * A store that fails (quota, no IndexedDB) never stops training: nothing here rejects; the
 * first failure is reported once through `onStoreError`.
 */
import type * as tf from '@tensorflow/tfjs';
import { toAppErrorInfo, type AppErrorInfo } from '../core/errors';
import type { Evaluation } from '../core/evaluate/types';
import { newExperimentRecord, statusText, type NewExperimentInput } from '../core/experiment/record';
import type { ExperimentRecord, ExperimentStore, StoredWeights } from '../core/experiment/types';
import { weightsFromModel } from '../core/experiment/weights';
import type { Preprocessing } from '../core/features/types';
import type { ModelSpec, ModelSummary } from '../core/model/types';
import type { BackendName, EpochMetrics, TrainingOutcome } from '../core/train/types';

export const WEIGHTS_WRITE_INTERVAL_MS = 2000;

export type RecorderStart = Omit<NewExperimentInput, 'now'>;

export interface RecorderOptions {
  /** Told once, at the first store failure; training goes on unsaved. */
  onStoreError?(error: AppErrorInfo): void;
  /** Clock for timestamps and the weights-write interval (tests). Default Date.now. */
  now?: () => number;
}

export interface RecorderPrepared {
  preprocessing: Preprocessing;
  spec: ModelSpec;
  summary: ModelSummary;
  split: { trainRows: number; testRows: number; stratified: boolean };
  testExamples?: readonly string[];
}

export interface ExperimentRecorder {
  /** The experiment's id and name, as saved. */
  readonly id: string;
  readonly name: string;
  prepared(info: RecorderPrepared): Promise<void>;
  backend(info: { backend: BackendName; label: string; reason: string }): Promise<void>;
  /** Call right after the epoch, before training goes on: the weights are read at the call. */
  epoch(metrics: EpochMetrics, model: tf.LayersModel): Promise<void>;
  /** `model` must hold the kept (best) weights, as the pipeline's result does; call before transferring the evaluation or disposing the model. */
  finished(outcome: TrainingOutcome, evaluation: Evaluation, model: tf.LayersModel): Promise<ExperimentRecord>;
  failed(error: AppErrorInfo): Promise<void>;
}

/** Two runs started in the same minute would share the default name: the later one gets " (2)", " (3)", … */
async function uniqueName(store: ExperimentStore, name: string): Promise<string> {
  let taken: Set<string>;
  try {
    taken = new Set((await store.list()).map((r) => r.name));
  } catch {
    return name; // the save itself will report the store's problem
  }
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

export async function createExperimentRecorder(
  store: ExperimentStore,
  start: RecorderStart,
  options: RecorderOptions = {},
): Promise<ExperimentRecorder> {
  const now = options.now ?? Date.now;
  const record = newExperimentRecord({ ...start, now: now() });
  const recorder = new Recorder(store, { ...record, name: await uniqueName(store, record.name) }, now, options.onStoreError);
  await recorder.save();
  return recorder;
}

interface PendingWeights {
  readonly epoch: number;
  readonly weights: Promise<StoredWeights>;
}

type SetTimer = (callback: () => void, ms: number) => unknown;
type ClearTimer = (handle: unknown) => void;

class Recorder implements ExperimentRecorder {
  /** The record as known here; bestEpoch/hasWeights are taken from `storedEpoch` when written. */
  private base: ExperimentRecord;
  /** Epoch of the weights in the store (undefined: none yet). */
  private storedEpoch: number | undefined;
  private bestMonitored = Number.POSITIVE_INFINITY;
  /** Best weights not yet in the store. */
  private pending: PendingWeights | undefined;
  private lastWeightsWriteAt = Number.NEGATIVE_INFINITY;
  /** Set at the end: the last write includes the weights whatever the interval. */
  private final = false;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private timer: unknown;
  private reported = false;

  get id(): string {
    return this.base.id;
  }

  get name(): string {
    return this.base.name;
  }

  constructor(
    private readonly store: ExperimentStore,
    record: ExperimentRecord,
    private readonly now: () => number,
    private readonly onStoreError: ((error: AppErrorInfo) => void) | undefined,
  ) {
    this.base = record;
  }

  prepared(info: RecorderPrepared): Promise<void> {
    if (this.final) return Promise.resolve();
    const { preprocessing, spec, summary, split, testExamples } = info;
    this.change({ preprocessing, spec, summary, split: { ...split }, ...(testExamples ? { testExamples: [...testExamples] } : {}) });
    return this.save();
  }

  backend(info: { backend: BackendName; label: string; reason: string }): Promise<void> {
    if (this.final) return Promise.resolve();
    this.change({ backend: { backend: info.backend, label: info.label, reason: info.reason } });
    return this.save();
  }

  epoch(metrics: EpochMetrics, model: tf.LayersModel): Promise<void> {
    if (this.final) return Promise.resolve();
    this.change({ history: [...this.base.history, { ...metrics }] });
    // The same rule as the training loop's best weights (train.ts): valLoss when there is one; NaN never wins.
    const monitored = metrics.valLoss ?? metrics.loss;
    if (Number.isFinite(metrics.loss) && monitored < this.bestMonitored) {
      this.bestMonitored = monitored;
      this.pending = { epoch: metrics.epoch, weights: this.capture(model, metrics.epoch) };
    }
    return this.save();
  }

  async finished(outcome: TrainingOutcome, evaluation: Evaluation, model: tf.LayersModel): Promise<ExperimentRecord> {
    if (this.final) return this.record();
    // Synchronously, before the caller transfers the evaluation's buffers or disposes the model.
    let evaluationCopy: Evaluation | undefined;
    try {
      evaluationCopy = structuredClone(evaluation);
    } catch (err) {
      this.report(err);
    }
    this.pending = { epoch: outcome.bestEpoch, weights: this.capture(model, outcome.bestEpoch) };
    this.end({
      status: outcome.stoppedByUser ? 'stopped' : 'completed',
      history: outcome.history.map((m) => ({ ...m })),
      elapsedMs: outcome.elapsedMs,
      ...(evaluationCopy ? { evaluation: evaluationCopy } : {}),
    });
    await this.save();
    return this.record();
  }

  async failed(error: AppErrorInfo): Promise<void> {
    if (this.final) return;
    this.end({ status: 'failed', statusText: error.message });
    await this.save(); // with the best weights kept back by the interval, if any
  }

  /** Writes the current state; resolves once it is in the store (or the store failed). Never rejects. */
  save(): Promise<void> {
    this.dirty = true;
    if (!this.writing) this.writing = this.drain();
    return this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.writeOnce();
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async writeOnce(): Promise<void> {
    const at = this.now();
    const pending = this.pending;
    let weights: StoredWeights | undefined;
    if (pending && (this.final || at - this.lastWeightsWriteAt >= WEIGHTS_WRITE_INTERVAL_MS)) {
      try {
        weights = await pending.weights;
      } catch (err) {
        this.report(err);
        if (this.pending === pending) this.pending = undefined;
      }
    }
    try {
      await this.store.put(this.record(weights?.epoch), weights);
      if (weights) {
        this.storedEpoch = weights.epoch;
        this.lastWeightsWriteAt = at;
        if (this.pending === pending) this.pending = undefined;
      }
    } catch (err) {
      this.report(err);
    }
    if (this.pending && !this.final) this.armTimer(at);
  }

  /** The record to store, with the weights `weightsEpoch` (written with it) or those already stored. */
  private record(weightsEpoch = this.storedEpoch): ExperimentRecord {
    const { bestEpoch: _bestEpoch, ...rest } = this.base;
    const record: ExperimentRecord = {
      ...rest,
      ...(weightsEpoch !== undefined ? { bestEpoch: weightsEpoch } : {}),
      hasWeights: weightsEpoch !== undefined,
    };
    return record.status === 'running' ? record : { ...record, statusText: statusText(record) };
  }

  private change(patch: Partial<ExperimentRecord>): void {
    this.base = { ...this.base, ...patch, updatedAt: this.now() };
  }

  private end(patch: Partial<ExperimentRecord>): void {
    this.final = true;
    this.clearTimer();
    this.change(patch);
  }

  /** Starts reading the weights now (model.save reads them synchronously); the promise never goes unhandled. */
  private capture(model: tf.LayersModel, epoch: number): Promise<StoredWeights> {
    let weights: Promise<StoredWeights>;
    try {
      weights = weightsFromModel(model, epoch);
    } catch (err) {
      weights = Promise.reject(err);
    }
    weights.catch(() => undefined);
    return weights;
  }

  /** A best kept back by the interval is written when the interval is over, even if no epoch comes. */
  private armTimer(at: number): void {
    if (this.timer !== undefined) return;
    const setTimer = (globalThis as { setTimeout?: SetTimer }).setTimeout;
    if (!setTimer) return;
    const wait = Math.min(WEIGHTS_WRITE_INTERVAL_MS, Math.max(0, this.lastWeightsWriteAt + WEIGHTS_WRITE_INTERVAL_MS - at));
    this.timer = setTimer(() => {
      this.timer = undefined;
      if (!this.final) void this.save();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer === undefined) return;
    (globalThis as { clearTimeout?: ClearTimer }).clearTimeout?.(this.timer);
    this.timer = undefined;
  }

  private report(err: unknown): void {
    if (this.reported) return;
    this.reported = true;
    const info = storeErrorInfo(err);
    console.warn(`${info.message}\n${info.detail ?? ''}`);
    try {
      this.onStoreError?.(info);
    } catch {
      // The listener's own failure must not reach training either.
    }
  }
}

function storeErrorInfo(err: unknown): AppErrorInfo {
  const detail = toAppErrorInfo(err).detail ?? (err instanceof Error ? err.message : String(err));
  const quota = (err as { name?: unknown } | null)?.name === 'QuotaExceededError';
  return {
    code: quota ? 'experiment/storage-full' : 'experiment/save-failed',
    message: quota
      ? 'This run is not being saved: the disk is full or the app’s storage space is used up. Training goes on; delete old experiments to make room.'
      : 'This run could not be saved as an experiment. Training goes on, but the run will not be in the Experiments list.',
    detail,
  };
}
