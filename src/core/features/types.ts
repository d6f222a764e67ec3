/**
 * TypedDataset + user choices → FeaturePlan → (split, fit on training rows) → EncodedDataset.
 */
import type { Message } from '../i18n/message';

export type Task = 'classification' | 'regression';

/** The user's choices on the Shape step. */
export interface FeaturePlan {
  readonly target: string;
  /** Feature columns, in file order. Never contains the target. */
  readonly features: readonly string[];
  readonly task: Task;
}

/** What the app proposes, with reasons the UI shows verbatim. */
export interface PlanProposal {
  readonly plan: FeaturePlan;
  /** Why this target was proposed (one sentence). */
  readonly targetReason: Message;
  /** Why this task (one sentence), e.g. "“species” holds 3 text labels, so this is classification." */
  readonly taskReason: Message;
}

/** One input unit of the network and where it comes from; inputShape[1] === slots.length. */
export type FeatureSlot =
  | { readonly kind: 'scaled'; readonly column: string; readonly mean: number; readonly std: number }
  | {
      readonly kind: 'missing-indicator';
      readonly column: string;
      /** Training rows that had no value in `column` (what the indicator was fitted on); for the explanation. */
      readonly missingRows?: number;
    }
  | { readonly kind: 'one-hot'; readonly column: string; readonly category: string };

/**
 * Everything needed to turn a raw row into the network's input and its output back into
 * the user's units; fitted on the training rows only (no leakage). Saved with a model.
 */
export interface Preprocessing {
  readonly task: Task;
  readonly target: string;
  readonly slots: readonly FeatureSlot[];
  /** Value used for missing numbers (the training mean, i.e. 0 after scaling). */
  readonly imputation: 'mean';
  /** Classification: class labels in output-unit order. */
  readonly classes?: readonly string[];
  /** Regression: the target is standardised for training; predictions are mapped back with these. */
  readonly targetMean?: number;
  readonly targetStd?: number;
  /** Images only (then `slots` is empty): how a file becomes the network's [H, W, C] input. */
  readonly image?: ImagePreprocessing;
  /** Sequences only: how rows become [steps, features] examples; `slots` are then the step columns, one 'scaled' slot each. */
  readonly sequence?: SequencePreprocessing;
}

/**
 * Repeated at prediction time: how the rows of a file become (steps, features) examples. The
 * step columns are standardised per column with the `slots`' mean and std (fitted on the
 * training examples' steps only).
 */
export interface SequencePreprocessing {
  readonly layout: 'grouped' | 'windows';
  /** The column that identifies recordings (grouped: required). */
  readonly idColumn: string | null;
  /** The column that orders the steps of a recording; null: file order. */
  readonly orderColumn: string | null;
  /** Steps per example. */
  readonly length: number;
  /** windows: rows between window starts. */
  readonly stride: number;
  /** grouped: a shorter recording gets all-zero steps after its last one (zero is each column's training mean once scaled). */
  readonly padding: 'post';
  /** grouped: a longer recording keeps its first `length` steps. */
  readonly truncation: 'post';
  /** The value of a padded step in every column: what a Masking layer skips. */
  readonly maskValue: 0;
  /** A missing value inside a recording takes the previous step's value (the column's training mean at the start). */
  readonly missing: 'carry-forward';
}

/** Repeated at prediction time: resize, channels, pixels scaled to [0, 1]. */
export interface ImagePreprocessing {
  readonly height: number;
  readonly width: number;
  readonly channels: 1 | 3;
  readonly resize: 'bilinear';
  /** Pixel values 0–255 are divided by 255. */
  readonly pixelScale: 'divide-by-255';
  /** Transparency is ignored (the colour channels are kept as they are). */
  readonly alpha: 'dropped';
}

export interface Split {
  /** Row indices (into the TypedDataset) used to fit the model. */
  readonly train: Uint32Array;
  /** Held-out row indices, used only for evaluation. */
  readonly test: Uint32Array;
  readonly stratified: boolean;
  readonly seed: number;
}

/**
 * Inputs read a batch of examples at a time (an image set decoded as training asks for it), so
 * that a set larger than memory can be trained. Positions are 0 … count − 1 of one side.
 */
export interface SampleReader {
  readonly count: number;
  /** Numbers per example: H·W·C for an image. */
  readonly sampleSize: number;
  /** The examples at `rows`, in that order, row-major; rejects with an AppError when one can no longer be read. */
  read(rows: ArrayLike<number>): Promise<Float32Array>;
}

/** A side's inputs: all in memory (row-major), or read in batches. */
export type SampleInputs = Float32Array | SampleReader;

/** Tensor-ready data: row-major Float32Arrays built once, or, for the inputs, readers. */
export interface EncodedDataset {
  readonly preprocessing: Preprocessing;
  /** (None, n) for tables, (None, H, W, C) for images, (None, steps, features) for sequences. */
  readonly inputShape: readonly [null, number, ...number[]];
  /** Number of network outputs: classes.length for classification, 1 for regression. */
  readonly outputUnits: number;
  readonly trainX: SampleInputs; // [trainRows, ...inputShape without None], row-major
  readonly trainY: Float32Array; // classification: one-hot [trainRows, classes]; regression: standardised [trainRows, 1]
  readonly testX: SampleInputs;
  readonly testY: Float32Array;
  /** Classification: class index per row; regression: target in original units. */
  readonly trainTarget: Float32Array;
  readonly testTarget: Float32Array;
  readonly trainRows: number;
  readonly testRows: number;
  /** Rows dropped because their target was missing (they cannot be learned from). */
  readonly droppedRows: number;
}

/** An encoding whose inputs are all in memory: what tables and sequences give. */
export interface EncodedInMemory extends EncodedDataset {
  readonly trainX: Float32Array;
  readonly testX: Float32Array;
}
