/**
 * Models whose generated Keras code is built under real Keras 3 (keras-run.test.ts): together
 * they use every layer type of the catalogue, every argument, and every option of every choice
 * (coverageGaps says what is missing, so a new layer or argument needs a case here).
 */
import { LAYER_CATALOG } from '../../../src/core/model/catalog';
import type { KerasHead } from '../../../src/core/model/keras';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';

export interface KerasCase {
  readonly name: string;
  readonly spec: ModelSpec;
  /** With a head, the code also compiles the model (loss and metrics). */
  readonly head?: KerasHead;
}

/** An input each layer family takes, and a layer that keeps it, so that many can be stacked. */
const SWEEP_INPUT: Readonly<Record<string, readonly number[]>> = {
  dense: [6], activation: [6], conv1d: [12, 3], conv2d: [6, 6, 3], conv2dTranspose: [6, 6, 3],
  lstm: [8, 3], gru: [8, 3], simpleRNN: [8, 3], bidirectional: [8, 3], timeDistributed: [8, 3],
};

function shapeKeeping(type: string, args: Readonly<Record<string, unknown>>): LayerSpec {
  switch (type) {
    case 'dense':
    case 'timeDistributed':
      return { type, units: 4, ...args };
    case 'activation':
      return { type, ...args };
    case 'conv1d':
    case 'conv2d':
    case 'conv2dTranspose':
      return { type, filters: 3, kernelSize: 1, ...args };
    case 'bidirectional':
      return { type, layer: 'lstm', units: 3, returnSequences: true, mergeMode: 'sum', ...args };
    default:
      return { type, units: 3, returnSequences: true, ...args };
  }
}

/** One model per layer type that stacks the layer once per option of `key`: every activation, every initializer. */
function sweep(key: string, options: readonly string[]): KerasCase[] {
  return LAYER_CATALOG.filter((def) => def.params.some((p) => p.key === key)).map((def) => ({
    name: `${def.className}: every ${key}`,
    spec: { inputShape: [...(SWEEP_INPUT[def.type] ?? [6])], layers: options.map((option) => shapeKeeping(def.type, { [key]: option })) },
  }));
}

const ACTIVATIONS = LAYER_CATALOG.find((d) => d.type === 'dense')?.params.find((p) => p.key === 'activation')?.options ?? [];
const INITIALIZERS = LAYER_CATALOG.find((d) => d.type === 'dense')?.params.find((p) => p.key === 'kernelInitializer')?.options ?? [];

const L1 = { l1: 0.01 };
const L2 = { l2: 0.001 };
const L1L2 = { l1: 0.01, l2: 0.02 };

