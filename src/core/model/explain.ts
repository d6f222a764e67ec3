/**
 * The arithmetic behind each layer's output shape and parameter count, in words. It reads the
 * configuration tf.layers built (kernel sizes, strides, padding, units) and the shapes and
 * counts tf.layers computed; a parameter formula is only written when it gives tfjs' count,
 * otherwise the weights are listed as they are.
 */
import { batchMinusOne, reshapeCall } from './batch-advice';
import { explainConv, explainPooling } from './explain-conv';
import { explainBidirectional, explainConvTranspose, explainTimeDistributed, trainingArgNotes } from './explain-wrappers';
import { activationClause, activationOf, activationTerms, channelsFirst, dims, imageAxes, num, paramsSentence, type ExplainInput, type Explanation } from './explain-util';
import { allOf, eachOf, formatCount as n, plural, shapeText, theCount } from './format';

export type { ExplainInput, Explanation, WeightInfo } from './explain-util';

function explainDense(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const f = inDims[inDims.length - 1] ?? 0;
  const units = num(x.config, 'units');
  const bias = x.config.useBias !== false;
  const inText = shapeText(x.inputShape);
  const outText = shapeText(x.outputShape);
  const activation = activationOf(x) ?? 'linear';
  const dense = `Dense(${n(units)}, ${activation})`;
  const act = activationClause(activation, units);
  let shape: string;
  if (inDims.length === 1) {
    shape = `${dense} on ${inText}: ${eachOf(units, 'unit')} takes ${allOf(f, 'input')} of a row, so the output is ${outText}; ${act}.`;
  } else if (inDims.length === 2) {
    // A sequence: (None, steps, features).
    shape =
      `${dense} on ${inText} gives ${outText}: Dense acts on the last axis only, turning ${theCount(f, 'feature')} at ${eachOf(inDims[0] ?? 0, 'step')} ` +
      `into ${plural(units, 'value')}, one per unit, with the same weights at every step; ${act}.`;
  } else {
    const positions = inDims.slice(0, -1);
    shape =
      `${dense} on ${inText} gives ${outText}: Dense acts on the last axis only, turning ${theCount(f, 'value')} at each of the ` +
      `${positions.map(n).join(' × ')} positions into ${n(units)}, with the same weights everywhere; ${act}.`;
  }
  const perAxis =
    inDims.length === 1 ? '' : `: counted on ${theCount(f, inDims.length === 2 ? 'feature' : 'value')} of the last axis, not per ${inDims.length === 2 ? 'step' : 'position'}`;
  const params = bias
    ? paramsSentence(x, `${n(f)} × ${n(units)} weights + ${n(units)} ${units === 1 ? 'bias' : 'biases'}`, f * units + units, perAxis)
    : paramsSentence(x, `${n(f)} × ${n(units)} weights`, f * units, `, no bias${perAxis}`);
  return { explanation: [shape, params], terms: ['units', ...(inDims.length > 1 ? ['last_axis'] : []), ...activationTerms(activation), 'params', 'none'] };
}

function explainRecurrent(x: ExplainInput): Explanation {
  const [steps = 0, f = 0] = dims(x.inputShape);
  const u = num(x.config, 'units');
  const seq = x.config.returnSequences === true;
  const gates = x.className === 'LSTM' ? 4 : x.className === 'GRU' ? 3 : 1;
  const act = activationClause(activationOf(x) ?? 'tanh', u);
  const shape =
    `${x.className}, ${plural(u, 'unit')} on ${shapeText(x.inputShape)}: it reads ${steps === 1 ? 'the one timestep' : `the ${plural(steps, 'timestep')} one after another`}, ` +
    `${plural(f, 'feature')} at each step, and carries a state of ${plural(u, 'number')} from step to step (${act}); ` +
    (seq
      ? `return_sequences is on, so it outputs the state after every step: ${shapeText(x.outputShape)}, one output per step, which a recurrent layer after it needs, ` +
        `and a Dense that should answer at every step (off, it would output only the last state, ${shapeText([x.inputShape[0] ?? null, u])}).`
      : `return_sequences is off, so it outputs only the state after the last step: ${shapeText(x.outputShape)} (on, it would output ${shapeText([x.inputShape[0] ?? null, steps, u])}, ` +
        'one state per step, which a recurrent layer after it would need).');
  const inner = `${n(u)} × (${n(f)} + ${n(u)}) + ${n(u)}`;
  const perGate = `${n(f)} × ${n(u)} input weights, ${n(u)} × ${n(u)} recurrent weights and ${plural(u, 'bias', 'biases')}`;
  const value = gates * (u * (f + u) + u);
  const lines = [shape];
  if (gates === 1) {
    lines.push(paramsSentence(x, inner, value, `: ${perGate}`));
  } else {
    const what = gates === 4 ? '4 gates (input, forget, cell, output)' : '3 gates (update, reset, candidate)';
    lines.push(paramsSentence(x, `${gates} × (${inner})`, value, `: ${what}, each with ${perGate}`));
  }
  if (gates === 3) {
    const keras = 3 * (u * (f + u) + 2 * u);
    lines.push(
      `Keras 3’s GRU adds a second bias per gate by default (reset_after=True: 3 × (${inner} + ${n(u)}) = ${n(keras)}); ` +
        'TensorFlow.js supports only reset_after=False, so this model and its Keras code use reset_after=False.',
    );
  }
  return { explanation: lines, terms: ['units', 'timesteps', 'features', ...activationTerms(activationOf(x) ?? 'tanh'), 'return_sequences', 'params', 'none'] };
}

