import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace } from '../../src/core/random';

/** mulberry32 as published by its author (bryc), copied independently of the implementation under test. */
function referenceMulberry32(a: number): () => number {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createRng', () => {
  it('produces the mulberry32 sequence for a seed', () => {
    for (const seed of [0, 1, 42, 123456789]) {
      const rng = createRng(seed);
      const ref = referenceMulberry32(seed);
      for (let i = 0; i < 1000; i++) expect(rng()).toBe(ref());
    }
  });

  it('repeats for the same seed and differs for another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const rng = createRng(42);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = rng();
      if (!(v >= 0 && v < 1)) outside++;
      sum += v;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('shuffleInPlace', () => {
  it('returns the same array holding the same values, deterministically per seed', () => {
    const a = Uint32Array.from({ length: 50 }, (_, i) => i);
    const out = shuffleInPlace(a, createRng(1));
    expect(out).toBe(a);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    const again = shuffleInPlace(Uint32Array.from({ length: 50 }, (_, i) => i), createRng(1));
    expect([...again]).toEqual([...a]);
  });

  it('leaves empty and single-element arrays alone', () => {
    expect([...shuffleInPlace(new Float64Array(0), createRng(1))]).toEqual([]);
    expect([...shuffleInPlace(Float64Array.of(9), createRng(1))]).toEqual([9]);
  });

  it('makes every ordering of three items about equally likely', () => {
    const rng = createRng(3);
    const seen = new Map<string, number>();
    const trials = 60_000;
    for (let t = 0; t < trials; t++) {
      const key = [...shuffleInPlace([0, 1, 2], rng)].join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const count of seen.values()) expect(Math.abs(count / trials - 1 / 6)).toBeLessThan(0.01);
  });
});
