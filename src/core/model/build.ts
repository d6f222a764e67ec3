/**
 * ModelSpec → tf.Sequential. Every layer with a kernel gets a seeded initializer, so one seed
 * always gives the same starting weights, in the app, the worker and the CLI alike.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import type { LayerSpec, ModelSpec } from './types';

type LayerFactory = (args: Record<string, unknown>) => tf.layers.Layer;

/** Factories whose layers own a `kernel` drawn at random (the others start from constants). */
const KERNEL_LAYERS = new Set(['dense', 'conv1d', 'conv2d', 'simpleRNN', 'lstm', 'gru']);

/** Keras' to_snake_case, applied to the factory name: "dense" → "dense", "simpleRNN" → "simple_rnn". */
function snakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** Keras' default layer names within one model: dense, dropout, dense_1, dense_2, … */
export function kerasLayerNames(spec: ModelSpec): string[] {
  const seen = new Map<string, number>();
  return spec.layers.map((layer) => {
    const base = snakeCase(layer.type);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}_${count}`;
  });
}

function factoryFor(layer: LayerSpec, position: number): LayerFactory {
  const factory = (tf.layers as unknown as Record<string, unknown>)[layer.type];
  if (typeof factory !== 'function') {
    throw new AppError({
      code: 'model/unknown-layer',
      message: `Layer ${position} has a type “${layer.type}” that TensorFlow.js does not know.`,
      detail: `spec.layers[${position - 1}].type = ${JSON.stringify(layer.type)}`,
    });
  }
  return factory as LayerFactory;
}

export function buildModel(spec: ModelSpec, opts: { readonly seed: number }): tf.Sequential {
  const names = kerasLayerNames(spec);
  const model = tf.sequential();
  try {
    spec.layers.forEach((layer, i) => {
      const { type, ...factoryArgs } = layer;
      const args: Record<string, unknown> = { ...factoryArgs, name: names[i] };
      if (i === 0) args.inputShape = [...spec.inputShape];
      if (KERNEL_LAYERS.has(type) && args.kernelInitializer === undefined) {
        // seed + index: layers of the same size must not start from the same weights.
        args.kernelInitializer = tf.initializers.glorotUniform({ seed: opts.seed + i });
      }
      let built: tf.layers.Layer;
      try {
        built = factoryFor(layer, i + 1)(args);
        model.add(built);
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError({
          code: 'model/bad-layer',
          message: `Layer ${i + 1} (${names[i] ?? type}) cannot be built with its current settings.`,
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