function explainBatchNorm(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const c = inDims[inDims.length - 1] ?? 0;
  const what = inDims.length === 3 ? 'channels' : 'features';
  return {
    explanation: [
      `BatchNormalization normalises ${eachOf(c, what === 'channels' ? 'channel' : 'feature')} (the last axis) with the mean and variance of the batch, then scales and shifts it; the shape stays ${shapeText(x.outputShape)}.`,
      paramsSentence(
        x,
        `4 × ${n(c)}`,
        4 * c,
        `: a scale (gamma) and a shift (beta) per ${what === 'channels' ? 'channel' : 'feature'} are trained (2 × ${n(c)} = ${n(x.trainableParams)}); ` +
          `the moving mean and moving variance (2 × ${n(c)} = ${n(x.nonTrainableParams)}) are running averages, not trained: the non-trainable parameters`,
      ),
    ],
    terms: ['batch_normalization', 'features', 'batch', 'params', 'trainable', 'none'],
  };
}

function explainGlobalPooling(x: ExplainInput): Explanation {
  const { channels: c, spatial: over } = imageAxes(x.inputShape, channelsFirst(x));
  const sentence =
    over.length === 1
      ? `${x.className} averages ${eachOf(c, 'feature')} over ${allOf(over[0] ?? 0, 'step')}, so ${shapeText(x.inputShape)} becomes ${shapeText(x.outputShape)}.`
      : `${x.className} averages ${eachOf(c, 'channel')} over all ${over.map(n).join(' × ')} positions, so ${shapeText(x.inputShape)} becomes ${shapeText(x.outputShape)}.`;
  return { explanation: [sentence, 'No parameters.'], terms: ['pooling', over.length === 1 ? 'features' : 'channels', 'none'] };
}

function explainFlatten(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const total = inDims.reduce((a, b) => a * b, 1);
  return {
    explanation: [
      `Flatten lays the values of each example out in one row: ${inDims.map(n).join(' × ')} = ${n(total)}, so ${shapeText(x.inputShape)} becomes ${shapeText(x.outputShape)}.`,
      'No parameters: the values are only laid out differently.',
    ],
    terms: ['flatten', 'none'],
  };
}

function explainReshape(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const total = inDims.reduce((a, b) => a * b, 1);
  const target = Array.isArray(x.spec.targetShape) ? (x.spec.targetShape as number[]) : dims(x.outputShape);
  const unknown = target.indexOf(-1);
  const known = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const solved = unknown >= 0 ? `; the -1 is worked out from the others: ${n(total)} / ${n(known)} = ${n(total / known)}` : '';
  const rest = total > 1 ? batchMinusOne(target, total) : undefined;
  // tf.reshape(x, [-1, 28, 28, 1]) copied into a layer: the -1 there was the batch, here it is a new axis of 1.
  const batch = rest
    ? [`That -1 is not the batch: in a Keras layer the batch axis is not written (it stays None), so the 1 is a new axis of length 1; ${reshapeCall(rest)} gives ${shapeText([x.outputShape[0] ?? null, ...rest])}.`]
    : [];
  return {
    explanation: [
      `Reshape rearranges ${theCount(total, 'value')} of each example${inDims.length > 1 ? ` (${inDims.map(n).join(' × ')})` : ''} into ${shapeText(dims(x.outputShape))}${solved}, so the output is ${shapeText(x.outputShape)}.`,
      ...batch,
      'No parameters: the values are only rearranged.',
    ],
    terms: ['reshape', 'none'],
  };
}

function explainDropout(x: ExplainInput): Explanation {
  const rate = num(x.config, 'rate');
  const pct = Math.round(rate * 1000) / 10;
  const keep = Math.round((1 - rate) * 1000) / 1000;
  return {
    explanation: [
      `Dropout sets a random ${pct}% of the values to 0 at each training step (and scales the others by 1 / ${keep}), and does nothing when predicting; the shape stays ${shapeText(x.outputShape)}.`,
      'No parameters.',
    ],
    terms: ['dropout', 'none'],
  };
}

function explainActivation(x: ExplainInput): Explanation {
  const fn = typeof x.config.activation === 'string' ? x.config.activation : 'its function';
  return {
    explanation: [`Activation applies ${fn} to every value on its own; the shape stays ${shapeText(x.outputShape)}.`, 'No parameters.'],
    terms: ['activation', 'none'],
  };
}

/** Masking's own sentences; analyze.ts adds which recurrent layers skip the marked steps once it knows the layers after it. */
function explainMasking(x: ExplainInput): Explanation {
  const inDims = dims(x.inputShape);
  const f = inDims[inDims.length - 1] ?? 0;
  const value = String(num(x.config, 'maskValue')).replace('-', '−');
  const what = inDims.length === 1 ? 'example' : 'step';
  const marks = f === 1 ? `each ${what} whose value is ${value}` : `each ${what} whose ${n(f)} values are all ${value}`;
  return {
    explanation: [
      `Masking on ${shapeText(x.inputShape)} marks ${marks} as padding and passes the values on unchanged, so ${shapeText(x.inputShape)} stays ${shapeText(x.outputShape)}.`,
      'No parameters.',
    ],
    terms: ['masking', ...(inDims.length > 1 ? ['timesteps'] : []), 'features', 'recurrent', 'none'],
  };
}

function explainOther(x: ExplainInput): Explanation {
  const shape = `${x.className} turns ${shapeText(x.inputShape)} into ${shapeText(x.outputShape)}.`;
  const params = x.params === 0 ? 'No parameters.' : paramsSentence(x, '', -1);
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
