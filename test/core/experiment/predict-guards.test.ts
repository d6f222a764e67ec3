import { describe, expect, it } from 'vitest';
import { guardOutputs, guardSequenceInputs, noPredictionNote, shownText } from '../../../src/core/experiment/predict-guards';

describe('guards around the network', () => {
  it('refuses a recording whose scaled steps are not finite, naming the column, and zeroes it', () => {
    // 2 recordings × 2 steps × 2 columns.
    const x = new Float32Array([1, 2, 3, 4, /**/ 5, Infinity, 7, NaN]);
    const notes = guardSequenceInputs(x, 2, ['acc_x', 'acc_y']);
    expect(notes).toEqual([null, 'No prediction: \u201cacc_y\u201d has a value too large to compute with.']);
    expect(Array.from(x)).toEqual([1, 2, 3, 4, 0, 0, 0, 0]);
  });

  it('refuses a row whose outputs are not numbers, keeping the notes of the inputs first', () => {
    const out = new Float32Array([0.2, 0.8, NaN, NaN, 0.5, 0.5]);
    expect(guardOutputs('classification', out, 3, 2, [null, null, 'No prediction: x.'])).toEqual([
      null,
      'No prediction: the model\u2019s probabilities for this row are not numbers, so no class can be given.',
      'No prediction: x.',
    ]);
    expect(guardOutputs('regression', new Float32Array([1, Infinity]), 2, 1, [])[1]).toMatch(/no value can be given/);
  });

  it('cuts long values to 60 characters and counts reasons past three', () => {
    expect(shownText(`  ${'é'.repeat(80)} `)).toBe(`${'é'.repeat(59)}\u2026`);
    expect(shownText('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}\u2026`);
    expect(noPredictionNote(['a', 'b', 'c', 'd', 'e'])).toBe('No prediction: a; b; c (and 2 more).');
  });
});
