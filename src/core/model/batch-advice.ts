/**
 * The batch axis written where Keras leaves it out, the most common shape mistake of people who
 * come from NumPy or tf.reshape: a batch size as the first number of the input shape
 * (input_shape=(30, 50, 50, 3) for 30 images of 50×50×3), or a Reshape target with the batch in it
 * (Reshape((-1, 28, 28, 1)), Reshape((30, 28, 28, 1))). In a Keras layer the batch is the None
 * before every shape and is never written; each fix drops the number.
 */
import { layerDef } from './catalog';
import type { Advice, ModelFix, Shape } from './designer-types';
import { msg } from '../i18n/message';
import { product, shapeText } from './format';
import { pyValue } from './keras';
import type { LayerSpec } from './types';

export const SEQUENCE_LAYERS: ReadonlySet<string> = new Set(['lstm', 'gru', 'simpleRNN', 'bidirectional', 'conv1d', 'maxPooling1d', 'averagePooling1d', 'globalAveragePooling1d']);
export const IMAGE_LAYERS: ReadonlySet<string> = new Set(['conv2d', 'maxPooling2d', 'averagePooling2d', 'globalAveragePooling2d']);

/** Layers whose output has as many axes as their input: looking back through them finds where the axes came from. */
const RANK_KEEPING = new Set(['dropout', 'activation', 'batchNormalization', 'masking', 'dense']);

/** Channel counts of pictures: grayscale, colour, colour with transparency. */
export const CHANNEL_COUNTS: ReadonlySet<number> = new Set([1, 3, 4]);

const EXPECTED: Readonly<Record<2 | 3, string>> = { 2: '(None, timesteps, features)', 3: '(None, height, width, channels)' };

export interface BatchProblem {
  readonly layers: readonly LayerSpec[];
  readonly index: number;
  /** The failing layer's input, None first. */
  readonly inputShape: Shape;
  /** The model's input shape, without None. */
  readonly modelInput?: readonly number[];
}

function className(type: string): string {
  return layerDef(type)?.className ?? type;
}

/** How many axes after None the layer reads: 3 for an image layer, 2 for a sequence layer. */
function expectedAxes(type: string): 2 | 3 | undefined {
  if (IMAGE_LAYERS.has(type)) return 3;
  if (SEQUENCE_LAYERS.has(type)) return 2;
  return undefined;
}

