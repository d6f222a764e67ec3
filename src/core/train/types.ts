export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop';

export interface TrainingSettings {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly optimizer: OptimizerName;
  /** Fraction of the training rows held aside each epoch to draw the validation curve (0–0.5). */
  readonly validationSplit: number;
  /** Stop when validation loss has not improved for this many epochs; 0 = off. Best weights are kept. */
  readonly earlyStoppingPatience: number;
  /** Seeds the split, the initial weights and the shuffling. */
  readonly seed: number;
  /** Fraction of rows held out for the final evaluation. */
  readonly testFraction: number;
  /**
   * Images: MiB the decoded set may take in memory to be decoded once and kept; a larger set is
   * read a batch at a time. 0 = always a batch at a time. Absent (older records): the default.
   */
  readonly imageCacheMb?: number;
}

export interface EpochMetrics {
  /** 1-based. */
  readonly epoch: number;
  readonly loss: number;
  readonly valLoss?: number;
  /** Classification only. */
  readonly accuracy?: number;
  readonly valAccuracy?: number;
  /** Regression only, in the target's units. */
  readonly mae?: number;
  readonly valMae?: number;
  readonly elapsedMs: number;
}

export interface TrainingProgress {
  readonly epoch: number;
  readonly epochs: number;
  /** Batches done in the current epoch / batches per epoch. */
  readonly batch: number;
  readonly batches: number;
  readonly elapsedMs: number;
  /** null until an estimate exists. */
  readonly etaMs: number | null;
}

export interface TrainingOutcome {
  readonly history: readonly EpochMetrics[];
  readonly stoppedEarly: boolean;
  readonly stoppedByUser: boolean;
  /** Epoch (1-based) whose weights were kept (best validation loss, or last). */
  readonly bestEpoch: number;
  readonly backend: BackendName;
  readonly elapsedMs: number;
}
