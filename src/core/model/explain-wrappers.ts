/**
 * The arithmetic of the layers that wrap or reverse another (Bidirectional, TimeDistributed(Dense),
 * Conv2DTranspose), and the sentences for arguments that change training but not the shapes
 * (initializers, regularizers, recurrent dropout).
 */
import { activationClause, activationOf, channelsFirst, dims, imageAxes, nums, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { eachOf, formatCount as n, plural, shapeText, sizeText, theCount } from './format';

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

/** One direction's parameters: gates × (u × (f + u) + u), with the gates named; `product` is the formula ready to be multiplied. */
export function recurrentFormula(className: string, f: number, u: number): { formula: string; product: string; value: number; gates: string } {
  const g = className === 'LSTM' ? 4 : className === 'GRU' ? 3 : 1;
  const inner = `${n(u)} × (${n(f)} + ${n(u)}) + ${n(u)}`;
  const gates = g === 4 ? '4 gates (input, forget, cell, output)' : g === 3 ? '3 gates (update, reset, candidate)' : 'one state update';
  const formula = g === 1 ? inner : `${g} × (${inner})`;
  return { formula, product: g === 1 ? `(${inner})` : formula, value: g * (u * (f + u) + u), gates };
}

const MERGE_WORDS: Readonly<Record<string, string>> = {
  sum: 'adds them value by value',
  mul: 'multiplies them value by value',
  ave: 'averages them value by value',
};

export function explainBidirectional(x: ExplainInput): Explanation {
  const [steps = 0, f = 0] = dims(x.inputShape);
  const u = innerNum(x, 'units');
  const inner = RECURRENT_CLASS[String(x.spec.layer ?? 'lstm')] ?? 'LSTM';
  const merge = typeof x.config.mergeMode === 'string' ? x.config.mergeMode : 'concat';
  const seq = innerConfig(x).returnSequences === true || x.spec.returnSequences === true;
  const act = activationClause(activationOf({ ...x, config: innerConfig(x) }) ?? 'tanh', u);
  const what = seq ? `its state after every step, ${plural(u, 'number')} per step` : `its last state, ${plural(u, 'number')}`;
  const joined =
    merge === 'concat'
      ? `merge mode concat lays the two side by side: 2 × ${n(u)} = ${n(2 * u)}`
      : `merge mode ${merge} ${MERGE_WORDS[merge] ?? 'combines them'}, keeping ${plural(u, 'value')}`;
  const shape =
    `Bidirectional(${inner}), ${plural(u, 'unit')} on ${shapeText(x.inputShape)}: one ${inner} reads ${theCount(steps, 'timestep')} forwards and a copy reads them backwards, ` +
    `each giving ${what} (${act}); ${joined}, so the output is ${shapeText(x.outputShape)}.`;
  const one = recurrentFormula(inner, f, u);
  const params = paramsSentence(
    x,
    `2 × ${one.product}`,
    2 * one.value,
    `: the forward and the backward ${inner} have their own weights, ${n(one.value)} each: ${one.gates}, each with ${n(f)} × ${n(u)} input weights, ` +
      `${n(u)} × ${n(u)} recurrent weights and ${plural(u, 'bias', 'biases')}`,
  );
  const lines = [shape, params];
  if (inner === 'GRU') lines.push('Each GRU uses reset_after=False, the one TensorFlow.js supports; its Keras code says so.');
  return { explanation: lines, terms: ['recurrent', 'units', 'timesteps', 'features', 'activation', 'return_sequences', 'params', 'none'] };
}

export function explainTimeDistributed(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const [steps = 0] = inDims;
  const f = inDims[inDims.length - 1] ?? 0;
  const units = innerNum(x, 'units');
  const bias = innerConfig(x).useBias !== false && x.spec.useBias !== false;
  const act = activationClause(activationOf({ ...x, config: innerConfig(x) }) ?? 'linear', units);
  const each =
    inDims.length === 2
      ? `turning ${theCount(f, 'feature')} of a step into ${plural(units, 'value')}`
      : `acting on the last axis of each step’s ${shapeText(inDims.slice(1))}, ${theCount(f, 'value')} into ${n(units)}`;
  const shape =
    `TimeDistributed(Dense(${n(units)})) on ${shapeText(x.inputShape)}: the same Dense layer is applied at ${eachOf(steps, 'step')}, ${each}, ` +
    `so the output is ${shapeText(x.outputShape)}; ${act}.`;
  const shared = `: one set of weights shared by ${steps === 1 ? 'the one step' : `all ${n(steps)} steps`}, as Dense(${n(units)}) on the last axis would have`;
  const params = bias
    ? paramsSentence(x, `${n(f)} × ${n(units)} weights + ${n(units)} ${units === 1 ? 'bias' : 'biases'}`, f * units + units, shared)
    : paramsSentence(x, `${n(f)} × ${n(units)} weights`, f * units, `, no bias${shared}`);
  return { explanation: [shape, params], terms: ['units', 'timesteps', 'last_axis', 'activation', 'params', 'none'] };
}

/** Keras' transposed length: n × s + max(k − s, 0) with padding valid, n × s with same. */
function transposedLength(len: number, k: number, s: number, padding: string, out: number): string {
  if (padding === 'same') return s === 1 ? `stays ${n(len)}` : `${n(len)} × ${s} = ${n(out)}`;
  if (k >= s) return s === 1 ? `${n(len)} + ${n(k)} − 1 = ${n(out)}` : `(${n(len)} − 1) × ${s} + ${n(k)} = ${n(out)}`;
  return `${n(len)} × ${s} = ${n(out)}`;
}

export function explainConvTranspose(x: ExplainInput): Explanation {
  const filters = nums(x.config, 'filters')[0] ?? 0;
  const k = nums(x.config, 'kernelSize');
  const s = nums(x.config, 'strides');
  const padding = String(x.config.padding ?? 'valid');
  const first = channelsFirst(x);
  const { channels: c, spatial: [h = 0, w = 0] } = imageAxes(x.inputShape, first);
  const [oh = 0, ow = 0] = imageAxes(x.outputShape, first).spatial;
  const bias = x.config.useBias !== false;
  const strideText = s.every((v) => v === s[0]) ? String(s[0]) : sizeText(s);
  const setting = `padding ${padding}${s.every((v) => v === 1) ? '' : `, stride ${strideText}`}`;
  const height = transposedLength(h, k[0] ?? 1, s[0] ?? 1, padding, oh);
  const width = transposedLength(w, k[1] ?? 1, s[1] ?? 1, padding, ow);
  const rule = padding === 'same' ? 'with padding same each length is multiplied by the stride' : 'with padding valid each length is (n − 1) × stride + kernel';
  const act = activationClause(activationOf(x) ?? 'linear', filters);
  const shape =
    `Conv2DTranspose, ${plural(filters, 'filter')} of ${sizeText(k)} on ${shapeText(x.inputShape)}, ${setting}: each input pixel spreads over a ${sizeText(k)} window ` +
    `of the output, ${rule}: height ${height}, width ${width}; each filter spans ${c === 1 ? 'the single input channel' : `all ${n(c)} input channels`}, ` +
    `so the output is ${shapeText(x.outputShape)}; ${act}.`;
  const kernel = [...k, c];
  const perFilter = kernel.reduce((a, b) => a * b, 1);
  const product = kernel.map(n).join(' × ');
  const params = bias
    ? paramsSentence(x, `(${product} + 1) × ${n(filters)}`, (perFilter + 1) * filters)
    : paramsSentence(x, `${product} × ${n(filters)}`, perFilter * filters, ', no bias');
  return { explanation: [shape, params], terms: ['filters', 'kernel', 'padding', 'stride', 'channels', 'activation', 'params', 'none'] };
}

/** "he_normal" from the spec's "heNormal", as Keras writes it. */
function kerasName(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function factor(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

/** "L2(0.01): training adds 0.01 × the sum of the squared kernel weights to the loss". */
export function regularizerSentence(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { l1, l2 } = value as { l1?: unknown; l2?: unknown };
  if (l1 === undefined && l2 === undefined) return null;
  const parts: string[] = [];
  if (l1 !== undefined) parts.push(`${factor(l1)} × the sum of the kernel weights’ absolute values`);
  if (l2 !== undefined) parts.push(`${factor(l2)} × the sum of ${l1 === undefined ? 'the kernel weights’' : 'their'} squares`);
  const name = l1 !== undefined && l2 !== undefined ? `L1L2(l1=${factor(l1)}, l2=${factor(l2)})` : l1 !== undefined ? `L1(${factor(l1)})` : `L2(${factor(l2)})`;
  return `kernel_regularizer ${name}: training adds ${parts.join(' and ')} to the loss, so that large weights cost more; no parameters are added.`;
}

/** Sentences for the arguments that change how a layer trains but not its shape or its count. */
export function trainingArgNotes(x: ExplainInput): string[] {
  const notes: string[] = [];
  const init = x.spec.kernelInitializer;
  if (typeof init === 'string') notes.push(`kernel_initializer ${kerasName(init)}: only how the weights are drawn before training; the shapes and the count stay the same.`);
  const reg = regularizerSentence(x.spec.kernelRegularizer);
  if (reg) notes.push(reg);
  const drop = typeof x.spec.dropout === 'number' && x.spec.dropout > 0 ? x.spec.dropout : 0;
  const recurrent = typeof x.spec.recurrentDropout === 'number' && x.spec.recurrentDropout > 0 ? x.spec.recurrentDropout : 0;
  if (drop > 0 || recurrent > 0) {
    const parts = [
      ...(drop > 0 ? [`dropout ${drop} sets ${pct(drop)} of the input values of each step to 0`] : []),
      ...(recurrent > 0 ? [`recurrent_dropout ${recurrent} sets ${pct(recurrent)} of the state carried to the next step to 0`] : []),
    ];
    notes.push(`While training, ${parts.join(', and ')}; nothing is dropped when predicting, and no parameters are added.`);
  }
  return notes;
}

function pct(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
