/**
 * The layer catalogue of the model designer: one entry per tf.layers factory the user can
 * pick, with the arguments the user sets. The designer's forms, the spec file's schema, the
 * argument checks and the Keras code all read this one table.
 */
import type { LayerSpec } from './types';

export interface ParamDef {
  /** The factory's argument name (camelCase, as tf.layers takes it). */
  key: string;
  label: string;
  /** regularizer: {"l1": 0.01} and/or {"l2": 0.01}, the factors of Keras' L1, L2 or L1L2. */
  kind: 'int' | 'float' | 'enum' | 'bool' | 'ints' | 'regularizer';
  /** The value the layer uses when the argument is absent (null: worked out, e.g. strides = pool size). */
  default: unknown;
  min?: number;
  max?: number;
  options?: readonly string[];
  help: string;
  glossary?: string;
  /** For 'ints': how many numbers a list holds (1 for 1-D layers, 2 for height × width); one number means the same for all. */
  dims?: number;
  /** The layer cannot be made without it (units, filters, …); newLayer fills it with `default`. */
  required?: boolean;
}

export interface LayerDef {
  type: string;
  className: string;
  label: string;
  group: 'Core' | 'Convolution' | 'Pooling' | 'Recurrent' | 'Shape' | 'Regularisation';
  summary: string;
  params: readonly ParamDef[];
}

/** Activations that tf.layers and Keras 3 both know under the same name. */
export const ACTIVATIONS = ['relu', 'linear', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'softsign', 'swish'] as const;

/** Large enough for any filter count or reshape size the app can train; stops a typo from filling the memory. */
export const MAX_UNITS = 65_536;
/** Dense's cap: Keras builds Dense(71750); beyond a million units even the bias alone is a typo. */
export const MAX_DENSE_UNITS = 1_000_000;
export const MAX_WINDOW = 4_096;

const units = (help: string, max = MAX_UNITS): ParamDef => ({
  key: 'units', label: 'Units', kind: 'int', default: 32, min: 1, max, required: true, glossary: 'units', help,
});
const activation = (fallback: string): ParamDef => ({
  key: 'activation', label: 'Activation', kind: 'enum', default: fallback, options: ACTIVATIONS, glossary: 'activation',
  help: 'The function applied to each output value: relu for hidden layers, softmax for class probabilities, linear for a number.',
});
const useBias: ParamDef = {
  key: 'useBias', label: 'Use bias', kind: 'bool', default: true, glossary: 'params',
  help: 'Adds one learned number (the bias) to each output; on in almost every model.',
};
const filters: ParamDef = {
  key: 'filters', label: 'Filters', kind: 'int', default: 32, min: 1, max: MAX_UNITS, required: true, glossary: 'filters',
  help: 'How many patterns the layer looks for; each filter gives one value per position: the size of the last axis.',
};
const kernelSize = (dims: 1 | 2): ParamDef => ({
  key: 'kernelSize', label: 'Kernel size', kind: 'ints', dims, default: 3, min: 1, max: MAX_WINDOW, required: true, glossary: 'kernel',
  help: dims === 1 ? 'The width of each filter, in steps.' : 'The height × width of each filter, in pixels: 3 means 3×3.',
});
const convStrides = (dims: 1 | 2): ParamDef => ({
  key: 'strides', label: 'Strides', kind: 'ints', dims, default: 1, min: 1, max: MAX_WINDOW, glossary: 'stride',
  help: 'How far the filter moves between positions: 1 visits every position, 2 every other one (halving the length).',
});
const padding: ParamDef = {
  key: 'padding', label: 'Padding', kind: 'enum', default: 'valid', options: ['valid', 'same'], glossary: 'padding',
  help: 'valid: only positions where the window fits, so the output is shorter; same: zeros added at the edges, so the length is ceil(n / stride).',
};
const poolSize = (dims: 1 | 2): ParamDef => ({
  key: 'poolSize', label: 'Pool size', kind: 'ints', dims, default: 2, min: 1, max: MAX_WINDOW, glossary: 'pooling',
  help: dims === 1 ? 'How many steps each window covers.' : 'The height × width of each window: 2 means 2×2.',
});
const poolStrides = (dims: 1 | 2): ParamDef => ({
  key: 'strides', label: 'Strides', kind: 'ints', dims, default: null, min: 1, max: MAX_WINDOW, glossary: 'stride',
  help: 'How far the window moves; empty means the pool size (the default), so windows do not overlap.',
});
/** Initializers that tf.layers and Keras 3 both know (tf.layers' spelling; Keras writes he_normal). */
export const INITIALIZERS = [
  'glorotUniform', 'glorotNormal', 'heNormal', 'heUniform', 'lecunNormal', 'lecunUniform', 'randomNormal', 'randomUniform', 'truncatedNormal', 'zeros', 'ones',
] as const;
const kernelInitializer: ParamDef = {
  key: 'kernelInitializer', label: 'Kernel initializer', kind: 'enum', default: 'glorotUniform', options: INITIALIZERS, glossary: 'kernel_initializer',
  help: 'How the weights are drawn before training: glorotUniform (Keras’ default) suits most layers, heNormal suits relu; no effect on shapes or parameter counts.',
};
const kernelRegularizer: ParamDef = {
  key: 'kernelRegularizer', label: 'Kernel regularizer', kind: 'regularizer', default: null, glossary: 'kernel_regularizer',
  help: 'A penalty on large weights added to the loss, against overfitting: L2 adds factor × the sum of the squared weights, L1 factor × the sum of their absolute values. No parameters added.',
};
const dropoutRate = (key: 'dropout' | 'recurrentDropout'): ParamDef => ({
  key, label: key === 'dropout' ? 'Dropout' : 'Recurrent dropout', kind: 'float', default: 0, min: 0, max: 1, glossary: 'recurrent_dropout',
  help: key === 'dropout'
    ? 'The share of the input values set to 0 at each step while training (0.2 = 20%); nothing is dropped when predicting.'
    : 'The share of the state carried from step to step set to 0 while training (0.2 = 20%); nothing is dropped when predicting.',
});
/**
 * Which axis holds the channels, as Keras' data_format: channels_last (height, width, channels) is
 * Keras' default. 2-D layers only: TensorFlow.js' 1-D pooling ignores the setting and its Conv1D
 * drops it when a model is saved, so a 1-D model would not come back the same.
 */
