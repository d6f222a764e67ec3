/**
 * Convolution and pooling in words: how each spatial length follows from the input length n,
 * the window k, the stride s and the padding (valid: floor((n − k) / s) + 1; same: ceil(n / s)),
 * and how the filters' weights add up.
 */
import { activationClause, activationOf, activationTerms, channelsFirst, dims, imageAxes, nums, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { eachOf, formatCount as n, noun, plural, shapeText, sizeText } from './format';

/** The arithmetic of one spatial length: "128 − 10 + 1 = 119", "ceil(128 / 2) = 64". */
export function lengthArithmetic(len: number, k: number, s: number, padding: string, out: number): string {
  if (padding === 'same') return s === 1 ? `stays ${n(len)}` : `ceil(${n(len)} / ${s}) = ${n(out)}`;
  return s === 1 ? `${n(len)} − ${n(k)} + 1 = ${n(out)}` : `floor((${n(len)} − ${n(k)}) / ${s}) + 1 = ${n(out)}`;
}

/** "padding valid", "padding same, stride 2". */
function windowSetting(padding: string, strides: readonly number[]): string {
  const s = strides.every((v) => v === strides[0]) ? String(strides[0]) : sizeText(strides);
  return strides.every((v) => v === 1) ? `padding ${padding}` : `padding ${padding}, stride ${s}`;
}

/** ", data_format channels_first (channels, height, width)" for a layer that reads the channels first; Keras' default goes unsaid. */
function dataFormatSetting(x: ExplainInput): string {
  return channelsFirst(x) ? ', data_format channels_first (channels, height, width)' : '';
}

function explain1d(x: ExplainInput, window: string, setting: string, padding: string, k: number, s: number): string {
  const [len = 0] = dims(x.inputShape);
  const [out = 0] = dims(x.outputShape);
  const steps = padding === 'same' && s === 1 ? `zeros added at both ends keep the length at ${plural(out, 'step')}` : `${lengthArithmetic(len, k, s, padding, out)} ${noun(out, 'step')}`;
  return `${window} on ${shapeText(x.inputShape)}, ${setting}: ${steps}`;
}

function explain2d(x: ExplainInput, window: string, setting: string, padding: string, k: readonly number[], s: readonly number[]): string {
  const first = channelsFirst(x);
  const [h = 0, w = 0] = imageAxes(x.inputShape, first).spatial;
  const [oh = 0, ow = 0] = imageAxes(x.outputShape, first).spatial;
  const height = lengthArithmetic(h, k[0] ?? 1, s[0] ?? 1, padding, oh);
  const width = lengthArithmetic(w, k[1] ?? 1, s[1] ?? 1, padding, ow);
  return `${window} on ${shapeText(x.inputShape)}, ${setting}: height ${height}, width ${width}`;
}

export function explainConv(x: ExplainInput): Explanation {
  const is2d = x.className === 'Conv2D';
  const filters = nums(x.config, 'filters')[0] ?? 0;
  const k = nums(x.config, 'kernelSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const c = imageAxes(x.inputShape, channelsFirst(x)).channels;
  const bias = x.config.useBias !== false;
  const what = is2d ? 'channel' : 'feature';
  const spans = c === 1 ? `each filter spans the single input ${what}` : `each filter spans all ${n(c)} input ${what}s`;
  const window = is2d
    ? `Conv2D, ${plural(filters, 'filter')} of ${sizeText(k)}`
    : `Conv1D, ${plural(filters, 'filter')} of width ${n(k[0] ?? 0)}`;
  const setting = windowSetting(padding, s) + dataFormatSetting(x);
  const shape = is2d ? explain2d(x, window, setting, padding, k, s) : explain1d(x, window, setting, padding, k[0] ?? 1, s[0] ?? 1);
  const kernel = [...k, c];
  const perFilter = kernel.reduce((a, b) => a * b, 1);
  const product = kernel.map(n).join(' × ');
  const params = bias
    ? paramsSentence(x, `(${product} + 1) × ${n(filters)}`, (perFilter + 1) * filters)
    : paramsSentence(x, `${product} × ${n(filters)}`, perFilter * filters, ', no bias');
  const strided = s.some((v) => v > 1);
  const act = activationClause(activationOf(x) ?? 'linear', filters);
  return {
    explanation: [`${shape}; ${spans}, so the output is ${shapeText(x.outputShape)}; ${act}.`, params],
    terms: ['filters', 'kernel', 'padding', ...(strided ? ['stride'] : []), is2d ? 'channels' : 'timesteps', 'features', ...activationTerms(activationOf(x) ?? 'linear'), 'params', 'none'],
  };
}

export function explainPooling(x: ExplainInput): Explanation {
  const is2d = x.className.endsWith('2D');
  const isMax = x.className.startsWith('Max');
  const pool = nums(x.config, 'poolSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const defaultStride = x.spec.strides === undefined || x.spec.strides === null;
  const c = imageAxes(x.inputShape, channelsFirst(x)).channels;
  const strideNote = defaultStride ? ' (by default the stride equals the pool size)' : '';
  const strideText = s.every((v) => v === s[0]) ? String(s[0]) : sizeText(s);
  const window = is2d
    ? `${x.className}, ${sizeText(pool)} windows with stride ${strideText}${strideNote}`
    : `${x.className}, pool size ${n(pool[0] ?? 0)} with stride ${strideText}${strideNote}`;
  const setting = `padding ${padding}${dataFormatSetting(x)}`;
  const shape = is2d ? explain2d(x, window, setting, padding, pool, s) : explain1d(x, window, setting, padding, pool[0] ?? 1, s[0] ?? 1);
  const what = eachOf(c, is2d ? 'channel' : 'feature');
  const halves =
    is2d && pool.every((p) => p === 2) && s.every((v) => v === 2)
      ? ` ${sizeText(pool)} ${isMax ? 'max' : 'average'} pooling with stride 2 halves height and width (rounding ${padding === 'same' ? 'up' : 'down'}).`
      : '';
  return {
    explanation: [
      `${shape}; ${what} is pooled on its own, so the output is ${shapeText(x.outputShape)}.${halves}`,
      `No parameters: it ${isMax ? 'keeps the largest value of' : 'averages'} each window.`,
    ],
    terms: ['pooling', 'stride', 'padding', is2d ? 'channels' : 'features', 'none'],
  };
}
