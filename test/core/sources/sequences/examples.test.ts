import { describe, expect, it } from 'vitest';
import {
  enumerateExamples, exampleKey, findExample, lengthNote, missingStepsNote, realSteps, unlabelledNote, windowCount,
} from '../../../../src/core/sources/sequences/examples';
import { groupRecordings } from '../../../../src/core/sources/sequences/recordings';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, groupedDataset, longDataset } from './helpers';

describe('windowCount', () => {
  it('gives the known answers', () => {
    expect(windowCount(1000, 64, 32)).toBe(30); // starts 0, 32, …, 928; 960 + 64 > 1000
    expect(windowCount(1000, 64, 64)).toBe(15);
    expect(windowCount(1000, 64, 1)).toBe(937);
    expect(windowCount(64, 64, 32)).toBe(1);
    expect(windowCount(63, 64, 32)).toBe(0);
  });
});

describe('enumerateExamples', () => {
  it('cuts one long recording into windows every stride rows, labelled by the last row, keyed by the first row', () => {
    const ds = longDataset(1000, 200);
    const recs = groupRecordings(ds, null, 'time');
    const ex = enumerateExamples(recs, 'windows', 64, 32, ds.columns.find((c) => c.name === 'state'));
    expect(ex.count).toBe(30);
    expect(exampleKey(ex, 0)).toBe('w:0');
    expect(exampleKey(ex, 29)).toBe('w:928');
    // Window 5 covers rows 160–223: its last row (223) is in the second run (busy), although most of it is idle.
    expect(ex.labelRow[5]).toBe(223);
    for (let i = 0; i < ex.count; i++) expect(findExample(ex, exampleKey(ex, i), ds.rowCount)).toBe(i);
    for (const key of ['w:5', 'w:960', 'w:99999', 'w:x', 'rec-001']) expect(findExample(ex, key, ds.rowCount)).toBe(-1);
  });

  it('never lets a window cross from one recording to the next', () => {
    const ids = ['a', 'b', 'c'].flatMap((r) => new Array<string>(100).fill(r));
    const ds = dataset('three.csv', [categoryColumn('session', ids), numberColumn('v', ids.map((_, i) => i))]);
    const ex = enumerateExamples(groupRecordings(ds, 'session', null), 'windows', 32, 16, undefined);
    expect(ex.count).toBe(15); // 5 per recording of 100 rows: starts 0, 16, 32, 48, 64
    expect(Array.from(ex.recordingOf)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(exampleKey(ex, 5)).toBe('w:100');
    expect(Array.from(ex.labelRow).every((r) => r === -1)).toBe(true);
    expect(lengthNote(ex)).toBeNull();
  });

  it('keeps one example per recording, padded or cut to the length, and counts them', () => {
    const lengths = [40, 64, 64, 64, 64, 64, 80, 100, 30, 64, 64, 64];
    const ds = groupedDataset({ stepsOf: (r) => lengths[r]! });
    const recs = groupRecordings(ds, 'recording_id', 'timestamp');
    const ex = enumerateExamples(recs, 'grouped', 64, 1, ds.columns.find((c) => c.name === 'activity'));
    expect(ex.count).toBe(12);
    expect([realSteps(ex, 0), realSteps(ex, 1), realSteps(ex, 7)]).toEqual([40, 64, 64]);
    expect(exampleKey(ex, 7)).toBe('rec-008');
    expect(findExample(ex, 'rec-008', ds.rowCount)).toBe(7);
    expect(lengthNote(ex)?.message).toBe(
      'The recordings have from 30 to 100 steps: of 12 recordings, 2 shorter than 64 are padded at the end with zero steps (the training mean), and 2 longer ones are cut to their first 64 steps.',
    );
  });

  it('names the recordings without a label and counts the empty step cells', () => {
    const ds = dataset('gaps.csv', [
      categoryColumn('rec', ['a', 'a', 'b', 'b', 'c', 'c']),
      categoryColumn('label', ['x', 'x', null, null, 'y', null]),
      numberColumn('v', [1, null, 3, 4, null, 6]),
      numberColumn('w', [1, 2, 3, null, 5, 6]),
    ]);
    const recs = groupRecordings(ds, 'rec', null);
    const ex = enumerateExamples(recs, 'grouped', 2, 1, ds.columns[1]);
    expect(Array.from(ex.labelRow)).toEqual([0, -1, 4]);
    expect(unlabelledNote(ex, 'label')?.message).toBe('1 recording (“b”) has no value in “label”, so it can be neither learned from nor scored; it is left out.');
    expect(missingStepsNote(recs, [ds.columns[2]!, ds.columns[3]!])?.message).toBe(
      "The step columns have 3 empty cells (“v” 2, “w” 1) in 3 recordings (“a”, “b”, and “c”): each takes the previous step’s value, or the training mean at the start of a recording.",
    );
  });
});
