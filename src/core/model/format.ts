/** How the model designer writes shapes and sizes, the same in every runtime and language. */
import type { Shape } from './designer-types';

/**
 * [null, 64] → "(None, 64)"; [5] → "(5)". On screen a shape is never written as Python's
 * 1-tuple "(5,)": that spelling belongs to the Keras code only (keras.ts).
 */
export function shapeText(shape: readonly (number | null)[]): string {
  return `(${shape.map(dimText).join(', ')})`;
}

function dimText(d: number | null): string {
  return d === null ? 'None' : String(d);
}

/** [28, 28] → "28×28" (kernel and pool sizes as people say them). */
export function sizeText(dims: readonly number[]): string {
  return dims.join('×');
}

/** [13, 13, 32] → 5408: the number of values in one example. */
export function product(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** The batch axis added: [128, 9] → [null, 128, 9]. */
export function withBatch(dims: readonly number[]): Shape {
  return [null, ...dims];
}

/** The dimensions after the batch axis, as known numbers (null read as 0: it never happens after analysis). */
export function exampleDims(shape: Shape): number[] {
  return shape.slice(1).map((d) => d ?? 0);
}
