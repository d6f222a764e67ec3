/**
 * Problems with the label of a sequences plan: a label that changes inside a recording (grouped),
 * too few labelled examples, a single class, too many classes, a class with one recording.
 */
import { appErrorInfo, type AppErrorInfo } from '../../errors';
import type { Column } from '../../data/types';
import { quoted } from '../../features/columns';
import { MAX_CLASSES } from '../../features/validate';
import { listOf, msg } from '../../i18n/message';
import { cellText } from './columns';
import { windowCount } from './examples';
import { layoutAction, taskAction } from './fixes';
import { stepsOf, type RecordingIndex } from './recordings';
import type { SequencePlan } from './types';

/** The value to compare at each row: a category's code or the number; NaN/-1 where empty. */
function rawOf(col: Column): { values: Int32Array | Float64Array; present: (v: number) => boolean } | null {
  if (col.kind === 'category') return { values: col.codes, present: (v) => v >= 0 };
  if (col.kind === 'number') return { values: col.values, present: (v) => v === v };
  return null;
}

/** Recordings in which `col` takes two values, with up to 3 of them and up to `max` values seen in each. */
function changesWithin(col: Column, recs: RecordingIndex, max = 3): { count: number; examples: string[] } {
  const raw = rawOf(col);
  if (!raw) return { count: 0, examples: [] };
  let changed = 0;
  const examples: string[] = [];
  for (let r = 0; r < recs.count; r++) {
    let first = NaN;
    let firstRow = -1;
    let changedAt = -1;
    for (let p = recs.starts[r]!; p < recs.starts[r + 1]!; p++) {
      const v = raw.values[recs.rows[p]!]!;
      if (!raw.present(v)) continue;
      if (firstRow < 0) {
        first = v;
        firstRow = p;
      } else if (v !== first) {
        changedAt = p;
        break;
      }
    }
    if (changedAt < 0) continue;
    changed++;
    if (examples.length >= max) continue;
    const seen: string[] = [];
    for (let p = firstRow; p < recs.starts[r + 1]! && seen.length <= max; p++) {
      const text = cellText(col, recs.rows[p]!);
      if (text !== '' && !seen.includes(text)) seen.push(text);
    }
    examples.push(`${quoted(recs.names[r]!)} (${seen.slice(0, max).join(', ')}${seen.length > max ? ', …' : ''})`);
  }
  return { count: changed, examples };
}

export function labelProblems(plan: SequencePlan, recs: RecordingIndex, target: Column): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const name = quoted(plan.target);
  const grouped = plan.layout === 'grouped';
  const raw = rawOf(target);
  if (!raw) return problems;
  if (grouped) {
    const changes = changesWithin(target, recs);
    if (changes.count > 0) {
      problems.push(
        appErrorInfo({
          code: 'sequence/label-changes-within-recording',
          message: msg('sources.sequences.labelChanges', {
            column: name,
            count: changes.count,
            examples: `${changes.examples.join(', ')}${changes.count > changes.examples.length ? ', …' : ''}`,
          }),
          fix: { label: msg('sources.sequences.fix.cutIntoWindows'), action: layoutAction('windows') },
        }),
      );
      return problems;
    }
  }
  // One label per example: the recording's (grouped) or the window's last row (windows).
  const perClass = new Map<number, { row: number; recordings: number[] }>();
  let examples = 0;
  for (let r = 0; r < recs.count; r++) {
    const n = stepsOf(recs, r);
    const windows = grouped ? 1 : windowCount(n, plan.length, plan.stride);
    for (let w = 0; w < windows; w++) {
      let pos = recs.starts[r]! + (grouped ? 0 : w * plan.stride + plan.length - 1);
      if (grouped) while (pos < recs.starts[r + 1]! - 1 && !raw.present(raw.values[recs.rows[pos]!]!)) pos++;
      const row = recs.rows[pos]!;
      const v = raw.values[row]!;
      if (!raw.present(v)) continue;
      examples++;
      if (plan.task !== 'classification') continue;
      const entry = perClass.get(v) ?? { row, recordings: [] };
      if (entry.recordings.length < 2 && !entry.recordings.includes(r)) entry.recordings.push(r);
      perClass.set(v, entry);
    }
  }
  const unit = grouped ? 'recordings' : 'windows';
  if (examples < 2) {
    problems.push(
      appErrorInfo({
        code: grouped ? 'sequence/too-few-recordings' : 'sequence/too-few-windows',
        message: msg('sources.sequences.tooFewExamples', { count: examples, unit, column: name }),
        detail: `examples ${examples}, recordings ${recs.count}`,
      }),
    );
    return problems;
  }
  if (plan.task !== 'classification') return problems;
  const labelOf = (entry: { row: number }) => cellText(target, entry.row);
  if (perClass.size < 2) {
    const only = [...perClass.values()][0];
    problems.push(
      appErrorInfo({ code: 'sequence/single-class', message: msg('sources.sequences.singleClass', { unit, column: name, label: quoted(only ? labelOf(only) : '') }) }),
    );
  } else if (perClass.size > MAX_CLASSES) {
    problems.push(
      appErrorInfo({
        code: 'sequence/too-many-classes',
        message: msg('sources.sequences.tooManyClasses', { column: name, max: MAX_CLASSES, numbers: target.kind === 'number' ? 'yes' : 'no' }),
        ...(target.kind === 'number' ? { fix: { label: msg('sources.sequences.fix.regression'), action: taskAction('regression') } } : {}),
      }),
    );
  } else if (grouped) {
    const single = [...perClass.values()].filter((e) => e.recordings.length === 1);
    if (single.length > 0) {
      const listed = single.slice(0, 3).map((e) => msg('sources.sequences.classOnlyIn', { label: quoted(labelOf(e)), recording: quoted(recs.names[e.recordings[0]!]!) }));
      problems.push(
        appErrorInfo({
          code: 'sequence/class-single-recording',
          message: msg('sources.sequences.classSingleRecording', { count: single.length, classes: listOf(listed), more: single.length - listed.length, column: name }),
        }),
      );
    }
  }
  return problems;
}
