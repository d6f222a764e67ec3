import { describe, expect, it } from 'vitest';
import { overlaidData, runColor } from '../../../src/ui/experiments/OverlaidCurves';
import { record } from './records';

const m = (epoch: number, loss: number, valLoss?: number) => ({ epoch, loss, elapsedMs: 0, ...(valLoss !== undefined ? { valLoss } : {}) });

describe('overlaidData', () => {
  it('gives one row per epoch of the longest run and one key per run, leaving out epochs a run did not reach', () => {
    const a = record('a', { history: [m(1, 1.0, 1.1), m(2, 0.5, 0.6), m(3, 0.25, 0.4)] });
    const b = record('b', { history: [m(1, 2.0, 2.1)] });
    expect(overlaidData([a, b], (e, which) => (which === 'validation' ? e.valLoss : e.loss), 'validation')).toEqual([
      { epoch: 1, r0: 1.1, r1: 2.1 },
      { epoch: 2, r0: 0.6 },
      { epoch: 3, r0: 0.4 },
    ]);
    expect(overlaidData([a, b], (e, which) => (which === 'validation' ? e.valLoss : e.loss), 'training')[0]).toEqual({ epoch: 1, r0: 1, r1: 2 });
  });

  it('leaves out values that are missing or not finite', () => {
    const a = record('a', { history: [m(1, Number.NaN), m(2, 0.5)] });
    expect(overlaidData([a], (e) => e.valLoss, 'validation')).toEqual([{ epoch: 1 }, { epoch: 2 }]);
    expect(overlaidData([a], (e) => e.loss, 'training')).toEqual([{ epoch: 1 }, { epoch: 2, r0: 0.5 }]);
  });

  it('gives each run its own colour, cycling after eight', () => {
    expect(runColor(0)).not.toBe(runColor(1));
    expect(runColor(8)).toBe(runColor(0));
  });
});
