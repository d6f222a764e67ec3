import { describe, expect, it } from 'vitest';
import { guardOutputs, guardSequenceInputs, noPredictionNote, shownText } from '../../../src/core/experiment/predict-guards';
import { msg } from '../../../src/core/i18n/message';
import { english, translator } from '../../../src/core/i18n/translate';

const text = (note: Parameters<typeof english>[0] | null) => (note === null ? null : english(note));

describe('guards around the network', () => {
  it('refuses a recording whose scaled steps are not finite, naming the column, and zeroes it', () => {
    // 2 recordings × 2 steps × 2 columns.
    const x = new Float32Array([1, 2, 3, 4, /**/ 5, Infinity, 7, NaN]);
    const notes = guardSequenceInputs(x, 2, ['acc_x', 'acc_y']);
    expect(notes.map(text)).toEqual([null, 'No prediction: \u201cacc_y\u201d has a value too large to compute with.']);
    expect(translator('ko')(notes[1]!)).toBe('예측 없음: \u201cacc_y\u201d에 계산할 수 없을 만큼 큰 값이 있습니다.');
    expect(Array.from(x)).toEqual([1, 2, 3, 4, 0, 0, 0, 0]);
  });

  it('refuses a row whose outputs are not numbers, keeping the notes of the inputs first', () => {
    const out = new Float32Array([0.2, 0.8, NaN, NaN, 0.5, 0.5]);
    const earlier = msg('predict.noPrediction.one', { first: 'x' });
    expect(guardOutputs('classification', out, 3, 2, [null, null, earlier]).map(text)).toEqual([
      null,
      'No prediction: the model\u2019s probabilities for this row are not numbers, so no class can be given.',
      'No prediction: x.',
    ]);
    expect(text(guardOutputs('regression', new Float32Array([1, Infinity]), 2, 1, [])[1] ?? null)).toMatch(/no value can be given/);
  });

  it('cuts long values to 60 characters and counts reasons past three', () => {
    expect(shownText(`  ${'é'.repeat(80)} `)).toBe(`${'é'.repeat(59)}\u2026`);
    expect(shownText('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}\u2026`);
    const reasons = ['a', 'b', 'c', 'd', 'e'].map((column) => msg('predict.reason.givesTooLarge', { column }));
    expect(english(noPredictionNote(reasons))).toBe('No prediction: a gives a value too large to compute with; b gives a value too large to compute with; c gives a value too large to compute with (and 2 more).');
    expect(english(noPredictionNote(reasons.slice(0, 4)))).toMatch(/\(and 1 more\)\.$/);
    expect(english(noPredictionNote(reasons.slice(0, 1)))).toBe('No prediction: a gives a value too large to compute with.');
    const ko = translator('ko')(noPredictionNote(reasons));
    expect(ko).toMatch(/^예측 없음: /);
    expect(ko).toContain('(그 밖에 2개)');
    expect(ko).not.toMatch(/[{}]/);
  });
});
