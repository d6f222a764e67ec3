/**
 * TypedDataset + user choices → FeaturePlan → (split, fit on training rows) → EncodedDataset.
 */
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
  readonly targetReason: string;
  /** Why this task (one sentence), e.g. "“species” holds 3 text labels, so this is classification." */
  readonly taskReason: string;
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

/** Tensor-ready data: row-major Float32Arrays built once. */
export interface EncodedDataset {
  readonly preprocessing: Preprocessing;
  /** (None, n) for tables; (None, H, W, C) for images. */
  readonly inputShape: readonly [null, number, ...number[]];
  /** Number of network outputs: classes.length for classification, 1 for regression. */
  readonly outputUnits: number;
  readonly trainX: Float32Array; // [trainRows, ...inputShape without None], row-major
  readonly trainY: Float32Array; // classification: one-hot [trainRows, classes]; regression: standardised [trainRows, 1]
  readonly testX: Float32Array;
  readonly testY: Float32Array;
  /** Classification: class index per row; regression: target in original units. */
  readonly trainTarget: Float32Array;
  readonly testTarget: Float32Array;
  readonly trainRows: number;
  readonly testRows: number;
  /** Rows dropped because their target was missing (they cannot be learned from). */
  readonly droppedRows: number;
}

/** The explanation of `(None, n)` in the user's terms. */
export interface ShapeExplanation {
  /** (None, n) for tables; images put (None, H, W, C) here (their full explanation is an ImageShapeExplanation). */
  readonly inputShape: readonly [null, number, ...number[]];
  /** "(None, 7)" */
  readonly text: string;
  /** One line per source column: "bill_length_mm: 1 number, standardised" / "island: 3 one-hot columns (Biscoe, Dream, Torgersen)". */
  readonly parts: readonly { readonly column: string; readonly units: number; readonly description: string }[];
  /** "7 = 4 numeric columns + 3 one-hot columns of “island”" */
  readonly sum: string;
  /** "None is the batch: the network takes any number of rows at a time." */
  readonly noneMeaning: string;
}
