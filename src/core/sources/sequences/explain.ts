/**
 * (None, steps, features) explained in the user's terms: None is how many recordings (or
 * windows) go into one batch, steps the rows of each recording (or window), features the step
 * columns, each one standardised number per step; notes for padding, cutting, windows and masking.
 */
import { quoted } from '../../features/columns';
import { msg, type Message } from '../../i18n/message';
import { batchAxis, noneMeaning } from '../../shape/explain';
import { readableValue } from '../../shape/format';
import type { ShapeExplanation } from '../../shape/types';
import type { ScaledSlot } from './encode';
import type { SequenceExamples } from './examples';
import { channelSpan } from './format';
import { stepsOf } from './recordings';
import type { SequencePlan } from './types';

function paddingCounts(ex: SequenceExamples): { padded: number; cut: number } {
  let padded = 0;
  let cut = 0;
  for (let r = 0; r < ex.recs.count; r++) {
    const n = stepsOf(ex.recs, r);
    if (n < ex.length) padded++;
    else if (n > ex.length) cut++;
  }
  return { padded, cut };
}

/** `emptyCells`: whether some step column has empty cells in the recordings (then the note on filling them). */
export function explainSequenceShape(plan: SequencePlan, ex: SequenceExamples, slots: readonly ScaledSlot[], emptyCells = false): ShapeExplanation {
  const L = ex.length;
  const F = slots.length;
  const grouped = plan.layout === 'grouped';
  const unit = grouped ? 'recordings' : 'windows';
  const columns = slots.map((s) => s.column);
  const stepsAxis = grouped
    ? msg('shape.sequences.axis.steps.grouped', { id: quoted(plan.idColumn ?? '') })
    : msg('shape.sequences.axis.steps.windows', {
        rows: ex.recs.rows.length,
        recordings: ex.recs.idColumn ? ex.recs.count : 0,
        windows: ex.count,
        length: L,
        stride: ex.stride,
      });
  const notes: Message[] = [];
  notes.push(plan.orderColumn ? msg('shape.sequences.note.orderBy', { column: quoted(plan.orderColumn) }) : msg('shape.sequences.note.rowOrder'));
  if (grouped) {
    const { padded, cut } = paddingCounts(ex);
    const total = ex.recs.count;
    if (padded > 0) notes.push(msg('shape.sequences.note.padded', { padded, length: L, total }));
    if (cut > 0) notes.push(msg('shape.sequences.note.cut', { cut, length: L, total }));
    if (padded === 0 && cut === 0) notes.push(msg('shape.sequences.note.allSameLength', { length: L }));
    if (padded > 0) notes.push(msg('shape.sequences.note.masking'));
  } else {
    notes.push(msg('shape.sequences.note.windowLabel', { task: plan.task, target: quoted(plan.target) }));
    if (ex.stride < L) notes.push(msg('shape.sequences.note.overlap', { stride: ex.stride }));
    if (ex.recs.idColumn) notes.push(msg('shape.sequences.note.perRecording', { id: quoted(ex.recs.idColumn) }));
  }
  if (emptyCells) notes.push(msg('shape.sequences.note.emptyCells'));
  return {
    inputShape: [null, L, F],
    text: `(None, ${L}, ${F})`,
    axes: [
      batchAxis(unit),
      { symbol: 'steps', value: L, description: stepsAxis },
      { symbol: 'features', value: F, description: msg('shape.sequences.axis.features', { count: F, columns: channelSpan(columns) }) },
    ],
    sum: msg('shape.sequences.sum', { unit, steps: L, columns: F, total: L * F }),
    parts: slots.map((s) => ({
      column: s.column,
      units: 1,
      description: msg('shape.sequences.part', { mean: readableValue(s.mean), std: readableValue(s.std) }),
    })),
    notes,
    noneMeaning: noneMeaning(unit),
  };
}
