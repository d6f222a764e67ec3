import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { validateSequencePlan } from '../../../../src/core/sources/sequences/validate';
import type { SequencePlan } from '../../../../src/core/sources/sequences/types';
import { categoryColumn, numberColumn, textColumn } from '../../helpers/dataset';
import { dataset, datetimeColumn, groupedDataset, longDataset, summaryOf, T0, inEnglish } from './helpers';

/** 8 recordings of 24 steps; "label" changes inside r3 (walk → run at step 13) and r6 (sit → stand at step 9). */
function labelChanges() {
  const base = ['walk', 'run', 'walk', 'sit', 'stand', 'sit', 'run', 'stand'];
  const ids: string[] = [];
  const time: number[] = [];
  const labels: string[] = [];
  const x: number[] = [];
  base.forEach((label, r) => {
    for (let k = 0; k < 24; k++) {
      ids.push(`r${r + 1}`);
      time.push(T0 + r * 300_000 + k * 1000);
      labels.push(r === 2 && k >= 12 ? 'run' : r === 5 && k >= 8 ? 'stand' : label);
      x.push(Math.sin(k + r));
    }
  });
  return dataset('label-changes.csv', [categoryColumn('recording', ids), datetimeColumn('time', time), numberColumn('x', x), categoryColumn('label', labels)]);
}

const groupedPlan: SequencePlan = { layout: 'grouped', target: 'label', task: 'classification', features: ['x'], idColumn: 'recording', orderColumn: 'time', length: 24, stride: 1 };

