import { describe, expect, it } from 'vitest';
import { epochTicks, extent, niceAxis } from '../../../src/ui/components/axis';

describe('niceAxis', () => {
  it('widens a range to round steps', () => {
    // range 23.3 / 5 = 4.66 → step 5; floor(6.63/5)*5 = 5, ceil(29.9/5)*5 = 30
    expect(niceAxis(6.63, 29.9)).toEqual({ domain: [5, 30], ticks: [5, 10, 15, 20, 25, 30] });
  });
  it('handles small fractional ranges without floating-point dust', () => {
    // range 0.3 / 5 = 0.06 → step 0.1
    expect(niceAxis(0.1, 0.4).ticks).toEqual([0.1, 0.2, 0.3, 0.4]);
  });
  it('gives a constant series a unit range around it', () => {
    expect(niceAxis(3, 3).domain).toEqual([2, 4]);
  });
});

describe('epochTicks', () => {
  it('lists every epoch up to 10 and round steps beyond', () => {
    expect(epochTicks(4)).toEqual([1, 2, 3, 4]);
    expect(epochTicks(30)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    // 50/6 = 8.3 → step 10
    expect(epochTicks(50)).toEqual([1, 10, 20, 30, 40, 50]);
    // 32/6 = 5.3 → step 10; the round tick 30 is too close to 32, so it gives way
    expect(epochTicks(32)).toEqual([1, 10, 20, 32]);
  });
});

describe('extent', () => {
  it('ignores NaN', () => {
    expect(extent([3, Number.NaN, -1, 2])).toEqual([-1, 3]);
  });
});
