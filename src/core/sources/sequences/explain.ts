/**
 * (None, steps, features) explained in the user's terms: None is how many recordings (or
 * windows) go into one batch, steps the rows of each recording (or window), features the step
 * columns, each one standardised number per step; notes for padding, cutting, windows and masking.
 */
import { quoted } from '../../features/columns';
import { readableNumber } from '../../shape/format';
import type { ShapeExplanation } from '../../shape/types';
import type { ScaledSlot } from './encode';
import type { SequenceExamples } from './examples';
import { channelSpan, count, counted } from './format';
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
  const unit = grouped ? 'recording' : 'window';
  const columns = slots.map((s) => s.column);
  const rows = ex.recs.rows.length;
  const stepsAxis = grouped
    ? `time steps in each recording (rows per ${quoted(plan.idColumn ?? '')})`
    : `rows in each window; ${counted(rows, 'row')}${ex.recs.idColumn ? ` in ${counted(ex.recs.count, 'recording')}` : ''} give ${counted(ex.count, 'window')} of ${count(L)} with a stride of ${count(ex.stride)}`;
  const notes: string[] = [];
  notes.push(plan.orderColumn ? `The steps are in order of ${quoted(plan.orderColumn)}.` : "The steps are in the file's row order.");
  if (grouped) {
    const { padded, cut } = paddingCounts(ex);
    if (padded > 0) notes.push(`${counted(padded, 'recording')} shorter than ${count(L)} steps ${padded === 1 ? 'is' : 'are'} padded at the end with zero steps (of ${count(ex.recs.count)}).`);
    if (cut > 0) notes.push(`${counted(cut, 'recording')} longer than ${count(L)} steps ${cut === 1 ? 'is' : 'are'} cut to ${cut === 1 ? 'its' : 'their'} first ${count(L)} steps (of ${count(ex.recs.count)}).`);
    if (padded === 0 && cut === 0) notes.push(`Every recording has ${count(L)} steps: none is padded or cut.`);
    if (padded > 0) notes.push('A padded step is 0 in every column, the training mean once standardised: a Masking layer with mask_value=0 makes the recurrent layer after it (LSTM, GRU, SimpleRNN) skip it; convolutions read it as average values.');
  } else {
    notes.push(
      plan.task === 'classification'
        ? `Each window is labelled by ${quoted(plan.target)} at its last row.`
        : `Each window's target is the value of ${quoted(plan.target)} at its last row.`,
    );
    if (ex.stride < L) notes.push(`Windows overlap: each starts ${counted(ex.stride, 'row')} after the previous one.`);
    if (ex.recs.idColumn) notes.push(`Windows never cross from one recording of ${quoted(ex.recs.idColumn)} to the next.`);
  }
  if (emptyCells) notes.push("An empty cell takes the previous step's value (the training mean at the start of a recording).");
  return {
    inputShape: [null, L, F],
    text: `(None, ${L}, ${F})`,
    axes: [
      { symbol: 'None', value: null, description: `how many ${unit}s go into one batch` },
      { symbol: 'steps', value: L, description: stepsAxis },
      { symbol: 'features', value: F, description: F === 1 ? `the step column ${columns[0] ?? ''}` : `the step columns ${channelSpan(columns)}` },
    ],
    sum: `Each ${unit} is ${counted(L, 'step')} × ${counted(F, 'step column')} = ${count(L * F)} numbers: at every step, each step column gives one standardised number.`,
    parts: slots.map((s) => ({
      column: s.column,
      units: 1,
      description: `${s.column}: 1 number per step, standardised (mean ${readableNumber(s.mean)}, std ${readableNumber(s.std)})`,
    })),
    notes,
    noneMeaning: `None is the batch size: the network takes any number of ${unit}s at a time, so their count is not part of the shape.`,
  };
}
