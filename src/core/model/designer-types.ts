/**
 * The model designer's records: a draft is the layer stack the user edits; the
 * report is what tfjs-layers says of it, layer by layer, with the arithmetic in words and
 * advice (with one-click fixes) where a layer cannot take its input.
 */
import type { Task } from '../features/types';
import type { Message } from '../i18n/message';
import type { LayerSpec, ModelSpec } from './types';

/** The layers the user edits; the input shape comes from the data. The head is the last layer. */
export interface ModelDraft {
  readonly layers: readonly LayerSpec[];
  /**
   * A fixed batch size, shown in every shape instead of None and written into the Keras code
   * and the spec file; Layerbench itself trains and predicts with batches of any size.
   */
  readonly batchSize?: number;
}

/** A change to a layer stack, as data, so that fixes, undo/redo and tests can share it. */
export type ModelEdit =
  | { readonly kind: 'insert'; readonly index: number; readonly layer: LayerSpec }
  | { readonly kind: 'remove'; readonly index: number }
  | { readonly kind: 'replace'; readonly index: number; readonly layer: LayerSpec }
  | { readonly kind: 'set-args'; readonly index: number; readonly args: Readonly<Record<string, unknown>> }
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  /** The model's input shape, without None: a spec file's fix (in the app the data gives the input). */
  | { readonly kind: 'set-input-shape'; readonly shape: readonly number[] };

export interface ModelFix {
  /** The button's words: "Reshape to (2, 1)", "Set return_sequences on layer 2", "Set units to 3". */
  readonly label: Message;
  readonly edits: readonly ModelEdit[];
}

export interface Advice {
  /** Stable code, e.g. "shape/rnn-needs-3d". */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Plain words: what is wrong and why. Never a raw tfjs error string. */
  readonly message: Message;
  /** What the layer expects: a shape or Keras text as it is, "(None, timesteps, features)", or words to translate. */
  readonly expected?: string | Message;
  /** What it got, e.g. "(None, 2)". */
  readonly got?: string | Message;
  /** Each fix makes the model valid at this point when applied. */
  readonly fixes: readonly ModelFix[];
  /** For developers: the tfjs message, if there was one. */
  readonly detail?: string;
}

export type Shape = readonly (number | null)[];

export interface LayerReport {
  readonly index: number;
  /** tf.layers factory name, e.g. "conv1d". */
  readonly type: string;
  /** Keras class name, e.g. "Conv1D". */
  readonly className: string;
  /** Keras-style name, e.g. "conv1d_1". */
  readonly name: string;
  /** null when an earlier layer failed, so this one's input is unknown. */
  readonly inputShape: Shape | null;
  readonly outputShape: Shape | null;
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  /** The arithmetic in words: how the output shape follows, then how the parameters add up. */
  readonly explanation: readonly Message[];
  /** Glossary terms the explanation uses, for links ("units", "padding", …). */
  readonly terms: readonly string[];
  readonly advice: readonly Advice[];
}

export interface ModelReport {
  readonly inputShape: Shape;
  readonly layers: readonly LayerReport[];
  readonly outputShape: Shape | null;
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  /** True when no layer has an error-severity advice. */
  readonly valid: boolean;
}

/** What the data says the model's end must be; absent when the spec is analysed alone (CLI summary). */
export interface HeadContext {
  readonly task: Task;
  /** Classes for classification, 1 for regression. */
  readonly outputUnits: number;
  readonly target?: string;
}


/** What the data says the model starts from (input shape, without the batch) and must end with. */
export interface ModelContext {
  readonly inputShape: readonly number[];
  readonly head: HeadContext;
  /** The value of padded steps, when examples may have some: recurrent templates then start with Masking. */
  readonly maskValue?: number;
  /** The examples with the fewest real steps (sequences padded to the length), for advice on windows wider than them. */
  readonly shortest?: { readonly steps: number; readonly count: number; readonly names: readonly string[] };
}

export type { LayerSpec, ModelSpec };
