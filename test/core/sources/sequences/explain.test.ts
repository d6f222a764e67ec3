import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import type { SequencePlan } from '../../../../src/core/sources/sequences/types';
import { groupedDataset, longDataset, summaryOf } from './helpers';

const opts = { testFraction: 0.2, seed: 1 };

describe('explainInput', () => {
  it('explains (None, 64, 6) for recordings of 64 steps of 6 step columns', () => {
    const summary = summaryOf(groupedDataset({ channels: 6, recordings: 15 }));
    const plan = sequencesKind.proposePlan(summary).plan;
    const shape = sequencesKind.explainInput(summary, plan, opts);
    expect(shape.inputShape).toEqual([null, 64, 6]);
    expect(shape.text).toBe('(None, 64, 6)');
    expect(shape.axes.map((a) => ({ ...a, description: english(a.description) }))).toEqual([
      { symbol: 'None', value: null, description: 'the batch: how many recordings go into the network at a time (any number)' },
      { symbol: 'steps', value: 64, description: 'time steps in each recording (rows per “recording_id”)' },
      { symbol: 'features', value: 6, description: 'the step columns ch1 … ch6' },
    ]);
    expect(english(shape.sum)).toBe('Each recording is 64 steps × 6 step columns = 384 numbers: at every step, each step column gives one standardised number.');
    expect(shape.parts).toHaveLength(6);
    for (const part of shape.parts) {
      expect(part.units).toBe(1);
      // Readable numbers: three significant digits at most, never 43.92192982456.
      expect(english(part.description)).toMatch(new RegExp(`^1 number per step, standardised \\(mean -?\\d+(\\.\\d{1,3})?, std \\d+(\\.\\d{1,3})?\\)$`));
    }
    expect(shape.notes.map((n) => english(n))).toContain('Every recording has 64 steps: none is padded or cut.');
    // No step column has an empty cell, so nothing is said about filling them.
    expect(shape.notes.some((n) => english(n).startsWith('An empty cell'))).toBe(false);
    expect(english(shape.noneMeaning)).toContain('any number of recordings at a time');
  });

  it('counts padded and cut recordings and names the Masking value', () => {
    const summary = summaryOf(groupedDataset({ stepsOf: (r) => (r < 3 ? 50 : r < 5 ? 80 : 64) }));
    const shape = sequencesKind.explainInput(summary, sequencesKind.proposePlan(summary).plan, opts);
    expect(shape.notes.map((n) => english(n))).toEqual(expect.arrayContaining([
      '3 recordings shorter than 64 steps are padded at the end with zero steps (of 12).',
      '2 recordings longer than 64 steps are cut to their first 64 steps (of 12).',
      'A padded step is 0 in every column, the training mean once standardised: a Masking layer with mask_value=0 makes the recurrent layer after it (LSTM, GRU, SimpleRNN) skip it; convolutions read it as average values.',
    ]));
  });

  it('explains windows: how N rows give K windows of 64 with a stride of 32, labelled by the last row', () => {
    const summary = summaryOf(longDataset(1000, 200));
    const plan: SequencePlan = { ...sequencesKind.proposePlan(summary).plan, length: 64, stride: 32 };
    const shape = sequencesKind.explainInput(summary, plan, opts);
    expect(shape.text).toBe('(None, 64, 2)');
    expect(english(shape.axes[0]!.description)).toBe('the batch: how many windows go into the network at a time (any number)');
    expect(english(shape.axes[1]!.description)).toBe('rows in each window; 1,000 rows give 30 windows of 64 with a stride of 32');
    expect(english(shape.axes[2]!.description)).toBe('the step columns a and b');
    expect(shape.notes.map((n) => english(n))).toEqual(expect.arrayContaining(['Each window is labelled by “state” at its last row.', 'Windows overlap: each starts 32 rows after the previous one.']));
    const regression = sequencesKind.explainInput(summary, { ...plan, target: 'b', task: 'regression', features: ['a'] }, opts);
    expect(regression.notes.map((n) => english(n))).toContain("Each window’s target is the value of “b” at its last row.");
    expect(english(regression.axes[2]!.description)).toBe('the step column a');
  });

  it('throws the first problem of an invalid plan as an AppError', () => {
    const summary = summaryOf(longDataset(1000, 200));
    const plan = { ...sequencesKind.proposePlan(summary).plan, length: 5000 };
    expect(() => sequencesKind.explainInput(summary, plan, opts)).toThrow('from 2 to 4,096; it is 5000');
  });
});
