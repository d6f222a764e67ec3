/**
 * Sentences about the size of the whole model rather than one layer's arithmetic: a fixed batch
 * size, and a layer so large that training it may not fit in memory.
 */
import type { Advice } from './designer-types';
import { formatCount as n } from './format';

/** Above this many parameters in one layer (40 MB of float32) the layer gets a memory warning. */
export const HUGE_LAYER_PARAMS = 10_000_000;

/** What a fixed batch size (Keras' batch_size=) means for every shape and for the batches the model takes. */
export function batchSentence(batch: number): string {
  return (
    `The batch size is fixed at ${n(batch)}: every shape starts with ${n(batch)} instead of None, and the model then takes ` +
    `batches of exactly ${n(batch)} ${batch === 1 ? 'example' : 'examples'} only, in training and prediction alike (Keras: batch_size=${batch}).`
  );
}

/** "225.3 MB" from a count of float32 numbers. */
function megabytes(values: number): string {
  const mb = (values * 4) / 1_000_000;
  return mb >= 1000 ? `${(mb / 1000).toFixed(1)} GB` : `${mb.toFixed(1)} MB`;
}

/** A warning for a layer whose weights alone take hundreds of megabytes; null for any other. */
export function hugeLayerAdvice(className: string, params: number): Advice | null {
  if (params < HUGE_LAYER_PARAMS) return null;
  return {
    code: 'size/huge-layer', severity: 'warning', fixes: [], got: `${n(params)} parameters`, expected: `fewer than ${n(HUGE_LAYER_PARAMS)}`,
    message:
      `${className} has ${n(params)} parameters: ${megabytes(params)} for its weights alone, and about four times that while training ` +
      '(the gradients and the optimizer’s running averages). Keras builds it, but training it here may be slow or run out of memory; ' +
      'fewer units, or a smaller input first (pooling, GlobalAveragePooling), keeps the model light.',
  };
}
