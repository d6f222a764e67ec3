/**
 * What each column is for under a plan, with the reason in one sentence: the Shape step's column
 * list (id, time, label, a property of the recording, a step column, or unused).
 */
import { quoted } from '../../features/columns';
import { columnOf, rowCodes } from './columns';
import { counted } from './format';
import { constancy } from './runs';
import type { SequenceColumnInfo, SequencePlan, SequenceSummary } from './types';

export function sequenceColumns(summary: SequenceSummary, plan: SequencePlan): SequenceColumnInfo[] {
  const ds = summary.dataset;
  const idCol = columnOf(ds, plan.idColumn);
  const ids = idCol ? rowCodes(idCol) : null;
  const recordings = ids ? ids.names.length : 0;
  const steps = new Set(plan.features);
  const excluded = new Map(ds.suggestedExclusions.map((e) => [e.column, e.reason]));
  return ds.columns.map((col): SequenceColumnInfo => {
    const info = (role: SequenceColumnInfo['role'], reason: string): SequenceColumnInfo => ({ column: col.name, role, reason });
    if (col.name === plan.idColumn) return info('id', `Names the recording of each row: ${counted(recordings, 'recording')}.`);
    if (col.name === plan.orderColumn) {
      return info('order', `Puts the steps of each recording in order${col.kind === 'datetime' ? ' (dates and times)' : ''}.`);
    }
    if (col.name === plan.target) {
      return info('target', plan.layout === 'grouped'
        ? 'The label to predict: one value per recording.'
        : "The label to predict: each window takes its value at the window's last row.");
    }
    const c = ids && recordings >= 2 ? constancy(col, ids.codes, recordings) : null;
    if (c && c.groupsWithValue >= 2 && !c.changes) {
      return info('attribute', `Constant within every recording of ${quoted(plan.idColumn ?? '')}: a property of the recording, not of a step.`);
    }
    if (steps.has(col.name)) return info('step', 'A number measured at each step: one channel of the input (its last axis).');
    switch (col.kind) {
      case 'datetime':
        return info('unused', 'Dates and times: they can put the steps in order, but are not a number read at each step.');
      case 'empty':
        return info('unused', 'Empty: no row has a value.');
      case 'text':
        return info('unused', excluded.get(col.name) ?? 'Text: not a number measured at each step.');
      case 'category':
        return info('unused', 'Text labels: not a number measured at each step (it could be the label).');
      case 'number':
        return info('unused', excluded.get(col.name) ?? 'A number not chosen as a step column.');
    }
  });
}