export const DATA_FORMATS = ['channels_last', 'channels_first'] as const;
const dataFormat: ParamDef = {
  key: 'dataFormat', label: 'Data format', kind: 'enum', default: 'channels_last', options: DATA_FORMATS, glossary: 'data_format',
  help: 'Where the channels are: channels_last reads (height, width, channels), Keras’ default; channels_first reads (channels, height, width). Set the same on every Conv2D and pooling layer.',
};
const returnSequences: ParamDef = {
  key: 'returnSequences', label: 'Return sequences', kind: 'bool', default: false, glossary: 'return_sequences',
  help: 'On: one state per step, (None, timesteps, units), which another recurrent layer needs, and a Dense that should answer at every step; off: only the last state, (None, units).',
};

const pooling = (type: string, className: string, dims: 1 | 2, summary: string): LayerDef => ({
  type, className, label: className, group: 'Pooling', summary,
  params: [poolSize(dims), poolStrides(dims), padding, ...(dims === 2 ? [dataFormat] : [])],
});
const stateUnits = (): ParamDef => units('The size of the state the layer carries from step to step, and of its output.');
const recurrent = (type: string, className: string, summary: string): LayerDef => ({
  type, className, label: className, group: 'Recurrent', summary,
  params: [stateUnits(), activation('tanh'), returnSequences, dropoutRate('dropout'), dropoutRate('recurrentDropout')],
});

/** The recurrent layers Bidirectional can wrap. */
export const WRAPPABLE_RECURRENT = ['lstm', 'gru', 'simpleRNN'] as const;
export const MERGE_MODES = ['concat', 'sum', 'mul', 'ave'] as const;

/**
 * Wrappers are written flat, the wrapped layer's type in `layer` and its arguments beside the
 * wrapper's own: {"type": "bidirectional", "layer": "lstm", "units": 32, "mergeMode": "concat"}.
 * The designer's form, the argument checks and the fixes (set-args) then treat them as any layer.
 */
