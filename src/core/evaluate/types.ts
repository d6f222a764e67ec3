export interface ClassMetrics {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Rows whose true class is this one. */
  readonly support: number;
}

/** How the linear baseline's training went: the same for both tasks. */
export interface LinearTraining {
  /** Gradient steps taken (early stopping keeps the best weights seen). */
  readonly steps: number;
  readonly elapsedMs: number;
}

export interface LinearClassificationScores extends LinearTraining {
  readonly accuracy: number;
  readonly macroF1: number;
}

/** In the target's units, like the network's scores. */
export interface LinearRegressionScores extends LinearTraining {
  readonly mae: number;
  readonly rmse: number;
  readonly r2: number;
}

export interface ClassificationEvaluation {
  readonly task: 'classification';
  readonly rows: number;
  readonly classes: readonly string[];
  /** matrix[true][predicted] = count. */
  readonly confusion: readonly (readonly number[])[];
  readonly accuracy: number;
  readonly perClass: readonly ClassMetrics[];
  readonly macroF1: number;
  /** Always predicting the most frequent class of the training rows, scored on the same held-out rows. */
  readonly baseline: { readonly label: string; readonly accuracy: number };
  /**
   * A linear model (Dense(classes, softmax), no hidden layer) trained on the same encoded rows and
   * scored on the same held-out rows (linear-baseline.ts). Absent in records saved before it existed.
   */
  readonly linear?: LinearClassificationScores;
  /** Per held-out row: true and predicted class index and the predicted probability. */
  readonly predictions: { readonly actual: Int32Array; readonly predicted: Int32Array; readonly confidence: Float32Array };
}

export interface RegressionEvaluation {
  readonly task: 'regression';
  readonly rows: number;
  readonly target: string;
  readonly mae: number;
  readonly rmse: number;
  readonly r2: number;
  /** Predicting the mean of the training targets for every held-out row. */
  readonly baseline: { readonly value: number; readonly mae: number; readonly rmse: number; readonly r2: number };
  /** A linear regression (Dense(1), no hidden layer) on the same rows (linear-baseline.ts); absent in older records. */
  readonly linear?: LinearRegressionScores;
  /** In the target's original units. */
  readonly actual: Float32Array;
  readonly predicted: Float32Array;
}

export type Evaluation = ClassificationEvaluation | RegressionEvaluation;
