/** Statistics of a numeric column, and the tests that tell an ID column from a measurement. */
import type { NumberSums } from './accumulate';

/** Distinct numbers are counted exactly up to this many. */
export const NUMBER_DISTINCT_CAP = 10_000;

export interface NumberStats {
  readonly present: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1), as pandas reports it; 0 with fewer than 2 values. */
  readonly std: number;
  readonly integer: boolean;
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** The distinct values when they are integers and at most `keepDistinct` of them; else null. */
  readonly smallIntegerSet: readonly number[] | null;
}

export function numberStats(values: Float64Array, sums: NumberSums, keepDistinct: number): NumberStats {
  const present = sums.count;
  const mean = present > 0 ? sums.sum / present : NaN;
  const squares = sums.shiftedSquares - (sums.shiftedSum * sums.shiftedSum) / Math.max(1, present);
  const std = present > 1 ? Math.sqrt(Math.max(0, squares) / (present - 1)) : 0;
  const integer = sums.integer;
  const seen = new Set<number>();
  let distinctCapped = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    seen.add(v);
    if (seen.size > NUMBER_DISTINCT_CAP) {
      distinctCapped = true;
      break;
    }
  }
  const smallIntegerSet = integer && seen.size <= keepDistinct ? [...seen] : null;
  return {
    present,
    min: present > 0 ? sums.min : NaN,
    max: present > 0 ? sums.max : NaN,
    mean,
    std,
    integer,
    distinct: distinctCapped ? NUMBER_DISTINCT_CAP : seen.size,
    distinctCapped,
    smallIntegerSet,
  };
}

/** The running sums of `values` (NaN = missing), as the accumulator keeps them, for values changed after reading. */
export function sumsOf(values: Float64Array): NumberSums {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let shift = NaN;
  let shiftedSum = 0;
  let shiftedSquares = 0;
  let integer = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (count++ === 0) shift = v;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    const d = v - shift;
    shiftedSum += d;
    shiftedSquares += d * d;
    if (integer && Math.floor(v) !== v) integer = false;
  }
  return { count, min, max, sum, shiftedSum, shiftedSquares, integer };
}

/** True when every row holds a different whole number from min to min + rows − 1 (a running row number, in any order). */
export function isRunningNumber(values: Float64Array, stats: NumberStats): boolean {
  const n = values.length;
  if (!stats.integer || stats.present !== n || n < 3 || stats.max - stats.min + 1 !== n) return false;
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const slot = (values[i] as number) - stats.min;
    if (seen[slot] === 1) return false;
    seen[slot] = 1;
  }
  return true;
}

/** Whole-number values, all different (exact, also past the distinct cap). */
export function isUniqueIntegers(values: Float64Array, stats: NumberStats): boolean {
  if (!stats.integer || stats.present !== values.length) return false;
  if (!stats.distinctCapped) return stats.distinct === values.length;
  const sorted = Float64Array.from(values).sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}

/** "id", "ID", "index", "row", "customer_id", "PassengerId", "user id", "Unnamed: 0" (pandas' saved index). */
export function looksLikeIdName(name: string): boolean {
  const n = name.trim();
  return (
    /^(id|idx|index|row|rownum|row ?(number|no|num|#)|#|unnamed: ?0)$/i.test(n) ||
    /(^|[_\s.-])id$/i.test(n) ||
    /[a-z](Id|ID)$/.test(n)
  );
}
