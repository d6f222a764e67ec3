import { describe, expect, it } from 'vitest';
import { overlaidSeries, runColor } from '../../../src/ui/experiments/OverlaidCurves';
import { record } from './records';

const m = (epoch: number, loss: number, valLoss?: number) => ({ epoch, loss, elapsedMs: 0, ...(valLoss !== undefined ? { valLoss } : {}) });
const pickLoss = (e: ReturnType<typeof m>, which: 'validation' | 'training') => (which === 'validation' ? e.valLoss : e.loss);

describe('overlaidSeries', () => {
  it('gives one line per run, named after it, with its values epoch by epoch', () => {
    const a = record('a', { history: [m(1, 1.0, 1.1), m(2, 0.5, 0.6), m(3, 0.25, 0.4)] });
    const b = record('b', { history: [m(1, 2.0, 2.1)] });
    const validation = overlaidSeries([a, b], pickLoss, 'validation');
    expect(validation.map((s) => s.label)).toEqual([a.name, b.name]);
    expect(validation.map((s) => s.values)).toEqual([[1.1, 0.6, 0.4], [2.1]]);
    expect(overlaidSeries([a, b], pickLoss, 'training').map((s) => s.values)).toEqual([[1, 0.5, 0.25], [2]]);
    // Neighbouring runs differ in colour and in dash, for readers who cannot tell the colours apart.
    expect(validation[0]?.color).not.toBe(validation[1]?.color);
    expect(validation.map((s) => s.dashed)).toEqual([false, true]);
  });

  it('leaves out values that are missing or not finite', () => {
    const a = record('a', { history: [m(1, Number.NaN), m(2, 0.5)] });
    expect(overlaidSeries([a], pickLoss, 'validation')[0]?.values).toEqual([undefined, undefined]);
    expect(overlaidSeries([a], pickLoss, 'training')[0]?.values).toEqual([undefined, 0.5]);
  });

  it('gives each run its own colour, cycling after eight', () => {
    expect(runColor(0)).not.toBe(runColor(1));
    expect(runColor(8)).toBe(runColor(0));
  });
});
