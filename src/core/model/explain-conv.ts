/**
 * Convolution and pooling in words: how each spatial length follows from the input length n,
 * the window k, the stride s and the padding (valid: floor((n − k) / s) + 1; same: ceil(n / s)),
 * and how the filters' weights add up.
 */
import { msg, type Message } from '../i18n/message';
import { activationOf, activationTerms, channelsFirst, dims, imageAxes, nums, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { shapeText, sizeText } from './format';

/** The arithmetic of one spatial length: "128 − 10 + 1 = 119", "ceil(128 / 2) = 64", "stays 128". */
export function lengthArithmetic(len: number, k: number, s: number, padding: string, out: number): Message {
  const rule = padding === 'same' ? (s === 1 ? 'stays' : 'ceil') : s === 1 ? 'valid' : 'floor';
  return msg('model.explain.length', { rule, length: len, kernel: k, stride: s, out });
}

/** "2", or "2×1" when the strides differ by axis. */
export function strideText(strides: readonly number[]): string {
  return strides.every((v) => v === strides[0]) ? String(strides[0]) : sizeText(strides);
}

/** The parameters of a convolution (transposed or not): (k × k × c + 1) × filters, or without the bias. */
export function convParams(x: ExplainInput, kernel: readonly number[], filters: number): Message {
  const bias = x.config.useBias !== false;
  const perFilter = kernel.reduce((a, b) => a * b, 1);
  const product = kernel.map(String).join(' × ');
  const value = (perFilter + (bias ? 1 : 0)) * filters;
  return paramsSentence(x, value, msg('model.explain.conv.params', { bias: bias ? 'yes' : 'no', product, filters, params: x.params }));
}

/** What a 1-D window does to the length: the arithmetic, or "same" keeping it. */
function steps1d(x: ExplainInput, padding: string, k: number, s: number): { keep: string; length: Message; steps: number } {
  const [len = 0] = dims(x.inputShape);
  const [out = 0] = dims(x.outputShape);
  return { keep: padding === 'same' && s === 1 ? 'yes' : 'no', length: lengthArithmetic(len, k, s, padding, out), steps: out };
}

function sides2d(x: ExplainInput, padding: string, k: readonly number[], s: readonly number[]): { height: Message; width: Message } {
  const first = channelsFirst(x);
  const [h = 0, w = 0] = imageAxes(x.inputShape, first).spatial;
  const [oh = 0, ow = 0] = imageAxes(x.outputShape, first).spatial;
  return { height: lengthArithmetic(h, k[0] ?? 1, s[0] ?? 1, padding, oh), width: lengthArithmetic(w, k[1] ?? 1, s[1] ?? 1, padding, ow) };
}

export function explainConv(x: ExplainInput): Explanation {
  const is2d = x.className === 'Conv2D';
  const filters = nums(x.config, 'filters')[0] ?? 0;
  const k = nums(x.config, 'kernelSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const first = channelsFirst(x);
  const c = imageAxes(x.inputShape, first).channels;
  const strided = s.some((v) => v > 1);
  const activation = activationOf(x) ?? 'linear';
  const common = {
    filters, input: shapeText(x.inputShape), padding, strided: strided ? 'yes' : 'no', stride: strideText(s), channels: c,
    output: shapeText(x.outputShape), activation, actWidth: filters,
  };
  const shape = is2d
    ? msg('model.explain.conv2d', { ...common, kernel: sizeText(k), channelsFirst: first ? 'yes' : 'no', ...sides2d(x, padding, k, s) })
    : msg('model.explain.conv1d', { ...common, kernel: k[0] ?? 0, ...steps1d(x, padding, k[0] ?? 1, s[0] ?? 1) });
  return {
    explanation: [shape, convParams(x, [...k, c], filters)],
    terms: ['filters', 'kernel', 'padding', ...(strided ? ['stride'] : []), is2d ? 'channels' : 'timesteps', 'features', ...activationTerms(activation), 'params', 'none'],
  };
}

export function explainPooling(x: ExplainInput): Explanation {
  const is2d = x.className.endsWith('2D');
  const isMax = x.className.startsWith('Max');
  const pool = nums(x.config, 'poolSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const first = channelsFirst(x);
  const common = {
    layer: x.className, stride: strideText(s), defaultStride: x.spec.strides === undefined || x.spec.strides === null ? 'yes' : 'no',
    input: shapeText(x.inputShape), padding, channels: imageAxes(x.inputShape, first).channels, output: shapeText(x.outputShape),
  };
  const halves = is2d && pool.every((p) => p === 2) && s.every((v) => v === 2) ? (isMax ? 'max' : 'average') : 'no';
  const shape = is2d
    ? msg('model.explain.pooling2d', { ...common, pool: sizeText(pool), channelsFirst: first ? 'yes' : 'no', ...sides2d(x, padding, pool, s), halves, same: padding === 'same' ? 'yes' : 'no' })
    : msg('model.explain.pooling1d', { ...common, pool: pool[0] ?? 0, ...steps1d(x, padding, pool[0] ?? 1, s[0] ?? 1) });
  return {
    explanation: [shape, msg('model.explain.pooling.params', { max: isMax ? 'yes' : 'no' })],
    terms: ['pooling', 'stride', 'padding', is2d ? 'channels' : 'features', 'none'],
  };
}