describe('validateSequencePlan', () => {
  it('accepts the proposed plans', () => {
    for (const ds of [groupedDataset(), longDataset()]) {
      const summary = summaryOf(ds);
      expect(validateSequencePlan(summary, summary.detection.proposal!.plan)).toEqual([]);
    }
  });

  it('names the recordings where the label changes, with the values seen, and offers windows', () => {
    const summary = summaryOf(labelChanges());
    // Detection keeps one example per recording: the label is constant within 6 of the 8.
    expect(summary.detection.proposal?.plan).toEqual(groupedPlan);
    expect(english(summary.detection.proposal!.targetReason)).toBe('“label” is named like a label (it keeps one value within 6 of 8 recordings; it changes inside the others), so it was proposed as the label.');
    const problems = validateSequencePlan(summary, groupedPlan);
    expect(inEnglish(problems)).toEqual([{
      code: 'sequence/label-changes-within-recording',
      message:
        '“label” changes inside 2 recordings: “r3” (walk, run), “r6” (sit, stand). With one example per recording, each recording needs one label. ' +
        'Cut the recordings into windows labelled by their last row, or choose a label that stays the same within each recording.',
      fix: { label: 'Cut into windows', action: 'seq-layout:windows' },
    }]);
  });

  it('needs 2 recordings, and a recording for training and testing in every class', () => {
    const one = dataset('one.csv', [categoryColumn('recording', new Array<string>(30).fill('a')), numberColumn('x', Array.from({ length: 30 }, (_, i) => i)), categoryColumn('label', new Array<string>(30).fill('k'))]);
    const few = validateSequencePlan(summaryOf(one), { ...groupedPlan, orderColumn: null });
    expect(few[0]?.message).toBe('“recording” names only 1 recording: at least 2 are needed to learn from one and test on another.');
    const ds = groupedDataset({ recordings: 7 }); // walk, run, sit, walk, run, sit, walk
    const single = validateSequencePlan(summaryOf(ds), { ...summaryOf(ds).detection.proposal!.plan });
    expect(single).toEqual([]);
    const lonely = groupedDataset({ recordings: 5, classes: ['walk', 'run', 'walk', 'run', 'sit'] });
    expect(validateSequencePlan(summaryOf(lonely), summaryOf(lonely).detection.proposal!.plan)[0]?.message).toBe(
      'The class “sit” (only “rec-005”) of “activity” has a single recording: it cannot be both learned from and tested. Add recordings of it, or leave it out of the file.',
    );
  });

  it('says when a window is longer than the recording, with a length that fits', () => {
    const summary = summaryOf(longDataset(96, 40));
    const plan = { ...summary.detection.proposal!.plan, length: 128, stride: 64 };
    expect(inEnglish(validateSequencePlan(summary, plan))).toEqual([{
      code: 'sequence/window-longer-than-recordings',
      message: 'A window of 128 rows is longer than the recording (96 rows).',
      detail: 'length 128, longest 96, recordings 1',
      fix: { label: 'Use windows of 32 rows', action: 'seq-length:32' },
    }]);
  });

  it('checks length and stride ranges, with fixes', () => {
    const summary = summaryOf(longDataset());
    const plan = summary.detection.proposal!.plan;
    expect(inEnglish(validateSequencePlan(summary, { ...plan, length: 1 }))[0]?.fix).toEqual({ label: 'Use 2 steps', action: 'seq-length:2' });
    expect(validateSequencePlan(summary, { ...plan, stride: 65 })[0]).toMatchObject({
      message: 'The stride (rows from one window’s start to the next) must be a whole number from 1 to the window length, 64; it is 65.',
      fix: { action: 'seq-stride:32' },
    });
  });

  it('rejects step columns that are the id, the label, the clock, text, dates or a property of the recording', () => {
    const g = groupedDataset({ attribute: true });
    const n = g.rowCount;
    const ds = dataset('mixed.csv', [
      ...g.columns,
      textColumn('note', new Array<string | null>(n).fill('x')),
      datetimeColumn('logged', Array.from({ length: n }, (_, i) => T0 + i)),
    ]);
    const summary = summaryOf(ds);
    const plan = { ...summary.detection.proposal!.plan, features: ['ch1', 'recording_id', 'activity', 'timestamp', 'note', 'logged', 'speed'] };
    const problems = validateSequencePlan(summary, plan);
    expect(problems.map((p) => [p.code, p.fix?.action])).toEqual([
      ['sequence/step-column-is-id', 'seq-exclude:recording_id'],
      ['sequence/step-column-is-target', 'seq-exclude:activity'],
      ['sequence/step-column-is-order', 'seq-exclude:timestamp'],
      ['sequence/step-column-unusable', 'seq-exclude:note'],
      ['sequence/step-column-unusable', 'seq-exclude:logged'],
    ]);
    expect(problems[3]?.message).toBe('“note” holds text, not one number per step; a step column must hold numbers.');
    expect(problems[4]?.message).toContain('“logged” holds dates and times: it can order the steps');
    const attribute = validateSequencePlan(summary, { ...plan, features: ['ch1', 'speed'] });
    expect(inEnglish(attribute)).toEqual([{
      code: 'sequence/step-column-is-attribute',
      message: '“speed” keeps one value within every recording of “recording_id”: it describes the recording, not its steps, so it is not a step column.',
      fix: { label: 'Remove “speed” from the step columns', action: 'seq-exclude:speed' },
    }]);
    const none = validateSequencePlan(summary, { ...plan, features: [] });
    expect(none[0]).toMatchObject({ code: 'sequence/no-step-columns', fix: { action: 'seq-features:proposed' } });
  });

  it('needs an id column for one example per recording, and a label that can be predicted', () => {
    const summary = summaryOf(groupedDataset());
    const plan = summary.detection.proposal!.plan;
    expect(inEnglish(validateSequencePlan(summary, { ...plan, idColumn: null }))[0]?.fix).toEqual({ label: 'Group the rows by “recording_id”', action: 'seq-id:recording_id' });
    expect(validateSequencePlan(summary, { ...plan, task: 'regression' })[0]).toMatchObject({
      code: 'sequence/regression-non-numeric', fix: { action: 'seq-task:classification' },
    });
    expect(validateSequencePlan(summary, { ...plan, target: 'nope' })[0]?.message).toBe('The label column “nope” is not in grouped.csv.');
    expect(validateSequencePlan(summary, { ...plan, target: 'recording_id' })[0]?.message).toContain('names the recordings, so it cannot also be what is predicted');
  });
});
