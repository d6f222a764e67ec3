import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { sequenceColumns } from '../../../../src/core/sources/sequences/column-roles';
import { emptyColumn, textColumn } from '../../helpers/dataset';
import { dataset, groupedDataset, summaryOf } from './helpers';

describe('sequenceColumns', () => {
  it('gives every column its role under the plan, with the reason', () => {
    const g = groupedDataset({ attribute: true });
    const ds = dataset('roles.csv', [...g.columns, textColumn('comment', new Array<string | null>(g.rowCount).fill(null), 'free text'), emptyColumn('blank', g.rowCount)]);
    const summary = summaryOf(ds);
    const plan = { ...summary.detection.proposal!.plan, features: ['ch1', 'ch2'] };
    expect(sequenceColumns(summary, plan).map((c) => ({ ...c, reason: english(c.reason) }))).toEqual([
      { column: 'recording_id', role: 'id', reason: 'Names the recording of each row: 12 recordings.' },
      { column: 'timestamp', role: 'order', reason: 'Puts the steps of each recording in order (dates and times).' },
      { column: 'speed', role: 'attribute', reason: 'Constant within every recording of “recording_id”: a property of the recording, not of a step.' },
      { column: 'activity', role: 'target', reason: 'The label to predict: one value per recording.' },
      { column: 'ch1', role: 'step', reason: 'A number measured at each step: one channel of the input (its last axis).' },
      { column: 'ch2', role: 'step', reason: 'A number measured at each step: one channel of the input (its last axis).' },
      { column: 'ch3', role: 'unused', reason: 'A number not chosen as a step column.' },
      { column: 'comment', role: 'unused', reason: 'It names or identifies each row (like a name or an ID) instead of describing it, so it cannot help predict.' },
      { column: 'blank', role: 'unused', reason: 'Empty: no row has a value.' },
    ]);
  });

  it('has no attributes without an id column, and says how a window takes its label', () => {
    const summary = summaryOf(groupedDataset({ attribute: true }));
    const plan = { ...summary.detection.proposal!.plan, layout: 'windows' as const, idColumn: null };
    const roles = sequenceColumns(summary, plan);
    expect(roles.find((r) => r.column === 'speed')?.role).toBe('unused');
    expect(english(roles.find((r) => r.column === 'activity')!.reason)).toBe("The label to predict: each window takes its value at the window’s last row.");
    expect(english(roles.find((r) => r.column === 'recording_id')!.reason)).toBe('Text labels: not a number measured at each step (it could be the label).');
  });
});
