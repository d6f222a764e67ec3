import { describe, expect, it } from 'vitest';
import type { NumberColumn, TypedDataset } from '../../../../src/core/data/types';
import { encodeSteps, fitStepSlots } from '../../../../src/core/sources/sequences/encode';
import { enumerateExamples } from '../../../../src/core/sources/sequences/examples';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import { groupRecordings } from '../../../../src/core/sources/sequences/recordings';
import type { SequencePlan } from '../../../../src/core/sources/sequences/types';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, groupedDataset, longDataset, summaryOf } from './helpers';
import { inMemory } from '../../../../src/core/train/sample-reader';

const numbersOf = (ds: TypedDataset, ...names: string[]) => names.map((n) => ds.columns.find((c) => c.name === n) as NumberColumn);

describe('encodeSteps and fitStepSlots, by hand', () => {
  // A's rows are out of order in the file (t 2, 1, 3); B has 2 steps of 3.
  const ds = dataset('tiny.csv', [
    categoryColumn('rec', ['A', 'A', 'A', 'B', 'B']),
    numberColumn('t', [2, 1, 3, 1, 2]),
    numberColumn('x', [2, 1, null, 10, 20]),
    numberColumn('y', [10, null, 30, 5, 7]),
  ]);
  const ex = enumerateExamples(groupRecordings(ds, 'rec', 't'), 'grouped', 3, 1, undefined);
  const features = numbersOf(ds, 'x', 'y');

  it('fits mean and std on the training recordings only, then scales, carries forward and pads', () => {
    const slots = fitStepSlots(features, ex, [0], ds.rowCount);
    // x: 1, 2 → mean 1.5, std 0.5; y: 10, 30 → mean 20, std 10 (population std; B is held out).
    expect(slots).toEqual([{ kind: 'scaled', column: 'x', mean: 1.5, std: 0.5 }, { kind: 'scaled', column: 'y', mean: 20, std: 10 }]);
    const x = encodeSteps(features.map((c) => c.values), slots, ex, [0, 1]);
    expect(Array.from(x)).toEqual([
      // A, in time order: (x 1, y empty → 0 at the start), (2, 10), (x empty → carried 2, 30)
      -1, 0, 1, -1, 1, 1,
      // B: (10, 5), (20, 7), then a padded step of zeros
      17, -1.5, 37, -1.2999999523162842, 0, 0,
    ]);
  });

  it('carries a value into a window from the rows before it in the same recording', () => {
    const long = dataset('gaps.csv', [numberColumn('x', [1, null, null, 4, null, 6])]);
    const windows = enumerateExamples(groupRecordings(long, null, null), 'windows', 2, 2, undefined);
    const slots = [{ kind: 'scaled' as const, column: 'x', mean: 0, std: 1 }];
    const x = encodeSteps(numbersOf(long, 'x').map((c) => c.values), slots, windows, [0, 1, 2]);
    expect(Array.from(x)).toEqual([1, 1, 1, 4, 4, 6]);
  });
});

