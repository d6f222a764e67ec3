/**
 * What each column is for under a plan, with the reason in one sentence: the Shape step's column
 * list (id, time, label, a property of the recording, a step column, or unused).
 */
import { quoted } from '../../features/columns';
import { msg, type Message } from '../../i18n/message';
import { columnOf, rowCodes } from './columns';
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
    const info = (role: SequenceColumnInfo['role'], reason: Message): SequenceColumnInfo => ({ column: col.name, role, reason });
    if (col.name === plan.idColumn) return info('id', msg('sources.sequences.role.id', { count: recordings }));
    if (col.name === plan.orderColumn) {
      return info('order', msg('sources.sequences.role.order', { datetime: col.kind === 'datetime' ? 'yes' : 'no' }));
    }
    if (col.name === plan.target) {
      return info('target', msg('sources.sequences.role.target', { layout: plan.layout }));
    }
    const c = ids && recordings >= 2 ? constancy(col, ids.codes, recordings) : null;
    if (c && c.groupsWithValue >= 2 && !c.changes) {
      return info('attribute', msg('sources.sequences.role.attribute', { id: quoted(plan.idColumn ?? '') }));
    }
    if (steps.has(col.name)) return info('step', msg('sources.sequences.role.step'));
    switch (col.kind) {
      case 'datetime':
        return info('unused', msg('sources.sequences.role.datetime'));
      case 'empty':
        return info('unused', msg('sources.sequences.role.empty'));
      case 'text':
        return info('unused', excluded.get(col.name) ?? msg('sources.sequences.role.text'));
      case 'category':
        return info('unused', msg('sources.sequences.role.category'));
      case 'number':
        return info('unused', excluded.get(col.name) ?? msg('sources.sequences.role.number'));
    }
  });
}
