/**
 * One example as the user looks at it (a confusion-matrix cell, a prediction): its title, its
 * label and its steps in the file's own units, not scaled, with NaN where a cell is empty.
 */
import type { TypedDataset } from '../../data/types';
import { quoted } from '../../features/columns';
import { msg, type Message } from '../../i18n/message';
import type { ExampleView } from '../kind';
import { columnOf } from './columns';
import { findExample, firstPosition, realSteps, windowRows, type SequenceExamples } from './examples';
import { examplesOf } from './fit';
import { positionsOf } from './recordings';
import { rowRange } from './format';
import { labelText } from './labels';
import type { SequencePlan } from './types';

/** "Recording “rec-017”" or "Rows 1,201–1,264" (of recording “x” when the windows are per recording). */
export function exampleTitle(ex: SequenceExamples, i: number): Message {
  const r = ex.recordingOf[i]!;
  if (ex.layout === 'grouped') return msg('sources.example.recording', { name: quoted(ex.recs.names[r]!) });
  const { first, last } = windowRows(ex, i);
  const range = rowRange(first, last);
  return ex.recs.idColumn ? msg('sources.example.windowOfRecording', { rows: range, name: quoted(ex.recs.names[r]!) }) : range;
}

/**
 * The examples of the last plan described for each dataset: a confusion-matrix cell asks for
 * dozens of keys in a row, and grouping 600,000 rows again for each would cost ~10 ms a key.
 * Keyed weakly by the dataset, so it goes with it; the answer is the same with or without it.
 */
const lastExamples = new WeakMap<TypedDataset, { plan: string; ex: SequenceExamples; positions: Int32Array | null }>();

function planKey(plan: SequencePlan): string {
  return JSON.stringify([plan.layout, plan.idColumn, plan.orderColumn, plan.target, plan.length, plan.stride]);
}

/** describeSequenceExample with the examples of `plan` worked out once per dataset and plan. */
export function describeByKey(ds: TypedDataset, plan: SequencePlan, key: string): ExampleView | null {
  const wanted = planKey(plan);
  let entry = lastExamples.get(ds);
  if (entry?.plan !== wanted) {
    entry = { plan: wanted, ex: examplesOf(ds, plan), positions: null };
    lastExamples.set(ds, entry);
  }
  if (entry.ex.layout === 'windows') entry.positions ??= positionsOf(entry.ex.recs, ds.rowCount);
  return describeSequenceExample(ds, plan, entry.ex, key, entry.positions ?? undefined);
}

export function describeSequenceExample(ds: TypedDataset, plan: SequencePlan, ex: SequenceExamples, key: string, positions?: Int32Array): ExampleView | null {
  const i = findExample(ex, key, ds.rowCount, positions);
  if (i < 0) return null;
  const steps = realSteps(ex, i);
  const channels = plan.features;
  const columns = channels.map((name) => columnOf(ds, name));
  const values = new Float32Array(steps * channels.length).fill(NaN);
  const from = firstPosition(ex, i);
  columns.forEach((col, f) => {
    if (col?.kind !== 'number') return;
    for (let t = 0; t < steps; t++) values[t * channels.length + f] = col.values[ex.recs.rows[from + t]!]!;
  });
  return {
    kind: 'sequence',
    key,
    title: exampleTitle(ex, i),
    label: labelText(columnOf(ds, plan.target), ex.labelRow[i]!),
    channels,
    steps,
    values,
    // The x axis counts steps (0, 1, …), whatever orders them: a time column's values would mislead there.
    stepLabel: plan.orderColumn ? msg('sources.example.stepBy', { column: plan.orderColumn }) : msg('sources.example.step'),
  };
}
