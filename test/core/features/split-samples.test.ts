import { describe, expect, it } from 'vitest';
import { splitSamples } from '../../../src/core/features/split';

describe('splitSamples', () => {
  it('keeps each class share in the test part, and the same seed gives the same split', () => {
    const ids = Int32Array.from([...new Array<number>(40).fill(0), ...new Array<number>(10).fill(1)]);
    const a = splitSamples(50, ids, { testFraction: 0.2, seed: 7 });
    const b = splitSamples(50, ids, { testFraction: 0.2, seed: 7 });
    expect(Array.from(a.test)).toEqual(Array.from(b.test));
    expect(a.stratified).toBe(true);
    expect(a.test.length).toBe(10);
    expect(Array.from(a.test).filter((i) => ids[i] === 1)).toHaveLength(2);
    expect(new Set([...a.train, ...a.test]).size).toBe(50);
    const c = splitSamples(50, ids, { testFraction: 0.2, seed: 8 });
    expect(Array.from(c.test)).not.toEqual(Array.from(a.test));
  });

  it('shuffles without strata for regression', () => {
    const s = splitSamples(10, null, { testFraction: 0.3, seed: 1 });
    expect(s.stratified).toBe(false);
    expect([s.train.length, s.test.length]).toEqual([7, 3]);
  });
});
