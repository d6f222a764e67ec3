/**
 * An experiment: one training run and everything needed to see it again, compare it, predict
 * with it and export it (docs/architecture.md: the last record of the flow). Saved as it happens.
 */
import type { Evaluation } from '../evaluate/types';
import type { FeaturePlan, Preprocessing, Task } from '../features/types';
import type { ImageEncodingPlan } from '../sources/images/types';
import type { SequencePlan } from '../sources/sequences/types';
import type { ModelDraft } from '../model/designer-types';
import type { ModelSpec, ModelSummary } from '../model/types';
import type { BackendName, EpochMetrics, TrainingSettings } from '../train/types';
import type { Message } from '../i18n/message';

/**
 * Words a record keeps for the user: a catalogue message, rendered in the reader's language. A
 * record saved before messages holds English text there, shown as it is.
 */
export type RecordText = Message | string;

export const EXPERIMENT_VERSION = 1;

/**
 * running: training now (or the app died during it: see `interrupted`);
 * completed: all epochs or early stopping; stopped: the user pressed Stop;
 * interrupted: found still "running" at start-up (window closed or crash), kept with its best weights;
 * failed: training threw (statusText says why).
 */
export type ExperimentStatus = 'running' | 'completed' | 'stopped' | 'interrupted' | 'failed';

/** Which data a run saw: enough to tell "the same file" from "a different one". */
export interface DatasetIdentity {
  /** File or folder name as the user knows it, e.g. "penguins.csv". */
  readonly name: string;
  readonly kind: 'table' | 'images' | 'sequences';
  /** Rows of the table (of a sequences file too), or images used. */
  readonly rows: number;
  readonly sizeBytes: number;
  /** SHA-256 (hex) of the content (see fingerprint.ts): same content, same fingerprint. */
  readonly fingerprint: string;
}

/** tfjs' own weight description (tf.io.WeightsManifestEntry['weights'][number], narrowed). */
export interface StoredWeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: 'float32' | 'int32' | 'bool';
}

/**
 * The trained model as tfjs ModelArtifacts pieces (what model.save() hands to a save handler),
 * so that exporting is serialisation only and loading is tf.io.fromMemory.
 */
export interface StoredWeights {
  /** The Keras-style topology JSON tfjs writes into model.json's "modelTopology". */
  readonly modelTopology: unknown;
  readonly weightSpecs: readonly StoredWeightSpec[];
  readonly weightData: ArrayBuffer;
  /** 1-based epoch these weights come from (the best so far). */
  readonly epoch: number;
}

export interface ExperimentRecord {
  readonly version: typeof EXPERIMENT_VERSION;
  /** Random, unique (crypto.randomUUID where available). */
  readonly id: string;
  /** Shown in the list; the user can rename. Default: "<dataset> · <model kind> · <date time>". */
  readonly name: string;
  readonly notes: string;
  /** ms since epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly status: ExperimentStatus;
  /** Failed: the error's message; stopped/interrupted: e.g. "Stopped at epoch 7 of 50". */
  readonly statusText?: RecordText;
  readonly dataset: DatasetIdentity;
  readonly task: Task;
  /** Tables: the user's plan. Images: target = the label column (or "class"), features = []. Sequences: target, step columns, task. */
  readonly plan: FeaturePlan;
  /** Images only: size, channels, augmentation. */
  readonly imagePlan?: ImageEncodingPlan;
  /** Sequences only: layout, id and order columns, length, stride. */
  readonly sequencePlan?: SequencePlan;
  /** The layers as designed (to start a new run from this one). */
  readonly model: ModelDraft;
  readonly settings: TrainingSettings;
  /** Known once the data is encoded: fitted on the training rows; saved with the model. */
  readonly preprocessing?: Preprocessing;
  readonly spec?: ModelSpec;
  readonly summary?: ModelSummary;
  readonly split?: { readonly trainRows: number; readonly testRows: number; readonly stratified: boolean };
  readonly backend?: { readonly backend: BackendName; readonly label: string; readonly reason: string };
  readonly history: readonly EpochMetrics[];
  /** Epoch whose weights are kept. */
  readonly bestEpoch?: number;
  readonly elapsedMs?: number;
  /** On the held-out rows, once training ended (completed or stopped). */
  readonly evaluation?: Evaluation;
  /**
   * The held-out examples in evaluation order (prediction i is about testExamples[i]): image
   * paths, recording ids or window keys, row indices (the kind's describeExample reads them).
   */
  readonly testExamples?: readonly string[];
  /** Whether weights are stored for it (in the store's separate weights table). */
  readonly hasWeights: boolean;
  /**
   * Why the trained weights are not stored although training ended (e.g. the storage was full),
   * in plain words for the list and the run's page; absent when they are stored.
   */
  readonly weightsNotKept?: RecordText;
  /**
   * Set when the record is an exported model imported (a .zip, model-import.ts), not a run of this
   * app: it has the model, its preprocessing, plan and settings, and no training history,
   * evaluation, split or held-out examples. `file`: the name it was imported from.
   */
  readonly importedModel?: { readonly file: string };
}

/**
 * What a training run writes into its record: everything but what the user edits (name, notes)
 * and what never changes (id, version, createdAt).
 */
export type RunFields = Omit<ExperimentRecord, 'version' | 'id' | 'name' | 'notes' | 'createdAt'>;

/** A stored record that fails validation: what can still be read of it, so that the user can see and delete it. */
export interface DamagedExperiment {
  /** The record's key as text (delete it with `remove(id)`). */
  readonly id: string;
  readonly name?: string;
  readonly createdAt?: number;
  /** What is wrong, in one plain sentence. */
  readonly problem: Message;
  /** The validation error, for developers. */
  readonly detail: string;
}

/**
 * Where experiments live. Implemented over IndexedDB (src/host/experiment-store.ts) and in
 * memory for tests. Every write is one transaction: a crash during a save leaves the previous state.
 */
export interface ExperimentStore {
  /** Newest first; without weights. */
  list(): Promise<ExperimentRecord[]>;
  get(id: string): Promise<ExperimentRecord | undefined>;
  getWeights(id: string): Promise<StoredWeights | undefined>;
  /** Records that fail validation (left out of `list`), so that they can be shown and deleted. */
  listDamaged(): Promise<DamagedExperiment[]>;
  /** Writes the record, and the weights when given, in one transaction (creating, importing, undoing a delete). */
  put(record: ExperimentRecord, weights?: StoredWeights): Promise<void>;
  /**
   * A training run's save, in one transaction: reads the stored record and replaces only the
   * run's own fields, so a rename or notes typed meanwhile are kept. A record deleted meanwhile
   * is not recreated: nothing is written and the result is undefined. `weights`: new weights to
   * store (hasWeights becomes true), 'drop' to delete the stored ones (hasWeights false), or
   * absent to leave them.
   */
  saveRun(id: string, run: RunFields, weights?: StoredWeights | 'drop'): Promise<ExperimentRecord | undefined>;
  /** Rename / notes. Rejects with an AppError when the id is unknown. */
  update(id: string, patch: { readonly name?: string; readonly notes?: string }): Promise<ExperimentRecord>;
  /** Removes a record and its weights; returns them so that the UI can undo. */
  remove(id: string): Promise<{ record: ExperimentRecord; weights?: StoredWeights } | undefined>;
  /** Records left "running" by a window that closed or crashed become "interrupted"; returns how many. */
  markInterrupted(now: number): Promise<number>;
}
