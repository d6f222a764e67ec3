/**
 * The model as runnable Python Keras 3 code, generated from the same spec the app trains:
 * `keras.Sequential([keras.Input(shape=...), layers.X(...), ...])`, compiled with the loss and
 * metrics of the task. Arguments keep the spec's values, in Keras' snake_case and Python literals.
 */
import type { HeadContext } from './designer-types';
import { layerDef } from './catalog';
import { lossForModel } from './head';
import type { HeadSpec, LayerSpec, ModelSpec } from './types';

export interface KerasHead extends HeadContext {
  readonly learningRate?: number;
  readonly optimizer?: string;
}

/** Arguments Keras takes by position, in order: Dense(64), Conv1D(100, 10), Dropout(0.2). */
const POSITIONAL: Readonly<Record<string, readonly string[]>> = {
  dense: ['units'], activation: ['activation'], dropout: ['rate'], reshape: ['targetShape'],
  conv1d: ['filters', 'kernelSize'], conv2d: ['filters', 'kernelSize'], conv2dTranspose: ['filters', 'kernelSize'],
  maxPooling1d: ['poolSize'], averagePooling1d: ['poolSize'], maxPooling2d: ['poolSize'], averagePooling2d: ['poolSize'],
  lstm: ['units'], gru: ['units'], simpleRNN: ['units'],
};

/** Shape-like arguments are tuples in Keras. */
const TUPLE_ARGS = new Set(['targetShape', 'kernelSize', 'poolSize', 'strides']);

/** One sigmoid unit on two classes trains with binary cross-entropy (head.ts), as in the app. */
const KERAS_LOSS: Readonly<Record<HeadSpec['loss'], string>> = {
  categoricalCrossentropy: '"categorical_crossentropy"',
  binaryCrossentropy: '"binary_crossentropy"',
  meanSquaredError: '"mean_squared_error"',
};

const OPTIMIZERS: Readonly<Record<string, string>> = { adam: 'Adam', sgd: 'SGD', rmsprop: 'RMSprop' };

/** kernelSize → kernel_size. */
function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** 0.001 → 0.001, 1e-7 → 1e-7 (both valid Python). */
function pyNumber(v: number): string {
  return Number.isFinite(v) ? String(v) : 'float("nan")';
}

/** A JSON-like value as a Python literal: true → True, [3, 3] → (3, 3) for shapes, "relu" → "relu". */
export function pyValue(value: unknown, tuple = false): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => pyValue(v));
    if (!tuple) return `[${items.join(', ')}]`;
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  return JSON.stringify(value);
}

/** A float argument keeps its decimal point, as Keras writes it: mask_value=0.0, rate=0.5. */
function pyFloat(v: number): string {
  return Number.isInteger(v) && Math.abs(v) < 1e15 ? `${v}.0` : pyNumber(v);
}

/** {"l2": 0.01} → keras.regularizers.L2(0.01); both factors → L1L2(l1=…, l2=…). */
function pyRegularizer(value: unknown): string {
  const { l1, l2 } = (typeof value === 'object' && value !== null ? value : {}) as { l1?: unknown; l2?: unknown };
  const f = (v: unknown): string => pyFloat(typeof v === 'number' ? v : 0);
  if (l1 !== undefined && l2 !== undefined) return `keras.regularizers.L1L2(l1=${f(l1)}, l2=${f(l2)})`;
  return l1 !== undefined ? `keras.regularizers.L1(${f(l1)})` : `keras.regularizers.L2(${f(l2)})`;
}

/** A 1-D layer's single size is written as a number: kernel_size [10] → 10. */
function argValue(type: string, key: string, value: unknown): string {
  if (key === 'kernelRegularizer') return pyRegularizer(value);
  // Initializers are named as Keras names them: heNormal → "he_normal".
  if (key === 'kernelInitializer' && typeof value === 'string') return JSON.stringify(snake(value));
  if (typeof value === 'number' && layerDef(type)?.params.find((p) => p.key === key)?.kind === 'float') return pyFloat(value);
  if (Array.isArray(value) && value.length === 1 && key !== 'targetShape' && !type.endsWith('2d')) return pyValue(value[0]);
  return pyValue(value, TUPLE_ARGS.has(key) && Array.isArray(value));
}

