/**
 * Sentences about the size of the whole model rather than one layer's arithmetic: a fixed batch
 * size, and a layer so large that training it may not fit in memory.
 */
import type { Advice } from './designer-types';
import { msg, type Message } from '../i18n/message';

/** Above this many parameters in one layer (40 MB of float32) the layer gets a memory warning. */
export const HUGE_LAYER_PARAMS = 10_000_000;

/** What a fixed batch size (Keras' batch_size=) means for every shape and for the batches the model takes. */
export function batchSentence(batch: number): Message {
  return msg('model.explain.batchSize', { batch, raw: String(batch) });
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
    code: 'size/huge-layer', severity: 'warning', fixes: [],
    got: msg('model.advice.hugeLayer.got', { params }), expected: msg('model.advice.hugeLayer.expected', { max: HUGE_LAYER_PARAMS }),
    message: msg('model.advice.hugeLayer', { layer: className, params, size: megabytes(params) }),
  };
}
