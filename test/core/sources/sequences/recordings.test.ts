import { describe, expect, it } from 'vitest';
import { groupRecordings, positionsOf, recordingAt } from '../../../../src/core/sources/sequences/recordings';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, datetimeColumn, T0 } from './helpers';

/** u1: 10 steps of 100 ms with the rows of 500 and 600 swapped; u2: 300 twice (no 400); u3: regular. */
function unitsDataset() {
  const units: string[] = [];
  const t: number[] = [];
  const a: number[] = [];
  for (const u of ['u1', 'u2', 'u3']) {
    const stamps = Array.from({ length: 10 }, (_, k) => k * 100);
    if (u === 'u1') [stamps[5], stamps[6]] = [600, 500];
    if (u === 'u2') stamps[4] = 300;
    for (const s of stamps) {
      units.push(u);
      t.push(s);
      a.push(s / 100 + (u === 'u2' ? 100 : 0));
    }
  }
  return dataset('units.csv', [categoryColumn('unit', units), numberColumn('t_ms', t), numberColumn('a', a)]);
}

describe('groupRecordings', () => {
  it('groups rows by id in order of first appearance and sorts each recording by time, stably', () => {
    const ds = unitsDataset();
    const recs = groupRecordings(ds, 'unit', 't_ms');
    expect(recs.problems).toEqual([]);
    expect(recs.names).toEqual(['u1', 'u2', 'u3']);
    expect(Array.from(recs.starts)).toEqual([0, 10, 20, 30]);
    // u1: file rows 5 (t=600) and 6 (t=500) swap places.
    expect(Array.from(recs.rows.subarray(0, 10))).toEqual([0, 1, 2, 3, 4, 6, 5, 7, 8, 9]);
    // u2: the two rows at 300 ms stay in file order.
    expect(Array.from(recs.rows.subarray(10, 20))).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const pos = positionsOf(recs, ds.rowCount);
    expect([pos[5], pos[6], recordingAt(recs, pos[25]!)]).toEqual([6, 5, 2]);
  });

  it('says which rows were out of order, which times repeat and how uneven the steps are', () => {
    const recs = groupRecordings(unitsDataset(), 'unit', 't_ms');
    const byCode = new Map(recs.notes.map((n) => [n.code, n.message]));
    expect(byCode.get('sequence/rows-out-of-order')).toBe('1 row in 1 recording (“u1”) came after a later time in “t_ms”; the steps were put in order of “t_ms”.');
    expect(byCode.get('sequence/duplicate-times')).toBe('1 step in 1 recording (“u2”) has the same time in “t_ms” as the step before; both are kept, in file order.');
    // 26 intervals above zero: 25 of 100 ms and u2's 200 ms from 300 to 500.
    expect(byCode.get('sequence/uneven-steps')).toBe(
      'The time steps of “t_ms” are not evenly spaced: the median interval is 100 ms, but intervals range from 100 ms to 200 ms ' +
        '(1 of 26 differ from the median by more than 10 %). The network sees steps, not times: a gap counts as a single step.',
    );
  });

  it('leaves out rows without a readable time, naming them (the gaps they leave are uneven steps)', () => {
    const n = 40;
    const time = Array.from({ length: n }, (_, i): number | null => T0 + (i % 20) * 1000);
    time[3] = null;
    time[25] = null;
    const ds = dataset('times.csv', [
      categoryColumn('recording', Array.from({ length: n }, (_, i) => (i < 20 ? 'b1' : 'b2'))),
      datetimeColumn('time', time),
      numberColumn('x', Array.from({ length: n }, (_, i) => i)),
    ]);
    const recs = groupRecordings(ds, 'recording', 'time');
    expect(recs.rows.length).toBe(38);
    expect(recs.notes.map((x) => x.code)).toEqual(['sequence/rows-without-time', 'sequence/uneven-steps']);
    expect(recs.notes[1]?.message).toContain('the median interval is 1 s, but intervals range from 1 s to 2 s (2 of 36');
    expect(recs.notes[0]?.message).toBe(
      '2 rows (rows 4 and 26) have no readable date or time in “time”, so their place in their recordings (“b1” and “b2”) is unknown; they are left out.',
    );
  });

  it('leaves out rows without an id, and makes the whole file one recording without an id column', () => {
    const ds = dataset('ids.csv', [categoryColumn('unit', ['a', 'a', null, 'b', 'b']), numberColumn('x', [1, 2, 3, 4, 5])]);
    const recs = groupRecordings(ds, 'unit', null);
    expect(Array.from(recs.rows)).toEqual([0, 1, 3, 4]);
    expect(recs.notes[0]?.message).toBe('1 row of ids.csv has no value in “unit”, so it belongs to no recording and is left out.');
    const whole = groupRecordings(ds, null, null);
    expect([whole.count, whole.names[0], whole.rows.length]).toEqual([1, 'ids.csv', 5]);
  });

  it('is a problem, with a fix, when the time column is text or orders nothing', () => {
    const ds = dataset('bad.csv', [
      categoryColumn('unit', ['a', 'a', 'b', 'b']),
      categoryColumn('when', ['x', 'y', 'x', 'y']),
      numberColumn('step', [0, 0, 0, 0]),
      numberColumn('v', [1, 2, 3, 4]),
    ]);
    const text = groupRecordings(ds, 'unit', 'when');
    expect(text.problems[0]).toMatchObject({ code: 'sequence/order-unusable', fix: { action: 'seq-order:none' } });
    expect(text.problems[0]?.message).toContain('“when” holds text, not dates, times or numbers');
    expect(text.orderColumn).toBeNull();
    const flat = groupRecordings(ds, 'unit', 'step');
    expect(flat.problems[0]).toMatchObject({ code: 'sequence/order-constant', fix: { action: 'seq-order:none' } });
    expect(flat.problems[0]?.message).toBe("“step” has the same value on every step of every recording, so it does not put anything in order. Choose another time column, or keep the file’s row order.");
    const even = groupRecordings(dataset('even.csv', [datetimeColumn('time', [T0, T0 + 20, T0 + 40, T0 + 60]), numberColumn('v', [1, 2, 3, 4])]), null, 'time');
    expect([even.problems, even.notes]).toEqual([[], []]);
    expect(groupRecordings(ds, 'nope', null).problems[0]?.message).toBe('The recording column “nope” is not in bad.csv.');
  });
});