/** The layer a wrapper holds, written flat in the spec ({"type": "bidirectional", "layer": "lstm", "units": 32}). */
const WRAPPED_DEFAULT: Readonly<Record<string, string>> = { bidirectional: 'lstm', timeDistributed: 'dense' };

/** layers.Bidirectional(layers.LSTM(32), merge_mode="sum"), layers.TimeDistributed(layers.Dense(5)). */
function kerasWrapper(layer: LayerSpec, fallback: string): string {
  const { type, layer: wrapped, mergeMode, ...rest } = layer;
  const innerType = typeof wrapped === 'string' && !Object.hasOwn(WRAPPED_DEFAULT, wrapped) ? wrapped : fallback;
  const inner = kerasLayer({ ...rest, type: innerType });
  const own = type === 'bidirectional' && typeof mergeMode === 'string' ? `, merge_mode=${JSON.stringify(mergeMode)}` : '';
  return `layers.${layerDef(type)?.className ?? type}(${inner}${own})`;
}

/** Keras 3 requires pool_size for average pooling: a layer without one gets the catalogue's default (2). */
function positionalValue(layer: LayerSpec, key: string): unknown {
  const value = layer[key];
  if ((value === undefined || value === null) && key === 'poolSize') return layerDef(layer.type)?.params.find((p) => p.key === key)?.default;
  return value;
}

export function kerasLayer(layer: LayerSpec): string {
  const fallback = WRAPPED_DEFAULT[layer.type];
  if (fallback !== undefined && Object.hasOwn(WRAPPED_DEFAULT, layer.type)) return kerasWrapper(layer, fallback);
  const className = layerDef(layer.type)?.className ?? layer.type;
  const positional = POSITIONAL[layer.type] ?? [];
  const parts: string[] = [];
  let byPosition = true;
  for (const key of positional) {
    const value = positionalValue(layer, key);
    if (value === undefined || value === null) {
      byPosition = false;
      continue;
    }
    parts.push(byPosition ? argValue(layer.type, key, value) : `${snake(key)}=${argValue(layer.type, key, value)}`);
  }
  for (const [key, value] of Object.entries(layer)) {
    if (key === 'type' || positional.includes(key) || value === undefined || value === null) continue;
    parts.push(`${snake(key)}=${argValue(layer.type, key, value)}`);
  }
  // TensorFlow.js supports only reset_after=False (Keras 3 defaults to True): say it, so the counts agree.
  if (layer.type === 'gru') parts.push('reset_after=False');
  return `layers.${className}(${parts.join(', ')})`;
}

export function kerasCode(spec: ModelSpec, head?: KerasHead): string {
  const lines = [
    'import keras',
    'from keras import layers',
    '',
    'model = keras.Sequential([',
    `    keras.Input(shape=${pyValue([...spec.inputShape], true)}${typeof spec.batchSize === 'number' ? `, batch_size=${spec.batchSize}` : ''}),`,
    ...spec.layers.map((layer) => `    ${kerasLayer(layer)},`),
    '])',
  ];
  if (head) {
    const optimizer = OPTIMIZERS[head.optimizer ?? 'adam'] ?? 'Adam';
    const classification = head.task === 'classification';
    lines.push(
      '',
      'model.compile(',
      `    optimizer=keras.optimizers.${optimizer}(learning_rate=${pyNumber(head.learningRate ?? 0.001)}),`,
      `    loss=${KERAS_LOSS[lossForModel(head.task, spec.layers)]},`,
      `    metrics=${classification ? '["accuracy"]' : '["mae"]'},`,
      ')',
    );
  }
  lines.push('model.summary()', '');
  return lines.join('\n');
}
