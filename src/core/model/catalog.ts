/**
 * The layer catalogue of the model designer: one entry per tf.layers factory the user can
 * pick, with the arguments the user sets. The designer's forms, the spec file's schema, the
 * argument checks and the Keras code all read this one table.
 */
import { msg, type Message } from '../i18n/message';
import type { LayerSpec } from './types';

export interface ParamDef {
  /** The factory's argument name (camelCase, as tf.layers takes it). */
  key: string;
  /** The field's name (layers.label.*). */
  label: Message;
  /** regularizer: {"l1": 0.01} and/or {"l2": 0.01}, the factors of Keras' L1, L2 or L1L2. */
  kind: 'int' | 'float' | 'enum' | 'bool' | 'ints' | 'regularizer';
  /** The value the layer uses when the argument is absent (null: worked out, e.g. strides = pool size). */
  default: unknown;
  min?: number;
  max?: number;
  options?: readonly string[];
  /** One or two sentences under the field (layers.help.*). */
  help: Message;
  glossary?: string;
  /** For 'ints': how many numbers a list holds (1 for 1-D layers, 2 for height × width); one number means the same for all. */
  dims?: number;
  /** The layer cannot be made without it (units, filters, …); newLayer fills it with `default`. */
  required?: boolean;
}

export interface LayerDef {
  type: string;
  className: string;
  /** The Keras class name as the menu shows it (not translated). */
  label: string;
  group: 'Core' | 'Convolution' | 'Pooling' | 'Recurrent' | 'Shape' | 'Regularisation';
  /** One line about the layer (layers.summary.*). */
  summary: Message;
  params: readonly ParamDef[];
}

/** Activations that tf.layers and Keras 3 both know under the same name. */
export const ACTIVATIONS = ['relu', 'linear', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'softsign', 'swish'] as const;

/** Large enough for any filter count or reshape size the app can train; stops a typo from filling the memory. */
export const MAX_UNITS = 65_536;
/** Dense's cap: Keras builds Dense(71750); beyond a million units even the bias alone is a typo. */
export const MAX_DENSE_UNITS = 1_000_000;
export const MAX_WINDOW = 4_096;

const units = (help: Message, max = MAX_UNITS): ParamDef => ({
  key: 'units', label: msg('layers.label.units'), kind: 'int', default: 32, min: 1, max, required: true, glossary: 'units', help,
});
const activation = (fallback: string): ParamDef => ({
  key: 'activation', label: msg('layers.label.activation'), kind: 'enum', default: fallback, options: ACTIVATIONS, glossary: 'activation',
  help: msg('layers.help.activation'),
});
const useBias: ParamDef = {
  key: 'useBias', label: msg('layers.label.useBias'), kind: 'bool', default: true, glossary: 'params',
  help: msg('layers.help.useBias'),
};
const filters: ParamDef = {
  key: 'filters', label: msg('layers.label.filters'), kind: 'int', default: 32, min: 1, max: MAX_UNITS, required: true, glossary: 'filters',
  help: msg('layers.help.filters'),
};
const kernelSize = (dims: 1 | 2): ParamDef => ({
  key: 'kernelSize', label: msg('layers.label.kernelSize'), kind: 'ints', dims, default: 3, min: 1, max: MAX_WINDOW, required: true, glossary: 'kernel',
  help: msg(dims === 1 ? 'layers.help.kernelSize.1d' : 'layers.help.kernelSize.2d'),
});
const convStrides = (dims: 1 | 2): ParamDef => ({
  key: 'strides', label: msg('layers.label.strides'), kind: 'ints', dims, default: 1, min: 1, max: MAX_WINDOW, glossary: 'stride',
  help: msg('layers.help.convStrides'),
});
const padding: ParamDef = {
  key: 'padding', label: msg('layers.label.padding'), kind: 'enum', default: 'valid', options: ['valid', 'same'], glossary: 'padding',
  help: msg('layers.help.padding'),
};
const poolSize = (dims: 1 | 2): ParamDef => ({
  key: 'poolSize', label: msg('layers.label.poolSize'), kind: 'ints', dims, default: 2, min: 1, max: MAX_WINDOW, glossary: 'pooling',
  help: msg(dims === 1 ? 'layers.help.poolSize.1d' : 'layers.help.poolSize.2d'),
});
const poolStrides = (dims: 1 | 2): ParamDef => ({
  key: 'strides', label: msg('layers.label.strides'), kind: 'ints', dims, default: null, min: 1, max: MAX_WINDOW, glossary: 'stride',
  help: msg('layers.help.poolStrides'),
});
/** Initializers that tf.layers and Keras 3 both know (tf.layers' spelling; Keras writes he_normal). */
export const INITIALIZERS = [
  'glorotUniform', 'glorotNormal', 'heNormal', 'heUniform', 'lecunNormal', 'lecunUniform', 'randomNormal', 'randomUniform', 'truncatedNormal', 'zeros', 'ones',
] as const;
const kernelInitializer: ParamDef = {
  key: 'kernelInitializer', label: msg('layers.label.kernelInitializer'), kind: 'enum', default: 'glorotUniform', options: INITIALIZERS, glossary: 'kernel_initializer',
  help: msg('layers.help.kernelInitializer'),
};
const kernelRegularizer: ParamDef = {
  key: 'kernelRegularizer', label: msg('layers.label.kernelRegularizer'), kind: 'regularizer', default: null, glossary: 'kernel_regularizer',
  help: msg('layers.help.kernelRegularizer'),
};
const dropoutRate = (key: 'dropout' | 'recurrentDropout'): ParamDef => ({
  key, label: msg(key === 'dropout' ? 'layers.label.dropout' : 'layers.label.recurrentDropout'), kind: 'float', default: 0, min: 0, max: 1, glossary: 'recurrent_dropout',
  help: msg(key === 'dropout' ? 'layers.help.dropout' : 'layers.help.recurrentDropout'),
});
/**
 * Which axis holds the channels, as Keras' data_format: channels_last (height, width, channels) is
 * Keras' default. 2-D layers only: TensorFlow.js' 1-D pooling ignores the setting and its Conv1D
 * drops it when a model is saved, so a 1-D model would not come back the same.
 */
