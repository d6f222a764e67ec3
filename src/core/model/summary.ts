/**
 * Keras' model.summary() table, computed by building the model with tfjs-layers and reading
 * its layers (output shapes, parameter counts, weight shapes): one source of truth for the
 * numbers, then the arithmetic behind each number in words.
 */
import type * as tf from '@tensorflow/tfjs';
import { buildModel } from './build';
import type { ModelSpec, ModelSummary, SummaryRow } from './types';

/** 2080 → "2,080" (no Intl: the same text in every runtime). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** [null, 64] → "(None, 64)"; [null, 5, 3] → "(None, 5, 3)". */
export function shapeText(shape: readonly (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/** 1 → "1 unit", 64 → "64 units". */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function weightSize(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function sumParams(weights: readonly tf.LayerVariable[]): number {
  return weights.reduce((total, w) => total + weightSize(w.shape as number[]), 0);
}

/** A single output tensor's shape; tfjs types it as Shape | Shape[]. */
function singleShape(shape: tf.Shape | tf.Shape[]): (number | null)[] {
  const first = shape[0];
  return (Array.isArray(first) ? first : shape) as (number | null)[];
}

function dropoutRate(layer: tf.layers.Layer): number {
  const rate = (layer.getConfig() as { rate?: unknown }).rate;
  return typeof rate === 'number' ? rate : 0;
}

function arithmetic(layer: tf.layers.Layer, params: number): string {
  const className = layer.getClassName();
  if (className === 'Dropout') {
    return `no weights: randomly zeroes ${Math.round(dropoutRate(layer) * 100)}% of values during training only`;
  }
  const kernel = layer.weights.find((w) => w.originalName.endsWith('/kernel'));
  const bias = layer.weights.find((w) => w.originalName.endsWith('/bias'));
  if (className === 'Dense' && kernel && kernel.shape.length === 2) {
    const [inputs, units] = kernel.shape as [number, number];
    const product = `${plural(inputs, 'input')} × ${plural(units, 'unit')}`;
    return bias
      ? `${product} + ${plural(units, 'bias', 'biases')} = ${formatCount(params)}`
      : `${product} = ${formatCount(params)}`;
  }
  if (layer.weights.length === 0) return 'no weights';
  // Any other layer: its weights by shape, e.g. "kernel 3×3×1×16 + bias 16 = 160".
  const parts = layer.weights.map((w) => {
    const shortName = w.originalName.split('/').pop() ?? w.originalName;
    return `${shortName} ${(w.shape as number[]).join('×')}`;
  });
  return `${parts.join(' + ')} = ${formatCount(params)}`;
}

export function summarizeModel(spec: ModelSpec): ModelSummary {
  // The weights' values do not matter here, only their shapes; the model is disposed before returning.
  const model = buildModel(spec, { seed: 0 });
  try {
    const rows: SummaryRow[] = model.layers.map((layer) => {
      const className = layer.getClassName();
      const outputShape = singleShape(layer.outputShape);
      const params = layer.countParams();
      return {
        name: `${layer.name} (${className})`,
        className,
        outputShape,
        outputShapeText: shapeText(outputShape),
        params,
        arithmetic: arithmetic(layer, params),
      };
    });
    const trainableParams = model.layers.reduce((t, l) => t + sumParams(l.trainableWeights), 0);
    const nonTrainableParams = model.layers.reduce((t, l) => t + sumParams(l.nonTrainableWeights), 0);
    return {
      inputShapeText: shapeText([null, ...spec.inputShape]),
      rows,
      totalParams: trainableParams + nonTrainableParams,
      trainableParams,
      nonTrainableParams,
    };
  } finally {
    model.dispose();
  }
}
