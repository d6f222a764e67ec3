/**
 * The arithmetic behind each layer's output shape and parameter count, in words. It reads the
 * configuration tf.layers built (kernel sizes, strides, padding, units) and the shapes and
 * counts tf.layers computed; a parameter formula is only written when it gives tfjs' count,
 * otherwise the weights are listed as they are.
 */
import { msg } from '../i18n/message';
import { batchMinusOne, reshapeCall } from './batch-advice';
import { explainConv, explainPooling } from './explain-conv';
import { explainBidirectional, explainConvTranspose, explainTimeDistributed, trainingArgNotes } from './explain-wrappers';
import { activationOf, activationTerms, channelsFirst, dims, imageAxes, num, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { shapeText } from './format';

export type { ExplainInput, Explanation, WeightInfo } from './explain-util';

/** "5 × 5": the positions a layer repeats over, as a formula. */
function times(values: readonly number[]): string {
  return values.map(String).join(' × ');
}

function explainDense(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const f = inDims[inDims.length - 1] ?? 0;
  const units = num(x.config, 'units');
  const bias = x.config.useBias !== false;
  const activation = activationOf(x) ?? 'linear';
  const common = { units, activation, actWidth: units, input: shapeText(x.inputShape), output: shapeText(x.outputShape) };
  const shape =
    inDims.length === 1
      ? msg('model.explain.dense.row', { ...common, inputs: f })
      : inDims.length === 2
        ? msg('model.explain.dense.sequence', { ...common, features: f, steps: inDims[0] ?? 0 })
        : msg('model.explain.dense.grid', { ...common, values: f, positions: times(inDims.slice(0, -1)) });
  const axis = inDims.length === 1 ? 'none' : inDims.length === 2 ? 'step' : 'position';
  const value = f * units + (bias ? units : 0);
  const params = paramsSentence(x, value, msg('model.explain.dense.params', { inputs: f, units, bias: bias ? 'yes' : 'no', params: x.params, axis }));
  return { explanation: [shape, params], terms: ['units', ...(inDims.length > 1 ? ['last_axis'] : []), ...activationTerms(activation), 'params', 'none'] };
}

/** "lstm", "gru" or "other": how a recurrent layer's parameters are counted. */
export function recurrentKind(className: string): 'lstm' | 'gru' | 'other' {
  return className === 'LSTM' ? 'lstm' : className === 'GRU' ? 'gru' : 'other';
}

function explainRecurrent(x: ExplainInput): Explanation {
  const [steps = 0, f = 0] = dims(x.inputShape);
  const u = num(x.config, 'units');
  const seq = x.config.returnSequences === true;
  const kind = recurrentKind(x.className);
  const gates = kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1;
  const activation = activationOf(x) ?? 'tanh';
  const batch = x.inputShape[0] ?? null;
  const shape = msg('model.explain.recurrent.shape', {
    layer: x.className, units: u, input: shapeText(x.inputShape), steps, features: f, activation, actWidth: u,
    sequences: seq ? 'on' : 'off', output: shapeText(x.outputShape), alternative: shapeText(seq ? [batch, u] : [batch, steps, u]),
  });
  const value = gates * (u * (f + u) + u);
  const lines = [shape, paramsSentence(x, value, msg('model.explain.recurrent.params', { kind, units: u, features: f, params: x.params }))];
  if (kind === 'gru') lines.push(msg('model.explain.recurrent.gruKeras', { units: u, features: f, keras: 3 * (u * (f + u) + 2 * u) }));
  return { explanation: lines, terms: ['units', 'timesteps', 'features', ...activationTerms(activation), 'return_sequences', 'params', 'none'] };
}

function explainBatchNorm(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const c = inDims[inDims.length - 1] ?? 0;
  const axis = inDims.length === 3 ? 'channel' : 'feature';
  return {
    explanation: [
      msg('model.explain.batchNorm.shape', { axis, count: c, output: shapeText(x.outputShape) }),
      paramsSentence(x, 4 * c, msg('model.explain.batchNorm.params', { axis, count: c, params: x.params, trainable: x.trainableParams, nonTrainable: x.nonTrainableParams })),
    ],
    terms: ['batch_normalization', 'features', 'batch', 'params', 'trainable', 'none'],
  };
}

function explainGlobalPooling(x: ExplainInput): Explanation {
  const { channels: c, spatial: over } = imageAxes(x.inputShape, channelsFirst(x));
  const shapes = { layer: x.className, count: c, input: shapeText(x.inputShape), output: shapeText(x.outputShape) };
  const sentence =
    over.length === 1
      ? msg('model.explain.globalPooling.steps', { ...shapes, steps: over[0] ?? 0 })
      : msg('model.explain.globalPooling.grid', { ...shapes, positions: times(over) });
  return { explanation: [sentence, msg('model.explain.noParams')], terms: ['pooling', over.length === 1 ? 'features' : 'channels', 'none'] };
}

function explainFlatten(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const total = inDims.reduce((a, b) => a * b, 1);
  return {
    explanation: [
      msg('model.explain.flatten', { dims: times(inDims), total, input: shapeText(x.inputShape), output: shapeText(x.outputShape) }),
      msg('model.explain.noParams.laidOut'),
    ],
    terms: ['flatten', 'none'],
  };
}

function explainReshape(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const total = inDims.reduce((a, b) => a * b, 1);
  const target = Array.isArray(x.spec.targetShape) ? (x.spec.targetShape as number[]) : dims(x.outputShape);
  const known = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const rest = total > 1 ? batchMinusOne(target, total) : undefined;
  // tf.reshape(x, [-1, 28, 28, 1]) copied into a layer: the -1 there was the batch, here it is a new axis of 1.
  const batch = rest ? [msg('model.explain.reshape.batch', { call: reshapeCall(rest), shape: shapeText([x.outputShape[0] ?? null, ...rest]) })] : [];
  return {
    explanation: [
      msg('model.explain.reshape', {
        total, multi: inDims.length > 1 ? 'yes' : 'no', dims: times(inDims), target: shapeText(dims(x.outputShape)),
        solved: target.includes(-1) ? 'yes' : 'no', known, value: total / known, output: shapeText(x.outputShape),
      }),
      ...batch,
      msg('model.explain.noParams.rearranged'),
    ],
    terms: ['reshape', 'none'],
  };
}

function explainDropout(x: ExplainInput): Explanation {
  const rate = num(x.config, 'rate');
  return {
    explanation: [
      msg('model.explain.dropout', { percent: Math.round(rate * 1000) / 10, keep: Math.round((1 - rate) * 1000) / 1000, output: shapeText(x.outputShape) }),
      msg('model.explain.noParams'),
    ],
    terms: ['dropout', 'none'],
  };
}

function explainActivation(x: ExplainInput): Explanation {
  const fn = typeof x.config.activation === 'string' ? x.config.activation : '';
  return {
    explanation: [msg('model.explain.activation', { known: fn ? 'yes' : 'no', fn, output: shapeText(x.outputShape) }), msg('model.explain.noParams')],
    terms: ['activation', 'none'],
  };
}

/** "0", "−1": a mask value as the sentences write it. */
export function maskValueText(value: number): string {
  return String(value).replace('-', '−');
}

/** Masking's own sentences; analyze.ts adds which recurrent layers skip the marked steps once it knows the layers after it. */
function explainMasking(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const f = inDims[inDims.length - 1] ?? 0;
  return {
    explanation: [
      msg('model.explain.masking', {
        input: shapeText(x.inputShape), per: inDims.length === 1 ? 'example' : 'step', features: f,
        value: maskValueText(num(x.config, 'maskValue')), output: shapeText(x.outputShape),
      }),
      msg('model.explain.noParams'),
    ],
    terms: ['masking', ...(inDims.length > 1 ? ['timesteps'] : []), 'features', 'recurrent', 'none'],
  };
}

function explainOther(x: ExplainInput): Explanation {
  const shape = msg('model.explain.other', { layer: x.className, input: shapeText(x.inputShape), output: shapeText(x.outputShape) });
  const params = x.params === 0 ? msg('model.explain.noParams') : paramsSentence(x, -1, msg('model.explain.noParams'));
  return { explanation: [shape, params], terms: ['params', 'none'] };
}

/** The sentences beside a layer that tf.layers built, and the glossary terms they use. */
export function explainLayer(x: ExplainInput): Explanation {
  const words = explainByType(x);
  const notes = trainingArgNotes(x);
  return notes.length === 0 ? words : { ...words, explanation: [...words.explanation, ...notes] };
}

function explainByType(x: ExplainInput): Explanation {
  switch (x.spec.type) {
    case 'bidirectional':
      return explainBidirectional(x);
    case 'timeDistributed':
      return explainTimeDistributed(x);
    case 'conv2dTranspose':
      return explainConvTranspose(x);
    case 'dense':
      return explainDense(x);
    case 'conv1d':
    case 'conv2d':
      return explainConv(x);
    case 'maxPooling1d':
    case 'maxPooling2d':
    case 'averagePooling1d':
    case 'averagePooling2d':
      return explainPooling(x);
    case 'globalAveragePooling1d':
    case 'globalAveragePooling2d':
      return explainGlobalPooling(x);
    case 'lstm':
    case 'gru':
    case 'simpleRNN':
      return explainRecurrent(x);
    case 'batchNormalization':
      return explainBatchNorm(x);
    case 'flatten':
      return explainFlatten(x);
    case 'reshape':
      return explainReshape(x);
    case 'dropout':
      return explainDropout(x);
    case 'activation':
      return explainActivation(x);
    case 'masking':
      return explainMasking(x);
    default:
      return explainOther(x);
  }
}
