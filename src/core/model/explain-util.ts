/** What the explanations of every layer family share: their input and the parameter sentence. */
import type { Shape } from './designer-types';
import { formatCount as n, sizeText } from './format';
import { glossaryEntry } from './glossary';
import type { LayerSpec } from './types';

export interface WeightInfo {
  /** "kernel", "recurrent_kernel", "bias", "gamma", … */
  readonly name: string;
  readonly shape: readonly number[];
}

export interface ExplainInput {
  readonly spec: LayerSpec;
  readonly className: string;
  /** layer.getConfig() of the built layer. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly weights: readonly WeightInfo[];
}

export interface Explanation {
  readonly explanation: string[];
  readonly terms: string[];
}

/** A sentence's dims: [null, 5, 3] → [5, 3]. */
export function dims(shape: Shape): number[] {
  return shape.slice(1).map((d) => d ?? 0);
}

export function num(config: Readonly<Record<string, unknown>>, key: string, fallback = 0): number {
  const v = config[key];
  if (Array.isArray(v)) return typeof v[0] === 'number' ? v[0] : fallback;
  return typeof v === 'number' ? v : fallback;
}

export function nums(config: Readonly<Record<string, unknown>>, key: string): number[] {
  const v = config[key];
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return typeof v === 'number' ? [v] : [];
}

/** "Parameters: <formula> = N." when the formula gives tfjs' count; the weights listed otherwise. */
export function paramsSentence(input: ExplainInput, formula: string, value: number, tail = ''): string {
  if (value === input.params) return `Parameters: ${formula} = ${n(input.params)}${tail}.`;
  const parts = input.weights.map((w) => `${w.name} ${sizeText(w.shape)}`);
  return `Parameters: ${parts.join(' + ')} = ${n(input.params)}.`;
}

/** The layer's activation as written in its spec, else as tf.layers built it; undefined for a layer without one. */
export function activationOf(x: ExplainInput): string | undefined {
  if (typeof x.spec.activation === 'string') return x.spec.activation;
  return typeof x.config.activation === 'string' ? x.config.activation : undefined;
}

/** What an activation does to each value; `width` is the size of the last axis softmax spreads over. */
function activationEffect(activation: string, width: number): string {
  switch (activation) {
    case 'linear':
      return 'the values pass unchanged, any number';
    case 'relu':
      return 'negative values become 0';
    case 'sigmoid':
      return 'each value is squeezed between 0 and 1';
    case 'tanh':
      return 'each value is squeezed between −1 and 1';
    case 'softmax':
      return width === 1 ? 'the softmax of one value is always 1, whatever the input' : `the ${n(width)} values become probabilities that sum to 1`;
    default:
      return 'applied to each value';
  }
}

/** The glossary terms of an activation clause: "activation", and the function's own entry where it has one. */
export function activationTerms(activation: string): string[] {
  return glossaryEntry(activation) ? ['activation', activation] : ['activation'];
}

/** "activation relu: negative values become 0", named in every explanation of a layer that has one. */
export function activationClause(activation: string, width: number): string {
  return `activation ${activation}: ${activationEffect(activation, width)}`;
}

/** Whether a 2-D layer was built with data_format channels_first: (channels, height, width). */
export function channelsFirst(x: ExplainInput): boolean {
  return x.config.dataFormat === 'channelsFirst';
}

/** An image's axes in either data format: the channels and the spatial lengths (height, width). */
export function imageAxes(shape: Shape, first: boolean): { readonly channels: number; readonly spatial: number[] } {
  const d = dims(shape);
  return first ? { channels: d[0] ?? 0, spatial: d.slice(1) } : { channels: d[d.length - 1] ?? 0, spatial: d.slice(0, -1) };
}
