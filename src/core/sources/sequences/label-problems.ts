/**
 * Problems with the label of a sequences plan: a label that changes inside a recording (grouped),
 * too few labelled examples, a single class, too many classes, a class with one recording.
 */
import type { AppErrorInfo } from '../../errors';
import type { Column } from '../../data/types';
import { quoted } from '../../features/columns';
import { MAX_CLASSES } from '../../features/validate';
import { cellText } from './columns';
import { windowCount } from './examples';
import { layoutAction, taskAction } from './fixes';
import { counted } from './format';
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
      problems.push({
        code: 'sequence/label-changes-within-recording',
        message:
          `${name} changes inside ${counted(changes.count, 'recording')}: ${changes.examples.join(', ')}${changes.count > changes.examples.length ? ', …' : ''}. ` +
          'With one example per recording, each recording needs one label. Cut the recordings into windows labelled by their last row, or choose a label that stays the same within each recording.',
        fix: { label: 'Cut into windows', action: layoutAction('windows') },
      });
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
  const unit = grouped ? 'recording' : 'window';
  if (examples < 2) {
    problems.push({
      code: grouped ? 'sequence/too-few-recordings' : 'sequence/too-few-windows',
      message: `Only ${counted(examples, `labelled ${unit}`)}${grouped ? ` (with a value in ${name})` : ''}: at least 2 are needed to learn from one and test on another.`,
      detail: `examples ${examples}, recordings ${recs.count}`,
    });
    return problems;
  }
  if (plan.task !== 'classification') return problems;
  const labelOf = (entry: { row: number }) => cellText(target, entry.row);
  if (perClass.size < 2) {
    const only = [...perClass.values()][0];
    problems.push({
      code: 'sequence/single-class',
      message: `Every ${unit} has the same label in ${name} (“${only ? labelOf(only) : ''}”), so there is nothing to tell apart. Choose another label.`,
    });
  } else if (perClass.size > MAX_CLASSES) {
    problems.push({
      code: 'sequence/too-many-classes',
      message: `${name} holds more than ${MAX_CLASSES} different labels, too many to learn as classes.${target.kind === 'number' ? ' Its values are numbers, so predict it as a quantity (regression) instead.' : ''}`,
      ...(target.kind === 'number' ? { fix: { label: 'Switch to regression', action: taskAction('regression') } } : {}),
    });
  } else if (grouped) {
    const single = [...perClass.values()].filter((e) => e.recordings.length === 1);
    if (single.length > 0) {
      const listed = single.slice(0, 3).map((e) => `“${labelOf(e)}” (only ${quoted(recs.names[e.recordings[0]!]!)})`).join(', ');
      const one = single.length === 1;
      problems.push({
        code: 'sequence/class-single-recording',
        message:
          `${one ? 'The class' : 'The classes'} ${listed}${single.length > 3 ? ', …' : ''} of ${name} ${one ? 'has' : 'have'} a single recording: ` +
          `${one ? 'it' : 'each'} cannot be both learned from and tested. Add recordings of ${one ? 'it' : 'them'}, or leave ${one ? 'it' : 'them'} out of the file.`,
      });
    }
  }
  return problems;
}
