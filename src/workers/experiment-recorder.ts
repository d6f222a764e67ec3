/**
 * Saves a training run as an experiment while it happens: the train worker holds the
 * model, so it writes. The record is created 'running'; each epoch appends to the history and,
 * when the monitored loss improved, the best weights are written with it (record + weights in
 * one store transaction). So a window closed mid-run leaves the run with its best weights so far.
 *
 * After the record is created, every save goes through `store.saveRun`: only the run's own
 * fields are written, so the user may rename a running run or write its notes, and a run deleted
 * while it trains stays deleted (training goes on, nothing more is stored; undoing the delete
 * brings it back and the saves go on).
 *
 * Writes are serialised and coalesced: never two at once, and epochs that arrive during a write
 * are saved together by the next one. Weights are written at most once per
 * WEIGHTS_WRITE_INTERVAL_MS (serialising megabytes every epoch of a fast run would slow it),
 * except at the end; a best kept back by that limit is written by a timer or the next write.
 *
 * When weights cannot be written (quota), the record is written without them at once: the
 * curves, the status and the evaluation are never lost with the model. A finished run whose
 * final model could not be kept says why in `weightsNotKept`.
 *
 * A store that fails (quota, no IndexedDB) never stops training: nothing here rejects; each
 * kind of failure is reported once through `onStoreError`.
 */
import type * as tf from '@tensorflow/tfjs';
import type { AppErrorInfo } from '../core/errors';
import type { Evaluation } from '../core/evaluate/types';
import { newExperimentRecord, statusText, type NewExperimentInput } from '../core/experiment/record';
import type { ExperimentRecord, ExperimentStore, StoredWeights } from '../core/experiment/types';
import { weightsFromModel } from '../core/experiment/weights';
import type { Preprocessing } from '../core/features/types';
import type { ModelSpec, ModelSummary } from '../core/model/types';
import type { BackendName, EpochMetrics, TrainingOutcome } from '../core/train/types';
import type { Message } from '../core/i18n/message';
import { english } from '../core/i18n/translate';
import { storeErrorInfo, weightsErrorInfo, weightsNotKeptText } from './experiment-save-errors';

export const WEIGHTS_WRITE_INTERVAL_MS = 2000;

export type RecorderStart = Omit<NewExperimentInput, 'now'>;

export interface RecorderOptions {
  /** Told once for each kind of store failure; training goes on (unsaved, or without its model). */
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
  backend(info: { backend: BackendName; label: string; reason: Message }): Promise<void>;
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
  /** Until the record is in the store, a save creates it; after that, a save only patches the run's fields. */
  private created = false;
  /** The stored weights no longer match the run (its final model could not be kept): the next write deletes them. */
  private dropStored = false;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private timer: unknown;
  /** Codes of the problems already reported: each is told once. */
  private readonly reported = new Set<string>();

  get id(): string {
    return this.base.id;
  }

  /** As stored: a rename during the run is picked up by the next save. */
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

  backend(info: { backend: BackendName; label: string; reason: Message }): Promise<void> {
    if (this.final) return Promise.resolve();
    // The record keeps the reason for developers and exports, in English; the screen shows it live.
    this.change({ backend: { backend: info.backend, label: info.label, reason: english(info.reason) } });
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
      this.report(storeErrorInfo(err));
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
    this.end({ status: 'failed', statusText: error.msg });
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
    let weightsProblem: AppErrorInfo | undefined;
    if (pending && (this.final || at - this.lastWeightsWriteAt >= WEIGHTS_WRITE_INTERVAL_MS)) {
      // Set on failure too: weights that cannot be written are tried again after the interval, not at every epoch.
      this.lastWeightsWriteAt = at;
      const problem = await this.writeWithWeights(pending);
      if (!problem) {
        this.afterWrite(at);
        return;
      }
      weightsProblem = weightsErrorInfo(problem.error);
      this.weightsFailed(pending, problem.error, problem.readFailed);
    }
    // Without weights (none due, or they failed): the history, status and evaluation are kept all the same.
    try {
      await this.write(this.storedEpoch, this.dropStored ? 'drop' : undefined);
      this.dropStored = false;
      // Told only once the rest is known to be saved: otherwise the store's own problem is the news.
      if (weightsProblem) this.report(weightsProblem);
    } catch (err) {
      this.report(storeErrorInfo(err));
    }
    this.afterWrite(at);
  }

  /** Writes the record with the pending weights; says why when the weights could not be read or written (nothing was written then). */
  private async writeWithWeights(pending: PendingWeights): Promise<{ error: unknown; readFailed: boolean } | undefined> {
    let weights: StoredWeights;
    try {
      weights = await pending.weights;
    } catch (error) {
      return { error, readFailed: true };
    }
    try {
      // Deleted meanwhile: nothing stored; the weights stay pending in case the delete is undone.
      if (!(await this.write(weights.epoch, weights))) return undefined;
    } catch (error) {
      return { error, readFailed: false };
    }
    this.storedEpoch = weights.epoch;
    if (this.pending === pending) this.pending = undefined;
    return undefined;
  }

  /**
   * Weights that cannot be read will not be later; weights that cannot be written are tried
   * again during training. At the end there is no later: a run with an evaluation must not keep
   * older weights than the ones evaluated, so they go, and the record says why.
   */
  private weightsFailed(pending: PendingWeights, error: unknown, readFailed: boolean): void {
    if (this.pending === pending && (readFailed || this.final)) this.pending = undefined;
    if (!this.final || this.storedEpoch === pending.epoch) return; // the same weights are stored already
    const withEvaluation = this.base.evaluation !== undefined;
    if (!withEvaluation && this.storedEpoch !== undefined) return; // a failed run keeps its best weights so far
    this.dropStored = this.storedEpoch !== undefined;
    this.storedEpoch = undefined;
    this.change({ weightsNotKept: weightsNotKeptText(error, readFailed, withEvaluation) });
  }

  /**
   * One store write of the record as known here, with `weightsEpoch`'s weights (written with it
   * or already stored). False when the record was deleted meanwhile: nothing is written then.
   */
  private async write(weightsEpoch: number | undefined, weights?: StoredWeights | 'drop'): Promise<boolean> {
    const record = this.record(weightsEpoch);
    if (!this.created) {
      await this.store.put(record, weights === 'drop' ? undefined : weights);
      this.created = true;
      return true;
    }
    const saved = await this.store.saveRun(record.id, record, weights);
    if (!saved) return false;
    this.base = { ...this.base, name: saved.name, notes: saved.notes };
    return true;
  }

  private afterWrite(at: number): void {
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

  private report(info: AppErrorInfo): void {
    if (this.reported.has(info.code)) return;
    this.reported.add(info.code);
    console.warn(`${info.message}\n${info.detail ?? ''}`);
    try {
      this.onStoreError?.(info);
    } catch {
      // The listener's own failure must not reach training either.
    }
  }
}