/** The layer that gave layer `index` its number of axes: -1 for the model's input. */
function rankSource(layers: readonly LayerSpec[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (!RANK_KEEPING.has(layers[i]?.type ?? '')) return i;
  return -1;
}

/** Keras' own spelling of a Reshape, as people copy it: Reshape((28, 28, 1)). */
export function reshapeCall(target: readonly number[]): string {
  return `Reshape(${pyValue([...target], true)})`;
}

/**
 * The rest of a Reshape target whose first number stands for the batch: -1 that works out to 1,
 * as in tf.reshape(x, [-1, 28, 28, 1]); undefined for any other target.
 */
export function batchMinusOne(target: readonly number[], total: number): number[] | undefined {
  const rest = target.slice(1);
  return target[0] === -1 && rest.length > 0 && rest.every((d) => d > 0) && product(rest) === total ? rest : undefined;
}

/**
 * Whether one more axis than the layer reads, first, is a batch size: four axes before an image
 * layer always are; three before a sequence layer are unless they look like a picture, square or
 * with a picture's channels ((28, 28, 1) and (8, 8, 2) are images, read row by row by other
 * advice; (32, 100, 8) is 32 sequences, (32, 28, 28) is 32 images of 28 rows).
 */
function looksLikeBatch(d: readonly number[], want: 2 | 3): boolean {
  if (d.length !== want + 1) return false;
  return want === 3 || !(d[0] === d[1] || CHANNEL_COUNTS.has(d[d.length - 1] ?? 0));
}

/** The input shape holds a batch size: "the first number, 30, looks like a batch size". */
function batchInInput(p: BatchProblem, cls: string, want: 2 | 3, input: readonly number[]): Advice {
  const [batch = 0, ...example] = input;
  const fix: ModelFix = { label: msg('model.fix.useInputShape', { shape: shapeText(example) }), edits: [{ kind: 'set-input-shape', shape: example }] };
  return {
    code: 'input/batch-in-shape', severity: 'error', expected: EXPECTED[want], got: shapeText(p.inputShape), fixes: [fix],
    message: msg('model.advice.batchInShape', {
      layer: cls, axes: want, expected: EXPECTED[want], got: shapeText(p.inputShape), input: shapeText(input), batch, fixed: shapeText(example),
    }),
  };
}

/** A Reshape before the layer wrote the batch as its first axis (-1 or 1, which works out to 1). */
function batchFromReshape(p: BatchProblem, cls: string, want: 2 | 3, at: number, target: readonly number[]): Advice {
  const rest = target.slice(1);
  const fix: ModelFix = { label: msg('model.fix.reshapeTo', { shape: shapeText(rest) }), edits: [{ kind: 'set-args', index: at, args: { targetShape: rest } }] };
  return {
    code: 'shape/batch-axis-from-reshape', severity: 'error', expected: EXPECTED[want], got: shapeText(p.inputShape), fixes: [fix],
    message: msg('model.advice.batchFromReshape', {
      layer: cls, axes: want, expected: EXPECTED[want], got: shapeText(p.inputShape), at: at + 1, call: reshapeCall(target),
      made: shapeText(p.inputShape.slice(0, 1).concat([1, ...rest])), fix: reshapeCall(rest),
    }),
  };
}

/**
 * Advice when a layer got one axis too many because the batch was written into a shape: in the
 * model's input shape, or by a Reshape before it. undefined when that is not the reason.
 */
export function batchAxisAdvice(p: BatchProblem): Advice | undefined {
  const layer = p.layers[p.index];
  const want = layer ? expectedAxes(layer.type) : undefined;
  const d = p.inputShape.slice(1).map((x) => x ?? 0);
  if (!layer || want === undefined || d.length !== want + 1) return undefined;
  const cls = className(layer.type);
  const at = rankSource(p.layers, p.index);
  if (at < 0) {
    const input = p.modelInput;
    return input && input.length === want + 1 && looksLikeBatch(input, want) ? batchInInput(p, cls, want, input) : undefined;
  }
  const source = p.layers[at];
  const target = Array.isArray(source?.targetShape) ? (source.targetShape as number[]) : [];
  const rest = target.slice(1);
  if (source?.type !== 'reshape' || (target[0] !== -1 && target[0] !== 1) || d[0] !== 1 || rest.length !== want) return undefined;
  return batchFromReshape(p, cls, want, at, target);
}

/**
 * A Reshape whose size does not match because its first number is a batch size: Reshape((30, 16,
 * 16, 1)) on 256 values per example, where (16, 16, 1) holds them all. undefined otherwise.
 */
export function reshapeBatchAdvice(index: number, inputShape: Shape, target: readonly number[]): Advice | undefined {
  const total = product(inputShape.slice(1).map((x) => x ?? 0));
  const [batch = 0, ...rest] = target;
  if (batch <= 1 || rest.length === 0 || !rest.every((x) => x > 0) || product(rest) !== total) return undefined;
  const fix: ModelFix = { label: msg('model.fix.reshapeInstead', { shape: shapeText(rest) }), edits: [{ kind: 'set-args', index, args: { targetShape: rest } }] };
  return {
    code: 'shape/reshape-batch-size', severity: 'error', expected: msg('model.advice.shapeOfValues', { total, shape: shapeText(rest) }), got: shapeText(target), fixes: [fix],
    message: msg('model.advice.reshapeBatchSize', {
      target: shapeText(target), product: target.map(String).join(' × '), needed: product(target), input: shapeText(inputShape), total, batch, fix: reshapeCall(rest),
    }),
  };
}