const bidirectional: LayerDef = {
  type: 'bidirectional', className: 'Bidirectional', label: 'Bidirectional', group: 'Recurrent',
  summary: 'Runs a recurrent layer forwards and a copy backwards over the sequence, then joins the two: concat doubles the units.',
  params: [
    {
      key: 'layer', label: 'Recurrent layer', kind: 'enum', default: 'lstm', options: WRAPPABLE_RECURRENT, required: true, glossary: 'recurrent',
      help: 'The layer run in both directions: LSTM, GRU or SimpleRNN; each direction has its own weights.',
    },
    stateUnits(), activation('tanh'), returnSequences,
    {
      key: 'mergeMode', label: 'Merge mode', kind: 'enum', default: 'concat', options: MERGE_MODES, glossary: 'bidirectional',
      help: 'How the two directions’ outputs are joined: concat lays them side by side (2 × units values), sum, mul and ave combine them value by value (units values).',
    },
    dropoutRate('dropout'), dropoutRate('recurrentDropout'),
  ],
};

const timeDistributed: LayerDef = {
  type: 'timeDistributed', className: 'TimeDistributed', label: 'TimeDistributed(Dense)', group: 'Core',
  summary: 'The same Dense layer at every step: (None, steps, features) → (None, steps, units).',
  params: [
    {
      key: 'layer', label: 'Wrapped layer', kind: 'enum', default: 'dense', options: ['dense'], glossary: 'dense',
      help: 'The layer applied at every step: Dense.',
    },
    units('The number of neurons of the Dense layer applied at every step: the size of the output’s last axis.', MAX_DENSE_UNITS),
    activation('linear'), useBias, kernelInitializer, kernelRegularizer,
  ],
};

export const LAYER_CATALOG: readonly LayerDef[] = [
  {
    type: 'dense', className: 'Dense', label: 'Dense', group: 'Core',
    summary: 'Each unit takes all the values of the last axis: the basic layer of a neural network.',
    params: [units('The number of neurons: the size of the output’s last axis.', MAX_DENSE_UNITS), activation('linear'), useBias, kernelInitializer, kernelRegularizer],
  },
  timeDistributed,
  {
    type: 'activation', className: 'Activation', label: 'Activation', group: 'Core',
    summary: 'Applies a function to every value; no weights.',
    params: [{ ...activation('relu'), required: true }],
  },
  {
    type: 'dropout', className: 'Dropout', label: 'Dropout', group: 'Regularisation',
    summary: 'Sets a random share of the values to 0 at each training step, against overfitting.',
    params: [{
      key: 'rate', label: 'Rate', kind: 'float', default: 0.2, min: 0, max: 1, required: true, glossary: 'dropout',
      help: 'The share of values set to 0 at each training step: 0.2 = 20%. Nothing is dropped when predicting.',
    }],
  },
  {
    type: 'batchNormalization', className: 'BatchNormalization', label: 'BatchNormalization', group: 'Regularisation',
    summary: 'Normalises each feature with the batch’s mean and variance, then scales and shifts it.',
    params: [
      { key: 'momentum', label: 'Momentum', kind: 'float', default: 0.99, min: 0, max: 1, help: 'How slowly the moving mean and variance follow each batch.' },
      { key: 'epsilon', label: 'Epsilon', kind: 'float', default: 0.001, min: 0, max: 1, help: 'A small number added to the variance so that nothing is divided by zero.' },
    ],
  },
  {
    type: 'flatten', className: 'Flatten', label: 'Flatten', group: 'Shape',
    summary: 'Lays each example out in one row: (None, 13, 13, 32) → (None, 5408).', params: [],
  },
  {
    type: 'reshape', className: 'Reshape', label: 'Reshape', group: 'Shape',
    summary: 'Rearranges the values of each example into a new shape: (None, 9) → (None, 9, 1).',
    params: [{
      key: 'targetShape', label: 'Target shape', kind: 'ints', default: [-1, 1], min: 1, max: MAX_UNITS, required: true, glossary: 'reshape',
      help: 'The new shape of each example, without None; one number may be -1, worked out from the others.',
    }],
  },
  {
    type: 'conv1d', className: 'Conv1D', label: 'Conv1D', group: 'Convolution',
    summary: 'Slides filters along the steps of a sequence: (None, steps, features).',
    params: [filters, kernelSize(1), convStrides(1), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer],
  },
  {
    type: 'conv2d', className: 'Conv2D', label: 'Conv2D', group: 'Convolution',
    summary: 'Slides filters over the height and width of an image: (None, height, width, channels).',
    params: [filters, kernelSize(2), convStrides(2), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer, dataFormat],
  },
  {
    type: 'conv2dTranspose', className: 'Conv2DTranspose', label: 'Conv2DTranspose', group: 'Convolution',
    summary: 'Convolution in reverse: strides 2 doubles height and width (upsampling, as in decoders).',
    params: [filters, kernelSize(2), convStrides(2), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer, dataFormat],
  },
  pooling('maxPooling1d', 'MaxPooling1D', 1, 'Keeps the largest value of each window of steps: a shorter sequence.'),
  pooling('averagePooling1d', 'AveragePooling1D', 1, 'Averages each window of steps: a shorter sequence.'),
  pooling('maxPooling2d', 'MaxPooling2D', 2, 'Keeps the largest value of each window: 2×2 pooling halves height and width.'),
  pooling('averagePooling2d', 'AveragePooling2D', 2, 'Averages each window: 2×2 pooling halves height and width.'),
  {
    type: 'globalAveragePooling1d', className: 'GlobalAveragePooling1D', label: 'GlobalAveragePooling1D', group: 'Pooling',
    summary: 'Averages each feature over all steps: (None, steps, features) → (None, features).', params: [],
  },
  {
    type: 'globalAveragePooling2d', className: 'GlobalAveragePooling2D', label: 'GlobalAveragePooling2D', group: 'Pooling',
    summary: 'Averages each channel over the whole image: (None, height, width, channels) → (None, channels).', params: [dataFormat],
  },
  {
    type: 'masking', className: 'Masking', label: 'Masking', group: 'Core',
    summary: 'Marks the padded steps of shorter recordings (every value equal to the mask value) so that an LSTM, GRU or SimpleRNN after it skips them; no weights.',
    params: [{
      key: 'maskValue', label: 'Mask value', kind: 'float', default: 0, glossary: 'masking',
      help: 'A step whose values all equal this number counts as padding, added after the end of a shorter recording; the recurrent layer after it skips such steps. Layerbench pads with 0.',
    }],
  },
  recurrent('lstm', 'LSTM', 'Reads a sequence step by step, keeping a long short-term memory.'),
  recurrent('gru', 'GRU', 'Like LSTM with fewer gates (gated recurrent unit).'),
  recurrent('simpleRNN', 'SimpleRNN', 'The simplest recurrent layer: one state updated at each step.'),
  bidirectional,
];