export const KERAS_CASES: readonly KerasCase[] = [
  ...sweep('activation', ACTIVATIONS),
  ...sweep('kernelInitializer', INITIALIZERS),
  {
    name: 'MLP with bias off, regularizers, dropout and batch normalisation',
    spec: {
      inputShape: [7],
      layers: [
        { type: 'dense', units: 64, activation: 'relu', kernelRegularizer: L2 },
        { type: 'batchNormalization', momentum: 0.9, epsilon: 0.01 },
        { type: 'dropout', rate: 0.25 },
        { type: 'dense', units: 8, useBias: false, kernelRegularizer: L1 },
        { type: 'activation', activation: 'tanh' },
        { type: 'dense', units: 3, activation: 'softmax', kernelRegularizer: L1L2 },
      ],
    },
    head: { task: 'classification', outputUnits: 3, learningRate: 0.01, optimizer: 'rmsprop' },
  },
  {
    name: 'Dense(71750) as Keras builds it, and Dense at the cap',
    spec: { inputShape: [16], layers: [{ type: 'dense', units: 71750 }, { type: 'dense', units: 4 }, { type: 'dense', units: 1_000_000, useBias: false }] },
  },
  {
    name: 'Dense whose kernel is too large to allocate for the analysis (counted instead)',
    spec: { inputShape: [28, 28], layers: [{ type: 'flatten' }, { type: 'dense', units: 30000 }] },
  },
  {
    name: 'Regression MLP on a fixed batch size',
    spec: { inputShape: [5], batchSize: 32, layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dropout', rate: 0 }, { type: 'dense', units: 1 }] },
    head: { task: 'regression', outputUnits: 1 },
  },
  {
    name: 'Reshape with -1, Conv1D both paddings and strides, pooling with and without pool size',
    spec: {
      inputShape: [200],
      layers: [
        { type: 'reshape', targetShape: [-1, 2] },
        { type: 'conv1d', filters: 8, kernelSize: [5], strides: 2, padding: 'same', useBias: false, kernelRegularizer: L1 },
        { type: 'conv1d', filters: 6, kernelSize: 3, strides: 1, padding: 'valid', kernelRegularizer: L1L2 },
        { type: 'maxPooling1d', poolSize: 2, strides: 1, padding: 'same' },
        { type: 'averagePooling1d', padding: 'same' },
        { type: 'maxPooling1d', padding: 'valid' },
        { type: 'averagePooling1d' },
        { type: 'averagePooling1d', poolSize: [3], strides: 2, padding: 'valid' },
        { type: 'globalAveragePooling1d' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    },
  },
  {
    name: 'Image CNN: Conv2D, every 2-D pooling, with and without pool size, fixed batch',
    spec: {
      inputShape: [40, 40, 1],
      batchSize: 8,
      layers: [
        { type: 'conv2d', filters: 8, kernelSize: [3, 5], strides: [2, 1], padding: 'valid', kernelRegularizer: L2 },
        { type: 'conv2d', filters: 8, kernelSize: 3, strides: 1, padding: 'same', useBias: false, kernelRegularizer: L1L2 },
        { type: 'maxPooling2d', poolSize: [2, 3], strides: [2, 1], padding: 'same' },
        { type: 'averagePooling2d', padding: 'same' },
        { type: 'maxPooling2d', padding: 'valid' },
        { type: 'averagePooling2d', poolSize: 2, strides: 1, padding: 'valid' },
        { type: 'flatten' },
        { type: 'dense', units: 10, activation: 'softmax' },
      ],
    },
    head: { task: 'classification', outputUnits: 10 },
  },
  {
    name: 'Conv2DTranspose: valid, same, kernel smaller than the stride, no bias',
    spec: {
      inputShape: [7, 7, 16],
      layers: [
        { type: 'conv2dTranspose', filters: 8, kernelSize: 3, strides: 2, padding: 'same', kernelRegularizer: L2 },
        { type: 'conv2dTranspose', filters: 4, kernelSize: [3, 2], strides: [2, 1], padding: 'valid', useBias: false, kernelRegularizer: L1 },
        { type: 'conv2dTranspose', filters: 2, kernelSize: 2, strides: 3, padding: 'valid', kernelRegularizer: L1L2 },
        { type: 'globalAveragePooling2d' },
      ],
    },
  },
  {
    name: 'Recurrent stack with dropout and recurrent dropout; Masking',
    spec: {
      inputShape: [20, 6],
      layers: [
        { type: 'masking', maskValue: 0 },
        { type: 'lstm', units: 16, returnSequences: true, dropout: 0.2, recurrentDropout: 0.1 },
        { type: 'gru', units: 8, returnSequences: true, dropout: 0.1, recurrentDropout: 0.2 },
        { type: 'simpleRNN', units: 4, returnSequences: false, dropout: 0.3, recurrentDropout: 0.3 },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    },
    head: { task: 'classification', outputUnits: 2 },
  },
  {
    name: 'Bidirectional: each recurrent layer, each merge mode, then the wrapped types again',
    spec: {
      inputShape: [12, 5],
      layers: [
        { type: 'bidirectional', layer: 'lstm', units: 8, returnSequences: true, mergeMode: 'concat', dropout: 0.1, recurrentDropout: 0.1 },
        { type: 'bidirectional', layer: 'gru', units: 6, returnSequences: true, mergeMode: 'sum' },
        { type: 'bidirectional', layer: 'simpleRNN', units: 6, returnSequences: true, mergeMode: 'mul', activation: 'relu' },
        { type: 'bidirectional', layer: 'lstm', units: 4, returnSequences: true, mergeMode: 'ave' },
        { type: 'lstm', units: 3, returnSequences: true },
        { type: 'gru', units: 3, returnSequences: true },
        { type: 'bidirectional', layer: 'gru', units: 5, dropout: 0.2, recurrentDropout: 0.3 },
        { type: 'dense', units: 1 },
      ],
    },
    head: { task: 'regression', outputUnits: 1 },
  },
  {
    name: 'TimeDistributed(Dense) on a sequence and on an image, then Dense',
    spec: {
      inputShape: [10, 4, 3],
      batchSize: 4,
      layers: [
        { type: 'timeDistributed', layer: 'dense', units: 6, activation: 'relu', kernelRegularizer: L2 },
        { type: 'reshape', targetShape: [10, 24] },
        { type: 'timeDistributed', units: 5, useBias: false, kernelRegularizer: L1 },
        { type: 'timeDistributed', layer: 'dense', units: 2, kernelRegularizer: L1L2 },
        { type: 'dense', units: 3 },
      ],
    },
  },
  {
    name: 'Sequence to sequence: Bidirectional LSTM, then TimeDistributed(Dense) at every step',
    spec: {
      inputShape: [30, 1],
      layers: [
        { type: 'bidirectional', layer: 'lstm', units: 32, returnSequences: true },
        { type: 'timeDistributed', layer: 'dense', units: 1 },
      ],
    },
  },
  {
    name: 'Channels first: (channels, height, width) through every 2-D layer',
    spec: {
      inputShape: [3, 32, 32],
      layers: [
        { type: 'conv2d', filters: 8, kernelSize: 3, dataFormat: 'channels_first' },
        { type: 'maxPooling2d', poolSize: 2, dataFormat: 'channels_first' },
        { type: 'conv2dTranspose', filters: 4, kernelSize: 2, strides: 2, dataFormat: 'channels_first' },
        { type: 'averagePooling2d', poolSize: 3, dataFormat: 'channels_first' },
        { type: 'globalAveragePooling2d', dataFormat: 'channels_first' },
      ],
    },
  },
  {
    name: 'Channels last written out on every 2-D layer',
    spec: {
      inputShape: [16, 16, 3],
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 3, dataFormat: 'channels_last' },
        { type: 'maxPooling2d', poolSize: 2, dataFormat: 'channels_last' },
        { type: 'conv2dTranspose', filters: 4, kernelSize: 2, strides: 2, dataFormat: 'channels_last' },
        { type: 'averagePooling2d', poolSize: 2, dataFormat: 'channels_last' },
        { type: 'globalAveragePooling2d', dataFormat: 'channels_last' },
      ],
    },
  },
];

/** The keys a case sets on layers of `type`, and the values it gives them. */
function usedValues(type: string, key: string): unknown[] {
  return KERAS_CASES.flatMap((c) => c.spec.layers.filter((l) => l.type === type && l[key] !== undefined).map((l) => l[key]));
}

/**
 * What the table leaves untried: a layer type, an argument of it, or an option of a choice
 * (every activation, initializer, padding, merge mode, data format, wrapped layer) with no case.
 */
export function coverageGaps(): string[] {
  const gaps: string[] = [];
  for (const def of LAYER_CATALOG) {
    if (!KERAS_CASES.some((c) => c.spec.layers.some((l) => l.type === def.type))) gaps.push(def.type);
    for (const p of def.params) {
      const used = usedValues(def.type, p.key);
      if (used.length === 0) gaps.push(`${def.type}.${p.key}`);
      for (const option of p.kind === 'enum' ? (p.options ?? []) : []) {
        if (!used.includes(option)) gaps.push(`${def.type}.${p.key}=${option}`);
      }
    }
  }
  if (!KERAS_CASES.some((c) => c.spec.batchSize !== undefined)) gaps.push('batchSize');
  return gaps;
}