describe('prepare', () => {
  const opts = { testFraction: 0.25, seed: 11 };

  it('fits the scaling on the training recordings only: held-out recordings with a very different mean do not move it', async () => {
    const ds = groupedDataset({ recordings: 24 });
    const summary = summaryOf(ds);
    const plan = sequencesKind.proposePlan(summary).plan;
    const split = sequencesKind.split(summary, plan, opts);
    const heldOut = new Set(Array.from(split.test, (i) => `rec-${String(i + 1).padStart(3, '0')}`));
    // The same file with every held-out recording's ch1 moved up by 1,000.
    const ids = ds.columns[0]!;
    const ch1 = numbersOf(ds, 'ch1')[0]!;
    const moved = Float64Array.from(ch1.values, (v, row) => (ids.kind === 'category' && heldOut.has(ids.categories[ids.codes[row]!]!) ? v + 1000 : v));
    const shifted: TypedDataset = { ...ds, columns: ds.columns.map((c) => (c.name === 'ch1' ? { ...ch1, values: moved, mean: NaN } : c)) };
    const a = await sequencesKind.prepare(ds, plan, opts);
    const b = await sequencesKind.prepare(shifted, plan, opts);
    expect(Array.from(b.split.test)).toEqual(Array.from(a.split.test));
    expect(b.encoded.preprocessing.slots).toEqual(a.encoded.preprocessing.slots);
    // The mean is that of the training recordings' steps, computed here by hand.
    let sum = 0;
    let n = 0;
    for (let row = 0; row < ds.rowCount; row++) {
      if (ids.kind === 'category' && !heldOut.has(ids.categories[ids.codes[row]!]!)) {
        sum += ch1.values[row]!;
        n++;
      }
    }
    const slot = a.encoded.preprocessing.slots[0]!;
    expect(slot.kind === 'scaled' ? slot.mean : NaN).toBeCloseTo(sum / n, 10);
    expect(Math.min(...Array.from(inMemory(b.encoded.testX)).filter((_, i) => i % 3 === 0))).toBeGreaterThan(100);
  });

  it('writes x as [examples, length, features], y one-hot in sorted class order, and the saved preprocessing', async () => {
    const ds = groupedDataset({ recordings: 12, stepsOf: (r) => 60 + r });
    const summary = summaryOf(ds);
    const plan: SequencePlan = { ...sequencesKind.proposePlan(summary).plan, length: 64 };
    const p = await sequencesKind.prepare(ds, plan, opts);
    const e = p.encoded;
    expect(e.inputShape).toEqual([null, 64, 3]);
    expect([e.trainRows, e.testRows, e.outputUnits]).toEqual([9, 3, 3]);
    expect(inMemory(e.trainX).length).toBe(9 * 64 * 3);
    expect(e.preprocessing.classes).toEqual(['run', 'sit', 'walk']);
    expect(e.preprocessing.sequence).toEqual({
      layout: 'grouped', idColumn: 'recording_id', orderColumn: 'timestamp', length: 64, stride: 1,
      padding: 'post', truncation: 'post', maskValue: 0, missing: 'carry-forward',
    });
    expect(e.preprocessing.slots.map((s) => s.column)).toEqual(['ch1', 'ch2', 'ch3']);
    // rec-001 (60 steps, "walk") is padded: its last 4 steps are zeros.
    const k = Array.from(p.split.train).indexOf(0);
    const first = k >= 0 ? inMemory(e.trainX).subarray(k * 192, (k + 1) * 192) : inMemory(e.testX).subarray(Array.from(p.split.test).indexOf(0) * 192, (Array.from(p.split.test).indexOf(0) + 1) * 192);
    expect(Array.from(first.subarray(60 * 3))).toEqual(new Array<number>(12).fill(0));
    for (let i = 0; i < e.trainRows; i++) {
      const row = Array.from(e.trainY.subarray(i * 3, i * 3 + 3));
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
      expect(row.indexOf(1)).toBe(e.trainTarget[i]);
    }
    expect(p.testExamples).toEqual(Array.from(p.split.test, (i) => `rec-${String(i + 1).padStart(3, '0')}`));
    expect(p.shape.inputShape).toEqual(e.inputShape);
    expect(p.unit).toBe('recordings');
  });

  it("standardises a regression target at the windows' last rows with the training mean and std", async () => {
    const ds = longDataset(2000, 250);
    const summary = summaryOf(ds);
    const plan: SequencePlan = { layout: 'windows', target: 'b', task: 'regression', features: ['a'], idColumn: null, orderColumn: 'time', length: 32, stride: 16 };
    const p = await sequencesKind.prepare(ds, plan, opts);
    const e = p.encoded;
    expect(e.inputShape).toEqual([null, 32, 1]);
    const { targetMean = NaN, targetStd = NaN } = e.preprocessing;
    const b = numbersOf(ds, 'b')[0]!.values;
    for (let i = 0; i < e.testRows; i++) {
      const firstRow = Number(p.testExamples[i]!.slice(2));
      expect(e.testTarget[i]).toBeCloseTo(b[firstRow + 31]!, 5);
      expect(e.testY[i]).toBeCloseTo((b[firstRow + 31]! - targetMean) / targetStd, 5);
    }
    expect(p.unit).toBe('windows');
    expect(summary.dataset.rowCount).toBe(2000);
  });

  it('turns 40,000 rows × 8 columns into sequences (bench/sequence-encode.ts times it)', async () => {
    const ds = groupedDataset({ recordings: 200, stepsOf: () => 200, channels: 5, classes: ['a', 'b', 'c', 'd'] });
    expect([ds.rowCount, ds.columns.length]).toEqual([40_000, 8]);
    const plan = sequencesKind.proposePlan(summaryOf(ds)).plan;
    const p = await sequencesKind.prepare(ds, plan, { testFraction: 0.2, seed: 1 });
    expect(p.encoded.inputShape).toEqual([null, 200, 5]);
    expect([p.encoded.trainRows, p.encoded.testRows]).toEqual([160, 40]);
    expect(inMemory(p.encoded.trainX).length + inMemory(p.encoded.testX).length).toBe(40_000 * 5);
  });

  it('rejects an invalid plan with its first problem', async () => {
    const ds = groupedDataset();
    const plan = { ...sequencesKind.proposePlan(summaryOf(ds)).plan, features: [] };
    await expect(sequencesKind.prepare(ds, plan, opts)).rejects.toMatchObject({ code: 'sequence/no-step-columns' });
  });
});