const BY_TYPE = new Map(LAYER_CATALOG.map((def) => [def.type, def]));

export function layerDef(type: string): LayerDef | undefined {
  return BY_TYPE.get(type);
}

/** The catalogue's types, for messages: "dense, activation, dropout, …". */
export function catalogTypes(): string {
  return LAYER_CATALOG.map((d) => d.type).join(', ');
}

/** Starting values a person would pick, beyond the required arguments. */
const STARTING_ARGS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  dense: { activation: 'relu' },
  conv1d: { activation: 'relu' },
  conv2d: { activation: 'relu' },
  conv2dTranspose: { activation: 'relu' },
  timeDistributed: { layer: 'dense' },
  masking: { maskValue: 0 },
};

/** A new layer of `type` with its required arguments and sensible starting values. */
export function newLayer(type: string): LayerSpec {
  const def = layerDef(type);
  if (!def) return { type };
  const args: Record<string, unknown> = {};
  for (const p of def.params) {
    if (p.required) args[p.key] = Array.isArray(p.default) ? [...(p.default as unknown[])] : p.default;
  }
  return { type, ...args, ...STARTING_ARGS[type] };
}

/**
 * A wrapper written as Keras nests it, {"type": "bidirectional", "layer": {"type": "lstm", "units": 32}},
 * in the flat form of the catalogue: {"type": "bidirectional", "layer": "lstm", "units": 32}. Any
 * other layer is returned as it is; the wrapper's own arguments win over the wrapped layer's.
 */
export function flattenWrapped(layer: LayerSpec): LayerSpec {
  const wrapped = layer.layer;
  if ((layer.type !== 'bidirectional' && layer.type !== 'timeDistributed') || typeof wrapped !== 'object' || wrapped === null || Array.isArray(wrapped)) return layer;
  const { type: innerType, ...innerArgs } = wrapped as Record<string, unknown>;
  const { layer: _nested, ...own } = layer;
  return { ...innerArgs, ...own, layer: innerType } as LayerSpec;
}

export const RECURRENT_TYPES: ReadonlySet<string> = new Set(['lstm', 'gru', 'simpleRNN', 'bidirectional']);