export const DATA_FORMATS = ['channels_last', 'channels_first'] as const;
const dataFormat: ParamDef = {
  key: 'dataFormat', label: msg('layers.label.dataFormat'), kind: 'enum', default: 'channels_last', options: DATA_FORMATS, glossary: 'data_format',
  help: msg('layers.help.dataFormat'),
};
const returnSequences: ParamDef = {
  key: 'returnSequences', label: msg('layers.label.returnSequences'), kind: 'bool', default: false, glossary: 'return_sequences',
  help: msg('layers.help.returnSequences'),
};

const pooling = (type: string, className: string, dims: 1 | 2, summary: Message): LayerDef => ({
  type, className, label: className, group: 'Pooling', summary,
  params: [poolSize(dims), poolStrides(dims), padding, ...(dims === 2 ? [dataFormat] : [])],
});
const stateUnits = (): ParamDef => units(msg('layers.help.units.state'));
const recurrent = (type: string, className: string, summary: Message): LayerDef => ({
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
  summary: msg('layers.summary.bidirectional'),
  params: [
    {
      key: 'layer', label: msg('layers.label.recurrentLayer'), kind: 'enum', default: 'lstm', options: WRAPPABLE_RECURRENT, required: true, glossary: 'recurrent',
      help: msg('layers.help.recurrentLayer'),
    },
    stateUnits(), activation('tanh'), returnSequences,
    {
      key: 'mergeMode', label: msg('layers.label.mergeMode'), kind: 'enum', default: 'concat', options: MERGE_MODES, glossary: 'bidirectional',
      help: msg('layers.help.mergeMode'),
    },
    dropoutRate('dropout'), dropoutRate('recurrentDropout'),
  ],
};

const timeDistributed: LayerDef = {
  type: 'timeDistributed', className: 'TimeDistributed', label: 'TimeDistributed(Dense)', group: 'Core',
  summary: msg('layers.summary.timeDistributed'),
  params: [
    {
      key: 'layer', label: msg('layers.label.wrappedLayer'), kind: 'enum', default: 'dense', options: ['dense'], glossary: 'dense',
      help: msg('layers.help.wrappedLayer'),
    },
    units(msg('layers.help.units.timeDistributed'), MAX_DENSE_UNITS),
    activation('linear'), useBias, kernelInitializer, kernelRegularizer,
  ],
};

export const LAYER_CATALOG: readonly LayerDef[] = [
  {
    type: 'dense', className: 'Dense', label: 'Dense', group: 'Core',
    summary: msg('layers.summary.dense'),
    params: [units(msg('layers.help.units.dense'), MAX_DENSE_UNITS), activation('linear'), useBias, kernelInitializer, kernelRegularizer],
  },
  timeDistributed,
  {
    type: 'activation', className: 'Activation', label: 'Activation', group: 'Core',
    summary: msg('layers.summary.activation'),
    params: [{ ...activation('relu'), required: true }],
  },
  {
    type: 'dropout', className: 'Dropout', label: 'Dropout', group: 'Regularisation',
    summary: msg('layers.summary.dropout'),
    params: [{
      key: 'rate', label: msg('layers.label.rate'), kind: 'float', default: 0.2, min: 0, max: 1, required: true, glossary: 'dropout',
      help: msg('layers.help.rate'),
    }],
  },
  {
    type: 'batchNormalization', className: 'BatchNormalization', label: 'BatchNormalization', group: 'Regularisation',
    summary: msg('layers.summary.batchNormalization'),
    params: [
      { key: 'momentum', label: msg('layers.label.momentum'), kind: 'float', default: 0.99, min: 0, max: 1, help: msg('layers.help.momentum') },
      { key: 'epsilon', label: msg('layers.label.epsilon'), kind: 'float', default: 0.001, min: 0, max: 1, help: msg('layers.help.epsilon') },
    ],
  },
  {
    type: 'flatten', className: 'Flatten', label: 'Flatten', group: 'Shape',
    summary: msg('layers.summary.flatten'), params: [],
  },
  {
    type: 'reshape', className: 'Reshape', label: 'Reshape', group: 'Shape',
    summary: msg('layers.summary.reshape'),
    params: [{
      key: 'targetShape', label: msg('layers.label.targetShape'), kind: 'ints', default: [-1, 1], min: 1, max: MAX_UNITS, required: true, glossary: 'reshape',
      help: msg('layers.help.targetShape'),
    }],
  },
  {
    type: 'conv1d', className: 'Conv1D', label: 'Conv1D', group: 'Convolution',
    summary: msg('layers.summary.conv1d'),
    params: [filters, kernelSize(1), convStrides(1), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer],
  },
  {
    type: 'conv2d', className: 'Conv2D', label: 'Conv2D', group: 'Convolution',
    summary: msg('layers.summary.conv2d'),
    params: [filters, kernelSize(2), convStrides(2), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer, dataFormat],
  },
  {
    type: 'conv2dTranspose', className: 'Conv2DTranspose', label: 'Conv2DTranspose', group: 'Convolution',
    summary: msg('layers.summary.conv2dTranspose'),
    params: [filters, kernelSize(2), convStrides(2), padding, activation('linear'), useBias, kernelInitializer, kernelRegularizer, dataFormat],
  },
  pooling('maxPooling1d', 'MaxPooling1D', 1, msg('layers.summary.maxPooling1d')),
  pooling('averagePooling1d', 'AveragePooling1D', 1, msg('layers.summary.averagePooling1d')),
  pooling('maxPooling2d', 'MaxPooling2D', 2, msg('layers.summary.maxPooling2d')),
  pooling('averagePooling2d', 'AveragePooling2D', 2, msg('layers.summary.averagePooling2d')),
  {
    type: 'globalAveragePooling1d', className: 'GlobalAveragePooling1D', label: 'GlobalAveragePooling1D', group: 'Pooling',
    summary: msg('layers.summary.globalAveragePooling1d'), params: [],
  },
  {
    type: 'globalAveragePooling2d', className: 'GlobalAveragePooling2D', label: 'GlobalAveragePooling2D', group: 'Pooling',
    summary: msg('layers.summary.globalAveragePooling2d'), params: [dataFormat],
  },
  {
    type: 'masking', className: 'Masking', label: 'Masking', group: 'Core',
    summary: msg('layers.summary.masking'),
    params: [{
      key: 'maskValue', label: msg('layers.label.maskValue'), kind: 'float', default: 0, glossary: 'masking',
      help: msg('layers.help.maskValue'),
    }],
  },
  recurrent('lstm', 'LSTM', msg('layers.summary.lstm')),
  recurrent('gru', 'GRU', msg('layers.summary.gru')),
  recurrent('simpleRNN', 'SimpleRNN', msg('layers.summary.simpleRNN')),
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

