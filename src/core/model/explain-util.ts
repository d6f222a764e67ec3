/** What the explanations of every layer family share: their input and the parameter sentence. */
import type { Shape } from './designer-types';
import { formatCount as n, sizeText } from './format';
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

/** Whether a 2-D layer was built with data_format channels_first: (channels, height, width). */
export function channelsFirst(x: ExplainInput): boolean {
  return x.config.dataFormat === 'channelsFirst';
}

/** An image's axes in either data format: the channels and the spatial lengths (height, width). */
export function imageAxes(shape: Shape, first: boolean): { readonly channels: number; readonly spatial: number[] } {
  const d = dims(shape);
  return first ? { channels: d[0] ?? 0, spatial: d.slice(1) } : { channels: d[d.length - 1] ?? 0, spatial: d.slice(0, -1) };
}
