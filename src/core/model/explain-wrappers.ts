/**
 * The arithmetic of the layers that wrap or reverse another (Bidirectional, TimeDistributed(Dense),
 * Conv2DTranspose), and the sentences for arguments that change training but not the shapes
 * (initializers, regularizers, recurrent dropout).
 */
import { msg, type Message } from '../i18n/message';
import { convParams, strideText } from './explain-conv';
import { activationOf, channelsFirst, dims, imageAxes, nums, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { shapeText, sizeText } from './format';

/** The wrapped layer's configuration inside a wrapper's: {layer: {className, config}}. */
function innerConfig(x: ExplainInput): Readonly<Record<string, unknown>> {
  const layer = x.config.layer as { config?: Record<string, unknown> } | undefined;
  return layer?.config ?? {};
}

function innerNum(x: ExplainInput, key: string): number {
  const v = innerConfig(x)[key] ?? x.spec[key];
  return typeof v === 'number' ? v : 0;
}

const RECURRENT_CLASS: Readonly<Record<string, string>> = { lstm: 'LSTM', gru: 'GRU', simpleRNN: 'SimpleRNN' };

/** One direction's parameter count: gates × (u × (f + u) + u). */
export function recurrentCount(className: string, f: number, u: number): number {
  const g = className === 'LSTM' ? 4 : className === 'GRU' ? 3 : 1;
  return g * (u * (f + u) + u);
}

export function explainBidirectional(x: ExplainInput): Explanation {
  const [steps = 0, f = 0] = dims(x.inputShape);
  const u = innerNum(x, 'units');
  const inner = RECURRENT_CLASS[String(x.spec.layer ?? 'lstm')] ?? 'LSTM';
  const kind = inner === 'LSTM' ? 'lstm' : inner === 'GRU' ? 'gru' : 'other';
  const merge = typeof x.config.mergeMode === 'string' ? x.config.mergeMode : 'concat';
  const seq = innerConfig(x).returnSequences === true || x.spec.returnSequences === true;
  const activation = activationOf({ ...x, config: innerConfig(x) }) ?? 'tanh';
  const shape = msg('model.explain.bidirectional.shape', {
    layer: inner, units: u, input: shapeText(x.inputShape), steps, sequences: seq ? 'on' : 'off', activation, actWidth: u,
    merge, doubled: 2 * u, output: shapeText(x.outputShape),
  });
  const one = recurrentCount(inner, f, u);
  const params = paramsSentence(x, 2 * one, msg('model.explain.bidirectional.params', { kind, units: u, features: f, params: x.params, layer: inner, each: one }));
  const lines = [shape, params];
  if (inner === 'GRU') lines.push(msg('model.explain.bidirectional.gru'));
  return { explanation: lines, terms: ['recurrent', 'units', 'timesteps', 'features', 'activation', 'return_sequences', 'params', 'none'] };
}

export function explainTimeDistributed(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const [steps = 0] = inDims;
  const f = inDims[inDims.length - 1] ?? 0;
  const units = innerNum(x, 'units');
  const bias = innerConfig(x).useBias !== false && x.spec.useBias !== false;
  const activation = activationOf({ ...x, config: innerConfig(x) }) ?? 'linear';
  const shape = msg('model.explain.timeDistributed.shape', {
    units, input: shapeText(x.inputShape), steps, grid: inDims.length === 2 ? 'no' : 'yes', features: f, stepShape: shapeText(inDims.slice(1)),
    output: shapeText(x.outputShape), activation, actWidth: units,
  });
  const params = paramsSentence(
    x,
    f * units + (bias ? units : 0),
    msg('model.explain.timeDistributed.params', { features: f, units, bias: bias ? 'yes' : 'no', params: x.params, steps }),
  );
  return { explanation: [shape, params], terms: ['units', 'timesteps', 'last_axis', 'activation', 'params', 'none'] };
}

/** Keras' transposed length: n × s + max(k − s, 0) with padding valid, n × s with same. */
function transposedLength(len: number, k: number, s: number, padding: string, out: number): Message {
  const rule = padding === 'same' ? (s === 1 ? 'stays' : 'times') : k >= s ? (s === 1 ? 'plus' : 'grow') : 'times';
  return msg('model.explain.transposedLength', { rule, length: len, kernel: k, stride: s, out });
}

export function explainConvTranspose(x: ExplainInput): Explanation {
  const filters = nums(x.config, 'filters')[0] ?? 0;
  const k = nums(x.config, 'kernelSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const first = channelsFirst(x);
  const { channels: c, spatial: [h = 0, w = 0] } = imageAxes(x.inputShape, first);
  const [oh = 0, ow = 0] = imageAxes(x.outputShape, first).spatial;
  const activation = activationOf(x) ?? 'linear';
  const shape = msg('model.explain.convTranspose', {
    filters, kernel: sizeText(k), input: shapeText(x.inputShape), padding, strided: s.every((v) => v === 1) ? 'no' : 'yes', stride: strideText(s),
    same: padding === 'same' ? 'yes' : 'no', height: transposedLength(h, k[0] ?? 1, s[0] ?? 1, padding, oh), width: transposedLength(w, k[1] ?? 1, s[1] ?? 1, padding, ow),
    channels: c, output: shapeText(x.outputShape), activation, actWidth: filters,
  });
  return { explanation: [shape, convParams(x, [...k, c], filters)], terms: ['filters', 'kernel', 'padding', 'stride', 'channels', 'activation', 'params', 'none'] };
}

/** "he_normal" from the spec's "heNormal", as Keras writes it. */
function kerasName(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function factor(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** "L2(0.01): training adds 0.01 × the sum of the squared kernel weights to the loss". */
export function regularizerSentence(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { l1, l2 } = value as { l1?: unknown; l2?: unknown };
  if (l1 === undefined && l2 === undefined) return null;
  const name = l1 !== undefined && l2 !== undefined ? `L1L2(l1=${factor(l1)}, l2=${factor(l2)})` : l1 !== undefined ? `L1(${factor(l1)})` : `L2(${factor(l2)})`;
  const which = l1 !== undefined && l2 !== undefined ? 'both' : l1 !== undefined ? 'l1' : 'l2';
  return msg('model.explain.regularizer', { name, which, l1: String(factor(l1)), l2: String(factor(l2)) });
}

/** Sentences for the arguments that change how a layer trains but not its shape or its count. */
export function trainingArgNotes(x: ExplainInput): Message[] {
  const notes: Message[] = [];
  const init = x.spec.kernelInitializer;
  if (typeof init === 'string') notes.push(msg('model.explain.initializer', { name: kerasName(init) }));
  const reg = regularizerSentence(x.spec.kernelRegularizer);
  if (reg) notes.push(reg);
  const drop = typeof x.spec.dropout === 'number' && x.spec.dropout > 0 ? x.spec.dropout : 0;
  const recurrent = typeof x.spec.recurrentDropout === 'number' && x.spec.recurrentDropout > 0 ? x.spec.recurrentDropout : 0;
  if (drop > 0 || recurrent > 0) {
    const which = drop > 0 && recurrent > 0 ? 'both' : drop > 0 ? 'dropout' : 'recurrent';
    notes.push(msg('model.explain.dropoutArgs', { which, dropout: String(drop), dropoutPercent: percent(drop), recurrent: String(recurrent), recurrentPercent: percent(recurrent) }));
  }
  return notes;
}

function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}
