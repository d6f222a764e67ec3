/**
 * Statistics of interleaved (bare, ours) pairs. On a shared machine single runs move by ±20 %
 * (SwiftShader rows more): the ratio of each pair, timed back to back, cancels the slow drift of
 * the machine's speed, and the median of many pairs is robust to the runs a neighbour slowed.
 */

/** Samples/s of one timed run, by the wall clock and per CPU-second (null where the host cannot tell). */
export interface Rate {
  wall: number;
  cpu: number | null;
}

export interface Pair {
  readonly bare: Rate;
  readonly ours: Rate;
}

export interface PairSummary {
  /** Medians over the pairs. */
  readonly ours: number;
  readonly bare: number;
  readonly oursPerCpuSecond: number | null;
  readonly barePerCpuSecond: number | null;
  /** The median of the pairs' ours/bare: the figure the goal is read against. */
  readonly ratio: number;
  /** The pairs' ratios at the first and third quartiles. */
  readonly ratioQuartiles: readonly [number, number];
  readonly cpuRatio: number | null;
  readonly pairs: number;
  /** ours/bare of each pair, in the order run. */
  readonly pairRatios: readonly number[];
}

/** The value below which a fraction `q` of `values` lies (linear interpolation); NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const median = (values: readonly number[]): number => quantile(values, 0.5);
const round3 = (n: number): number => Number(n.toFixed(3));

function cpuMedian(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : median(values as number[]);
}

export function summarisePairs(pairs: readonly Pair[]): PairSummary {
  if (pairs.length === 0) throw new Error('no pairs were timed');
  const ratios = pairs.map((p) => p.ours.wall / p.bare.wall);
  const cpuRatios = pairs.map((p) => (p.ours.cpu === null || p.bare.cpu === null ? null : p.ours.cpu / p.bare.cpu));
  const oursCpu = cpuMedian(pairs.map((p) => p.ours.cpu));
  const bareCpu = cpuMedian(pairs.map((p) => p.bare.cpu));
  const cpuRatio = cpuMedian(cpuRatios);
  return {
    ours: Math.round(median(pairs.map((p) => p.ours.wall))),
    bare: Math.round(median(pairs.map((p) => p.bare.wall))),
    oursPerCpuSecond: oursCpu === null ? null : Math.round(oursCpu),
    barePerCpuSecond: bareCpu === null ? null : Math.round(bareCpu),
    ratio: round3(median(ratios)),
    ratioQuartiles: [round3(quantile(ratios, 0.25)), round3(quantile(ratios, 0.75))],
    cpuRatio: cpuRatio === null ? null : round3(cpuRatio),
    pairs: pairs.length,
    pairRatios: ratios.map(round3),
  };
}
