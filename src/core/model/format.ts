/** How the model designer writes numbers and shapes, the same in every runtime (no Intl). */
import type { Shape } from './designer-types';

/** 2080 → "2,080". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** [null, 64] → "(None, 64)"; [5] → "(5,)" as Python writes a 1-tuple. */
export function shapeText(shape: readonly (number | null)[]): string {
  if (shape.length === 1) return `(${dimText(shape[0] ?? null)},)`;
  return `(${shape.map(dimText).join(', ')})`;
}

function dimText(d: number | null): string {
  return d === null ? 'None' : String(d);
}

/** 1 → "1 unit", 64 → "64 units". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
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
