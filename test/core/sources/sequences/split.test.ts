import { describe, expect, it } from 'vitest';
import { enumerateExamples, firstPosition, type SequenceExamples } from '../../../../src/core/sources/sequences/examples';
import { groupRecordings } from '../../../../src/core/sources/sequences/recordings';
import { blockRowsFor, splitExamples } from '../../../../src/core/sources/sequences/split';
import type { TypedDataset } from '../../../../src/core/data/types';
import { groupedDataset, longDataset } from './helpers';

function examples(ds: TypedDataset, id: string | null, order: string | null, layout: 'grouped' | 'windows', length: number, stride: number, target: string) {
  return enumerateExamples(groupRecordings(ds, id, order), layout, length, stride, ds.columns.find((c) => c.name === target));
}

function rowsOf(ex: SequenceExamples, indices: Uint32Array): Set<number> {
  const rows = new Set<number>();
  for (const e of indices) for (let t = 0; t < ex.length; t++) rows.add(ex.recs.rows[firstPosition(ex, e) + t]!);
  return rows;
}

describe('splitExamples, grouped: by recording', () => {
  const ds = groupedDataset({ recordings: 30 });
  const target = ds.columns.find((c) => c.name === 'activity');
  const ex = examples(ds, 'recording_id', 'timestamp', 'grouped', 64, 1, 'activity');

  it('puts every recording on exactly one side, stratified by its class, the same way for the same seed', () => {
    const { split } = splitExamples(ds, ex, 'classification', target, { testFraction: 0.2, seed: 3 });
    expect(split.stratified).toBe(true);
    expect(split.test.length).toBe(6);
    expect(new Set([...split.train, ...split.test]).size).toBe(30);
    expect([...split.test].filter((e) => split.train.includes(e))).toEqual([]);
    // 10 recordings per class: 2 of each held out.
    const classOf = (e: number) => e % 3;
    expect([0, 1, 2].map((c) => [...split.test].filter((e) => classOf(e) === c).length)).toEqual([2, 2, 2]);
    // No row of a held-out recording is in a training recording.
    const train = rowsOf(ex, split.train);
    expect([...rowsOf(ex, split.test)].some((r) => train.has(r))).toBe(false);
    const again = splitExamples(ds, ex, 'classification', target, { testFraction: 0.2, seed: 3 }).split;
    expect(Array.from(again.test)).toEqual(Array.from(split.test));
    const other = splitExamples(ds, ex, 'classification', target, { testFraction: 0.2, seed: 4 }).split;
    expect(Array.from(other.test)).not.toEqual(Array.from(split.test));
  });

  it('shuffles without strata for regression, and throws in plain words for a bad fraction', () => {
    const { split } = splitExamples(ds, ex, 'regression', target, { testFraction: 0.3, seed: 1 });
    expect([split.stratified, split.train.length, split.test.length]).toEqual([false, 21, 9]);
    expect(() => splitExamples(ds, ex, 'classification', target, { testFraction: 1.5, seed: 1 })).toThrow('between 0 and 1');
  });
});

describe('splitExamples, windows: blocks of rows, no window straddling the sides', () => {
  it('keeps the rows of training and held-out windows apart and says how many windows were left out', () => {
    const ds = longDataset(6000, 300);
    const target = ds.columns.find((c) => c.name === 'state');
    const ex = examples(ds, null, 'time', 'windows', 64, 32, 'state');
    expect(ex.count).toBe(186);
    const { split, notes, blockRows } = splitExamples(ds, ex, 'classification', target, { testFraction: 0.2, seed: 5 });
    expect(blockRows).toBe(blockRowsFor(6000, 64));
    expect(blockRows).toBe(256); // 4 windows long: more than 6,000 / 50
    const train = rowsOf(ex, split.train);
    const test = rowsOf(ex, split.test);
    expect([...test].filter((r) => train.has(r))).toEqual([]);
    const dropped = ex.count - split.train.length - split.test.length;
    expect(dropped).toBeGreaterThan(0);
    expect(notes[0]?.message).toContain(`${dropped} windows that would straddle a training and a held-out block are left out`);
    expect(notes[0]?.message).toContain('23 blocks of about 256 rows');
    // About a fifth of the windows are held out, and each class is among them.
    expect(split.test.length / (split.train.length + split.test.length)).toBeGreaterThan(0.12);
    expect(split.test.length / (split.train.length + split.test.length)).toBeLessThan(0.3);
    const state = ds.columns[3];
    const states = new Set([...split.test].map((e) => (state?.kind === 'category' ? state.codes[ex.labelRow[e]!] : -1)));
    expect(states.size).toBe(3);
    const again = splitExamples(ds, ex, 'classification', target, { testFraction: 0.2, seed: 5 }).split;
    expect(Array.from(again.train)).toEqual(Array.from(split.train));
  });

  it('sizes blocks from several windows to a fiftieth of the rows, leaving at least 5 blocks', () => {
    expect(blockRowsFor(1000, 64)).toBe(200); // 4 × 64 = 256 would give fewer than 5 blocks
    expect(blockRowsFor(40_000, 64)).toBe(800);
    expect(blockRowsFor(100, 64)).toBe(64);
  });
});
