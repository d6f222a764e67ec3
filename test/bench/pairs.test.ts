import { describe, expect, it } from 'vitest';
import { quantile, summarisePairs, type Pair } from '../../bench/pairs';

const pair = (bare: number, ours: number, bareCpu: number | null = null, oursCpu: number | null = null): Pair => ({
  bare: { wall: bare, cpu: bareCpu },
  ours: { wall: ours, cpu: oursCpu },
});

describe('quantile', () => {
  it('interpolates between the sorted values', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10], 0.75)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarisePairs', () => {
  it('reads the ratio from each pair, so a slowed pair moves both of its runs and not the ratio', () => {
    // The machine ran at half speed during the second pair: the medians of each column mix fast
    // and slow pairs, the pairs' own ratios stay at 1.1.
    const s = summarisePairs([pair(1000, 1100), pair(500, 550), pair(1000, 1100)]);
    expect(s.ratio).toBe(1.1);
    expect(s.ratioQuartiles).toEqual([1.1, 1.1]);
    expect(s.ours).toBe(1100);
    expect(s.bare).toBe(1000);
    expect(s.pairs).toBe(3);
  });

  it('keeps the median, not the best, against one lucky run', () => {
    const s = summarisePairs([pair(1000, 950), pair(1000, 960), pair(1000, 1400), pair(1000, 940), pair(1000, 955)]);
    expect(s.ratio).toBe(0.955);
    expect(s.ratioQuartiles).toEqual([0.95, 0.96]);
    expect(s.pairRatios).toEqual([0.95, 0.96, 1.4, 0.94, 0.955]);
  });

  it('gives CPU figures only when every run has them', () => {
    expect(summarisePairs([pair(100, 90, 80, 60)]).cpuRatio).toBe(0.75);
    const mixed = summarisePairs([pair(100, 90, 80, 60), pair(100, 90)]);
    expect(mixed.cpuRatio).toBeNull();
    expect(mixed.oursPerCpuSecond).toBeNull();
  });

  it('refuses an empty set rather than report NaN', () => {
    expect(() => summarisePairs([])).toThrow('no pairs');
  });
});
