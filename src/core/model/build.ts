/**
 * The one builder of layers, for the analysis (shapes and parameter counts) and for training
 * alike: LayerSpec → tf.layers factory call. For training every random weight gets a seeded
 * initializer, so one seed always gives the same starting weights in the app, the worker and
 * the CLI; for the analysis weights are zeros, only their shapes matter.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError, quoteInput } from '../errors';
import { msg } from '../i18n/message';
import type { Shape } from './designer-types';
import { product } from './format';
import type { LayerSpec, ModelSpec } from './types';

type LayerFactory = (args: Record<string, unknown>) => tf.layers.Layer;
type Initializer = ReturnType<typeof tf.initializers.zeros>;

/** The initializer arguments each factory takes; all of them are replaced for the analysis. */
const INITIALIZER_ARGS: Readonly<Record<string, readonly string[]>> = {
  dense: ['kernelInitializer', 'biasInitializer'],
  conv1d: ['kernelInitializer', 'biasInitializer'],
  conv2d: ['kernelInitializer', 'biasInitializer'],
  conv2dTranspose: ['kernelInitializer', 'biasInitializer'],
  simpleRNN: ['kernelInitializer', 'recurrentInitializer', 'biasInitializer'],
  lstm: ['kernelInitializer', 'recurrentInitializer', 'biasInitializer'],
  gru: ['kernelInitializer', 'recurrentInitializer', 'biasInitializer'],
  batchNormalization: ['gammaInitializer', 'betaInitializer', 'movingMeanInitializer', 'movingVarianceInitializer'],
};

/**
 * Where tf.layers' defaults differ from Keras 3's, a spec means Keras': the model we train, the
 * numbers we show and the Keras code we write then describe the same network.
 */
const KERAS_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  lstm: { recurrentActivation: 'sigmoid', unitForgetBias: true },
  gru: { recurrentActivation: 'sigmoid' },
};

/** A spec's kernelInitializer (catalog.ts INITIALIZERS), seeded for training; Keras' defaults (e.g. stddev 0.05) are tfjs'. */
const SEEDED_INITIALIZERS: Readonly<Record<string, (seed: number) => Initializer>> = {
  glorotUniform: (seed) => tf.initializers.glorotUniform({ seed }),
  glorotNormal: (seed) => tf.initializers.glorotNormal({ seed }),
  heNormal: (seed) => tf.initializers.heNormal({ seed }),
  heUniform: (seed) => tf.initializers.heUniform({ seed }),
  lecunNormal: (seed) => tf.initializers.leCunNormal({ seed }),
  lecunUniform: (seed) => tf.initializers.leCunUniform({ seed }),
  randomNormal: (seed) => tf.initializers.randomNormal({ seed }),
  randomUniform: (seed) => tf.initializers.randomUniform({ seed }),
  truncatedNormal: (seed) => tf.initializers.truncatedNormal({ seed }),
  zeros: () => tf.initializers.zeros(),
  ones: () => tf.initializers.ones(),
};

/** Layers that wrap another, written flat in a spec: the wrapped type in `layer`, its arguments beside the wrapper's. */
const WRAPPER_OWN_ARGS: Readonly<Record<string, readonly string[]>> = { bidirectional: ['mergeMode'], timeDistributed: [] };
const WRAPPED_DEFAULT: Readonly<Record<string, string>> = { bidirectional: 'lstm', timeDistributed: 'dense' };

/** A recurrent kernel must not start from the same random stream as the input kernel. */
const RECURRENT_SEED_OFFSET = 7919;

/** The largest single weight the analysis will allocate (64 MB of float32); larger ones are reported instead. */
export const MAX_WEIGHT_VALUES = 16_777_216;

/** Thrown (and caught by the analysis) when a layer asks for a weight larger than MAX_WEIGHT_VALUES. */
export class WeightTooLargeError extends Error {
  constructor(readonly shape: readonly number[]) {
    super(`weight of shape [${shape.join(', ')}] exceeds ${MAX_WEIGHT_VALUES} values`);
    this.name = 'WeightTooLargeError';
  }
}

