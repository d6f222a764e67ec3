import { describe, expect, it } from 'vitest';
import { epochOrder, labelsForOutput, pickRows, splitValidation, subSeed } from '../../../src/core/train/data';
import { createRng } from '../../../src/core/random';

describe('splitValidation', () => {
  it('sets aside round(rows × fraction) rows, disjoint from the rest, covering every row', () => {
    const { fit, validation } = splitValidation(10, 0.2, 42);
    expect(validation.length).toBe(2);
    expect(fit.length).toBe(8);
    expect([...fit, ...validation].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(fit)).toEqual([...fit].sort((a, b) => a - b)); // ascending
  });

  it('is the same for a seed and differs between seeds', () => {
    const a = splitValidation(100, 0.2, 7).validation;
    expect(Array.from(splitValidation(100, 0.2, 7).validation)).toEqual(Array.from(a));
    expect(Array.from(splitValidation(100, 0.2, 8).validation)).not.toEqual(Array.from(a));
  });

  it('keeps at least one row on each side, and none for a fraction of 0 or a single row', () => {
    expect(splitValidation(3, 0.01, 1).validation.length).toBe(1);
    expect(splitValidation(2, 0.5, 1).fit.length).toBe(1);
    expect(splitValidation(10, 0, 1).validation.length).toBe(0);
    expect(splitValidation(1, 0.2, 1)).toEqual({ fit: Uint32Array.from([0]), validation: new Uint32Array(0) });
  });
});

describe('helpers', () => {
  it('picks whole rows of a row-major array', () => {
    const source = Float32Array.from([0, 1, 10, 11, 20, 21]);
    expect(Array.from(pickRows(source, 2, Uint32Array.from([2, 0])))).toEqual([20, 21, 0, 1]);
  });

  it('draws a permutation per epoch from a seeded stream', () => {
    const rng = createRng(5);
    const first = epochOrder(6, rng);
    const second = epochOrder(6, rng);
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(second)).not.toEqual(Array.from(first));
    expect(Array.from(epochOrder(6, createRng(5)))).toEqual(Array.from(first));
  });

  it('derives distinct sub-seeds per stream', () => {
    expect(new Set([subSeed(42, 1), subSeed(42, 2), subSeed(42, 3), subSeed(43, 1)]).size).toBe(4);
    expect(subSeed(42, 1)).toBe(subSeed(42, 1));
  });
});

describe('labels for a sigmoid head', () => {
  it('keeps one-hot rows for softmax, and gives one 0/1 label per row (1 = the second class) for one output', () => {
    const oneHot = new Float32Array([1, 0, 0, 1, 0, 1]);
    expect(labelsForOutput(oneHot, 3, 2)).toBe(oneHot);
    expect(Array.from(labelsForOutput(oneHot, 3, 1))).toEqual([0, 1, 1]);
    // Regression: one standardised number per row, kept as it is.
    const values = new Float32Array([0.5, -1.2]);
    expect(labelsForOutput(values, 2, 1)).toBe(values);
  });
});
