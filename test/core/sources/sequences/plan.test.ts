import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import {
  applySequenceFix, proposeSequencePlan, withIdColumn, withLayout, withLength, withOrderColumn, withStepColumn, withStride, withTarget, withTask,
} from '../../../../src/core/sources/sequences/plan';
import { validateSequencePlan } from '../../../../src/core/sources/sequences/validate';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, datetimeColumn, groupedDataset, longDataset, summaryOf, T0 } from './helpers';

/** Two ways to group: by "session" (6 recordings of 40) or by "subject" (2 of 120); "label" per session. */
function twoIds() {
  const n = 240;
  const session = Array.from({ length: n }, (_, i) => `s${Math.floor(i / 40) + 1}`);
  const subject = Array.from({ length: n }, (_, i) => (i < 120 ? 'p1' : 'p2'));
  const label = Array.from({ length: n }, (_, i) => (Math.floor(i / 40) % 2 === 0 ? 'on' : 'off'));
  return dataset('two.csv', [
    categoryColumn('session', session),
    categoryColumn('subject', subject),
    datetimeColumn('time', Array.from({ length: n }, (_, i) => T0 + i * 10)),
    numberColumn('x', Array.from({ length: n }, (_, i) => Math.sin(i))),
    numberColumn('y', Array.from({ length: n }, (_, i) => Math.cos(i / 3))),
    categoryColumn('label', label),
  ]);
}

describe('plan helpers', () => {
  it('proposes the detected plan, or the best the data allows with the reason validation gives', () => {
    const summary = summaryOf(groupedDataset());
    expect(proposeSequencePlan(summary)).toBe(summary.detection.proposal);
    const table = summaryOf(dataset('t.csv', [numberColumn('a', [1, 2, 3, 4]), numberColumn('b', [4, 3, 2, 1]), categoryColumn('target', ['x', 'y', 'x', 'y'])]));
    expect(table.detection.proposal).toBeNull();
    const fallback = proposeSequencePlan(table);
    expect(fallback.plan).toEqual({ layout: 'windows', target: 'target', task: 'classification', features: ['a', 'b'], idColumn: null, orderColumn: null, length: 2, stride: 1 });
    expect(english(fallback.targetReason)).toContain('“target”');
    const labelsOnly = summaryOf(dataset('l.csv', [categoryColumn('colour', ['r', 'g', 'r', 'g']), categoryColumn('target', ['x', 'y', 'x', 'y'])]));
    expect(validateSequencePlan(labelsOnly, proposeSequencePlan(labelsOnly).plan)[0]?.code).toBe('sequence/no-step-columns');
  });

  it('another id column proposes the length and the step columns again', () => {
    const summary = summaryOf(twoIds());
    const plan = summary.detection.proposal!.plan;
    expect(plan).toMatchObject({ idColumn: 'session', length: 40, features: ['x', 'y'] });
    const bySubject = withIdColumn(summary, plan, 'subject');
    // "label" changes inside each subject: the plan keeps it (validation names the recordings) with the subjects' length.
    expect(bySubject).toMatchObject({ idColumn: 'subject', length: 120, target: 'label', features: ['x', 'y'] });
    expect(validateSequencePlan(summary, bySubject)[0]?.code).toBe('sequence/label-changes-within-recording');
    expect(withIdColumn(summary, bySubject, 'session')).toEqual(plan);
  });

  it('switches layouts, re-proposing length and stride', () => {
    const summary = summaryOf(twoIds());
    const plan = summary.detection.proposal!.plan;
    const windows = withLayout(summary, plan, 'windows');
    expect(windows).toMatchObject({ layout: 'windows', idColumn: 'session', target: 'label', length: 16, stride: 8 });
    expect(validateSequencePlan(summary, windows)).toEqual([]);
    expect(withLayout(summary, windows, 'grouped')).toEqual(plan);
    expect(applySequenceFix(summary, plan, 'seq-layout:windows')).toEqual(windows);
  });

  it('a new label leaves the step columns and brings its task', () => {
    const summary = summaryOf(longDataset());
    const plan = summary.detection.proposal!.plan;
    const b = withTarget(summary, plan, 'b');
    expect(b).toMatchObject({ target: 'b', task: 'regression', features: ['a'] });
    expect(withTask(b, 'classification').task).toBe('classification');
  });

  it('turns step columns on and off in file order, and the clock out of them', () => {
    const summary = summaryOf(longDataset());
    const plan = summary.detection.proposal!.plan;
    const onlyB = withStepColumn(summary, plan, 'a', false);
    expect(onlyB.features).toEqual(['b']);
    expect(withStepColumn(summary, onlyB, 'a', true).features).toEqual(['a', 'b']);
    expect(withStepColumn(summary, plan, 'a', true).features).toEqual(['a', 'b']);
    expect(withOrderColumn({ ...plan, features: ['a', 'b'] }, 'a')).toMatchObject({ orderColumn: 'a', features: ['b'] });
    expect(applySequenceFix(summary, plan, 'seq-exclude:b').features).toEqual(['a']);
    expect(applySequenceFix(summary, plan, 'seq-order:none').orderColumn).toBeNull();
    expect(applySequenceFix(summary, { ...plan, features: [] }, 'seq-features:proposed').features).toEqual(['a', 'b']);
  });

  it('keeps length and stride in range; a stride of half the window stays half of the new one', () => {
    const summary = summaryOf(longDataset());
    const plan = summary.detection.proposal!.plan; // 64, 32
    expect(withLength(plan, 128)).toMatchObject({ length: 128, stride: 64 });
    expect(withLength({ ...plan, stride: 10 }, 128)).toMatchObject({ length: 128, stride: 10 });
    expect(withLength({ ...plan, stride: 10 }, 8)).toMatchObject({ length: 8, stride: 8 });
    expect(withLength(plan, 99_999).length).toBe(4096);
    expect(withStride(plan, 100).stride).toBe(64);
    expect(withStride(plan, 0).stride).toBe(1);
    expect(applySequenceFix(summary, plan, 'seq-length:32')).toMatchObject({ length: 32, stride: 16 });
    expect(applySequenceFix(summary, plan, 'seq-stride:5').stride).toBe(5);
    expect(applySequenceFix(summary, plan, 'seq-task:regression').task).toBe('regression');
    expect(applySequenceFix(summary, plan, 'exclude-feature:a')).toBe(plan);
  });
});
