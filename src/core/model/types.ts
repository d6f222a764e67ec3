import type { Message } from '../i18n/message';
/**
 * Model spec: the same JSON the app saves and `layerbench summary` reads (docs/model-spec.md).
 * `type` is the name of the tf.layers factory (camelCase, e.g. "dense", "conv1d", "lstm");
 * other keys are that factory's arguments.
 */
import type { Task } from '../features/types';

export interface LayerSpec {
  readonly type: string;
  readonly [arg: string]: unknown;
}

export interface ModelSpec {
  /** Without the batch axis, e.g. [7] for a table with 7 inputs. */
  readonly inputShape: readonly number[];
  /**
   * A fixed batch size (Keras' `batch_size=`): every shape then starts with it instead of None,
   * and the Keras model takes batches of exactly that size only. Absent: any batch size.
   */
  readonly batchSize?: number;
  readonly layers: readonly LayerSpec[];
}

export interface HeadSpec {
  readonly task: Task;
  readonly units: number;
  /** sigmoid: one unit on two classes, the probability of the second (head.ts). */
  readonly activation: 'softmax' | 'sigmoid' | 'linear';
  readonly loss: 'categoricalCrossentropy' | 'binaryCrossentropy' | 'meanSquaredError';
  /** One sentence: why this head for this target. */
  readonly reason: Message;
  /** Classification: the class labels in output order, when known (a sigmoid head's p is for the second). */
  readonly classes?: readonly string[];
}

/** A row of the Keras-style summary table. */
export interface SummaryRow {
  /** "dense_1 (Dense)" style name. */
  readonly name: string;
  readonly className: string;
  /** [null, 64] */
  readonly outputShape: readonly (number | null)[];
  /** "(None, 64)" */
  readonly outputShapeText: string;
  readonly params: number;
  /** "7 × 64 weights + 64 biases = 512" */
  readonly arithmetic: string;
}

export interface ModelSummary {
  readonly inputShapeText: string;
  readonly rows: readonly SummaryRow[];
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
}
