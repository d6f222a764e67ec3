/** Helpers of the column accumulator (accumulate.ts) that work on whole arrays. */

/** An array this much larger than its rows is copied to its exact length rather than viewed. */
const MAX_SLACK = 1.125;

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * An array of exactly `length` elements: the array itself, a view when the spare room is
 * small (copying 100 MB of numbers costs more than a few spare megabytes), else a copy.
 */
export function exactLength<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  return (array.length <= length * MAX_SLACK ? array.subarray(0, length) : array.slice(0, length)) as T;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
