/** What the explanations of every layer family share: their input and the parameter sentence. */
import type { Shape } from './designer-types';
import { msg, type Message } from '../i18n/message';
import { sizeText } from './format';
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
  readonly explanation: Message[];
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

/**
 * The parameter line: `formula` when its count (`value`) is tfjs' count, else the weights as
 * tfjs built them ("kernel 7×64 + bias 64 = 512").
 */
export function paramsSentence(input: ExplainInput, value: number, formula: Message): Message {
  if (value === input.params) return formula;
  const parts = input.weights.map((w) => `${w.name} ${sizeText(w.shape)}`);
  return msg('model.explain.paramsListed', { weights: parts.join(' + '), params: input.params });
}

/** The layer's activation as written in its spec, else as tf.layers built it; undefined for a layer without one. */
export function activationOf(x: ExplainInput): string | undefined {
  if (typeof x.spec.activation === 'string') return x.spec.activation;
  return typeof x.config.activation === 'string' ? x.config.activation : undefined;
}

/** The glossary terms of an activation clause: "activation", and the function's own entry where it has one. */
export function activationTerms(activation: string): string[] {
  return glossaryEntry(activation) ? ['activation', activation] : ['activation'];
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