function shapeOnlyInitializer(): Initializer {
  const init = tf.initializers.zeros();
  init.apply = (shape, dtype) => {
    const dims = shape.map((d) => d ?? 0);
    if (product(dims) > MAX_WEIGHT_VALUES) throw new WeightTooLargeError(dims);
    return tf.zeros(dims, dtype);
  };
  return init;
}

/** Keras' to_snake_case, applied to the factory name: "dense" → "dense", "simpleRNN" → "simple_rnn". */
function snakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * Keras' default layer names within one model: dense, dropout, dense_1, dense_2, … A wrapped
 * layer is made (and named) before its wrapper, so Bidirectional(LSTM) uses up the name "lstm":
 * an LSTM after it is lstm_1, as Keras names it.
 */
export function kerasLayerNames(spec: ModelSpec): string[] {
  const seen = new Map<string, number>();
  const next = (type: string): string => {
    const base = snakeCase(type);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}_${count}`;
  };
  return spec.layers.map((layer) => {
    const type = String(layer.type);
    if (Object.hasOwn(WRAPPED_DEFAULT, type)) next(typeof layer.layer === 'string' ? layer.layer : (WRAPPED_DEFAULT[type] ?? ''));
    return next(type);
  });
}

function factoryFor(type: string, position: number): LayerFactory {
  const factory = (tf.layers as unknown as Record<string, unknown>)[type];
  if (typeof factory !== 'function') {
    throw new AppError({
      code: 'model/unknown-layer',
      message: msg('model.build.unknownType', { n: position, type: quoteInput(type, 60) }),
      detail: `spec.layers[${position - 1}].type = ${JSON.stringify(type)}`,
    });
  }
  return factory as LayerFactory;
}

/**
 * A Reshape target with its -1 worked out, by tf.layers' own rule (Reshape.fixUnknownDimension).
 * tf.layers skips that rule when the batch size is unknown, which would leave a None inside the
 * shape and let a wrong size through; throws tfjs' ValueError when the sizes do not match.
 */
export function resolveTargetShape(inputShape: Shape, target: readonly number[]): number[] {
  // fixUnknownDimension is private in tfjs' typings but is the rule the layer applies when it runs.
  const probe = tf.layers.reshape({ targetShape: [...target] }) as unknown as {
    fixUnknownDimension(input: readonly number[], output: readonly number[]): number[];
  };
  return probe.fixUnknownDimension(inputShape.slice(1).map((d) => d ?? 0), [...target]);
}

export interface LayerBuildContext {
  /** 0-based position in the stack. */
  readonly index: number;
  readonly name: string;
  /** The input's shape, batch axis first (None). */
  readonly inputShape: Shape;
  /** Seeded random weights (training); absent = zeros (analysis). */
  readonly seed?: number;
  /** The first layer of a tf.Sequential declares the model's input shape. */
  readonly declareInput?: boolean;
}

/** {"l1": 0.01, "l2": 0.001} → tfjs' L1L2 regularizer (Keras' L1, L2 and L1L2 are L1L2 with one factor 0). */
function regularizerOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const factors = value as { l1?: unknown; l2?: unknown };
  return tf.regularizers.l1l2({ l1: typeof factors.l1 === 'number' ? factors.l1 : 0, l2: typeof factors.l2 === 'number' ? factors.l2 : 0 });
}

/** A factory's arguments from a spec's: Keras' defaults, copies of arrays, initializers (seeded or shape-only), regularizer objects. */
function factoryArgs(type: string, specArgs: Readonly<Record<string, unknown>>, ctx: LayerBuildContext): Record<string, unknown> {
  const args: Record<string, unknown> = { ...KERAS_DEFAULTS[type] };
  for (const [key, value] of Object.entries(specArgs)) {
    // tf.layers changes some array arguments in place (Reshape turns -1 into null): pass copies.
    if (value !== undefined && value !== null) args[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  // A spec writes data_format as Keras does; tf.layers spells it channelsFirst / channelsLast.
  if (args.dataFormat === 'channels_first') args.dataFormat = 'channelsFirst';
  else if (args.dataFormat === 'channels_last') args.dataFormat = 'channelsLast';
  if (args.kernelRegularizer !== undefined) args.kernelRegularizer = regularizerOf(args.kernelRegularizer);
  for (const key of INITIALIZER_ARGS[type] ?? []) {
    const named = typeof args[key] === 'string' ? (args[key] as string) : undefined;
    if (ctx.seed === undefined) {
      // The analysis needs only the weights' shapes, whatever initializer the spec names.
      args[key] = shapeOnlyInitializer();
    } else if (key === 'kernelInitializer') {
      // seed + index: layers of the same size must not start from the same weights.
      const make = SEEDED_INITIALIZERS[named ?? 'glorotUniform'] ?? SEEDED_INITIALIZERS.glorotUniform;
      if (make) args[key] = make(ctx.seed + ctx.index);
    } else if (key === 'recurrentInitializer' && named === undefined) {
      args[key] = tf.initializers.orthogonal({ seed: ctx.seed + ctx.index + RECURRENT_SEED_OFFSET, gain: 1 });
    }
  }
  return args;
}

/** The input a Sequential's first layer declares: with a fixed batch size when the shape starts with one. */
function declaredInput(ctx: LayerBuildContext): Record<string, unknown> {
  if (!ctx.declareInput) return {};
  const [batch, ...rest] = ctx.inputShape;
  return batch === null || batch === undefined ? { inputShape: rest } : { batchInputShape: [batch, ...rest] };
}

/**
 * Bidirectional and TimeDistributed: the wrapped layer is made from the spec's other arguments
 * and handed to the wrapper. Bidirectional's backward copy is made by tfjs from the forward
 * layer's configuration, so with a seed both directions start from the same weights (as in Keras
 * with a seeded initializer); reading the sequence in opposite directions sets them apart.
 */
function createWrapper(layer: LayerSpec, ctx: LayerBuildContext): tf.layers.Layer {
  const { type, layer: wrapped, ...rest } = layer;
  const innerType = typeof wrapped === 'string' ? wrapped : (WRAPPED_DEFAULT[type] ?? 'dense');
  const ownKeys = WRAPPER_OWN_ARGS[type] ?? [];
  const innerSpec: Record<string, unknown> = {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (!ownKeys.includes(key)) innerSpec[key] = value;
    else if (value !== undefined && value !== null) args[key] = value;
  }
  args.layer = factoryFor(innerType, ctx.index + 1)(factoryArgs(innerType, innerSpec, ctx));
  args.name = ctx.name;
  Object.assign(args, declaredInput(ctx));
  return factoryFor(type, ctx.index + 1)(args);
}

/** One layer from its spec; throws AppError for an unknown type, tfjs' own error for bad arguments. */
export function createLayer(layer: LayerSpec, ctx: LayerBuildContext): tf.layers.Layer {
  const { type, ...specArgs } = layer;
  if (Object.hasOwn(WRAPPER_OWN_ARGS, type)) return createWrapper(layer, ctx);
  const factory = factoryFor(type, ctx.index + 1);
  const args = factoryArgs(type, specArgs, ctx);
  args.name = ctx.name;
  Object.assign(args, declaredInput(ctx));
  if (type === 'reshape' && Array.isArray(args.targetShape)) {
    args.targetShape = resolveTargetShape(ctx.inputShape, args.targetShape as number[]);
  }
  return factory(args);
}

/**
 * The trainable model of a spec that analyzeModel found valid. A fixed batch size is left out:
 * tfjs does not hold a model to it, and the app's training settings choose the batches.
 */
export function buildModel(spec: ModelSpec, opts: { readonly seed: number }): tf.Sequential {
  const names = kerasLayerNames(spec);
  const model = tf.sequential();
  let shape: Shape = [null, ...spec.inputShape];
  try {
    spec.layers.forEach((layer, i) => {
      const name = names[i] ?? layer.type;
      try {
        // tidy frees what initializers make on the way (LSTM's forget-gate bias is built from pieces); variables survive it.
        tf.tidy(() => model.add(createLayer(layer, { index: i, name, inputShape: shape, seed: opts.seed, declareInput: i === 0 })));
        shape = model.outputs[0]?.shape ?? shape;
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError({
          code: 'model/bad-layer',
          message: msg('model.build.cannotBuild', { n: i + 1, layer: name }),
          detail: err instanceof Error ? err.message : String(err),
        });
      }
    });
  } catch (err) {
    model.dispose();
    throw err;
  }
  return model;
}
