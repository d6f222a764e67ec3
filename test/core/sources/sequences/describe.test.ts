import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, groupedDataset, longDataset, summaryOf } from './helpers';

const opts = { testFraction: 0.2, seed: 4 };

describe('describeExample', () => {
  it('round-trips every held-out and preview key of recordings, in the file units', async () => {
    const ds = groupedDataset({ stepsOf: (r) => 60 + r });
    const summary = summaryOf(ds);
    const plan = { ...sequencesKind.proposePlan(summary).plan, length: 64 };
    const p = await sequencesKind.prepare(ds, plan, opts);
    const analysis = sequencesKind.analyse(summary, plan, opts);
    for (const key of [...p.testExamples, ...analysis.previewExamples]) {
      const view = sequencesKind.describeExample(summary, plan, key);
      expect(view?.key).toBe(key);
      expect(view?.kind).toBe('sequence');
    }
    const view = sequencesKind.describeExample(summary, plan, 'rec-002');
    if (view?.kind !== 'sequence') throw new Error('no view');
    expect(english(view.title)).toBe('Recording “rec-002”');
    expect(view.label).toBe('run');
    expect(view.channels).toEqual(['ch1', 'ch2', 'ch3']);
    expect(view.steps).toBe(61); // its real steps; the padding is not shown
    expect(english(view.stepLabel)).toBe('step (by timestamp)');
    // Values as in the file: row 60 is rec-002's first step.
    const ch3 = ds.columns.find((c) => c.name === 'ch3');
    expect(view.values[2]).toBeCloseTo(ch3?.kind === 'number' ? ch3.values[60]! : NaN, 5);
    expect(sequencesKind.describeExample(summary, plan, 'rec-999')).toBeNull();
  });

  it('titles a window by its rows as the user counts them, with its last row\'s label', async () => {
    const ds = longDataset(2000, 400);
    const summary = summaryOf(ds);
    const plan = sequencesKind.proposePlan(summary).plan;
    expect([plan.length, plan.stride]).toEqual([128, 64]);
    const p = await sequencesKind.prepare(ds, plan, opts);
    for (const key of p.testExamples) expect(sequencesKind.describeExample(summary, plan, key)?.key).toBe(key);
    // Rows 1,152–1,279 (0-based): 48 rows of the third run (fault, 800–1,199), then 80 of the fourth (idle).
    const view = sequencesKind.describeExample(summary, plan, 'w:1152');
    if (view?.kind !== 'sequence') throw new Error('no view');
    expect(english(view.title)).toBe('Rows 1,153–1,280');
    expect(view.label).toBe('idle');
    expect(view.steps).toBe(128);
    expect(view.values.length).toBe(128 * 2);
    expect(sequencesKind.describeExample(summary, plan, 'w:1153')).toBeNull();
  });

  it('names the recording of a window when the windows are per recording, and shows empty cells as NaN', () => {
    const ids = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const ds = dataset('w.csv', [categoryColumn('session', ids), numberColumn('v', [1, null, 3, 4, 5, 6, 7, 8]), categoryColumn('label', ['x', 'x', 'y', 'y', 'x', 'x', 'y', 'y'])]);
    const summary = summaryOf(ds);
    const plan = { layout: 'windows' as const, target: 'label', task: 'classification' as const, features: ['v'], idColumn: 'session', orderColumn: null, length: 2, stride: 2 };
    const view = sequencesKind.describeExample(summary, plan, 'w:0');
    if (view?.kind !== 'sequence') throw new Error('no view');
    expect(english(view.title)).toBe('Rows 1–2 of recording “a”');
    expect(Array.from(view.values)).toEqual([1, NaN]);
    expect(english(view.stepLabel)).toBe('step');
    expect(english(sequencesKind.describeExample(summary, plan, 'w:6')!.title)).toBe('Rows 7–8 of recording “b”');
  });
});
