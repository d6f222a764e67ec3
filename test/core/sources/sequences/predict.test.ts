import { describe, expect, it } from 'vitest';
import type { TypedDataset } from '../../../../src/core/data/types';
import { AppError } from '../../../../src/core/errors';
import { sequencesKind } from '../../../../src/core/sources/sequences/kind';
import { encodeSequencesForPrediction } from '../../../../src/core/sources/sequences/predict';
import type { SequencePlan } from '../../../../src/core/sources/sequences/types';
import { categoryColumn, numberColumn } from '../../helpers/dataset';
import { dataset, datetimeColumn, groupedDataset, longDataset, summaryOf, type AnyColumn } from './helpers';
import { inMemory } from '../../../../src/core/train/sample-reader';

/** The same table with its rows in another order and some columns left out (a "new file"). */
function reordered(ds: TypedDataset, order: readonly number[], drop: readonly string[] = []): TypedDataset {
  const columns: AnyColumn[] = [];
  for (const col of ds.columns) {
    if (drop.includes(col.name)) continue;
    if (col.kind === 'category') columns.push(categoryColumn(col.name, order.map((r) => (col.codes[r]! < 0 ? null : col.categories[col.codes[r]!]!))));
    else if (col.kind === 'number') columns.push(numberColumn(col.name, order.map((r) => col.values[r]!)));
    else if (col.kind === 'datetime') columns.push(datetimeColumn(col.name, order.map((r) => col.values[r]!)));
  }
  return dataset(`new-${ds.name}`, columns);
}

/** Example `key`'s [length × features] slice of a prepared set, from whichever side holds it. */
function preparedSlice(p: Awaited<ReturnType<typeof sequencesKind.prepare>>, summaryKeys: { train: string[]; test: string[] }, key: string): Float32Array {
  const size = p.encoded.inputShape[1] * (p.encoded.inputShape[2] ?? 1);
  const t = summaryKeys.test.indexOf(key);
  if (t >= 0) return inMemory(p.encoded.testX).subarray(t * size, (t + 1) * size);
  const k = summaryKeys.train.indexOf(key);
  return inMemory(p.encoded.trainX).subarray(k * size, (k + 1) * size);
}

describe('encodeSequencesForPrediction', () => {
  const opts = { testFraction: 0.25, seed: 2 };

  it('encodes the recordings of a new file exactly as training encoded the same rows (reordered, no label)', async () => {
    const ds = groupedDataset({ stepsOf: (r) => 56 + 2 * r, attribute: true });
    // Two empty cells, one at a recording's start (training mean) and one inside (carried forward).
    const ch2 = ds.columns.find((c) => c.name === 'ch2');
    if (ch2?.kind === 'number') {
      ch2.values[0] = NaN;
      ch2.values[100] = NaN;
    }
    const summary = summaryOf(ds);
    const plan: SequencePlan = { ...sequencesKind.proposePlan(summary).plan, length: 64 };
    const p = await sequencesKind.prepare(ds, plan, opts);
    const keys = {
      // Recording i is the i-th id in the file: rec-001, rec-002, …
      train: Array.from(p.split.train, (i) => `rec-${String(i + 1).padStart(3, '0')}`),
      test: [...p.testExamples],
    };
    // Rows reversed: the recordings come in another order and every recording's steps backwards.
    const order = Array.from({ length: ds.rowCount }, (_, i) => ds.rowCount - 1 - i);
    const input = encodeSequencesForPrediction(reordered(ds, order, ['activity']), p.encoded.preprocessing);
    expect(input.count).toBe(12);
    expect(input.inputShape).toEqual([null, 64, 3]);
    expect(new Set(input.keys)).toEqual(new Set([...keys.train, ...keys.test]));
    input.keys.forEach((key, i) => {
      expect(Array.from(input.x.subarray(i * 192, (i + 1) * 192)), key).toEqual(Array.from(preparedSlice(p, keys, key)));
    });
    expect(input.problems.map((x) => x.code)).toEqual(expect.arrayContaining(['sequence/rows-out-of-order', 'sequence/lengths-differ', 'sequence/missing-steps']));
  });

  it('cuts a new long recording into the same windows, called by their rows', async () => {
    const ds = longDataset(1000, 200);
    const summary = summaryOf(ds);
    const plan = sequencesKind.proposePlan(summary).plan;
    const p = await sequencesKind.prepare(ds, plan, opts);
    const input = encodeSequencesForPrediction(reordered(ds, Array.from({ length: 1000 }, (_, i) => i), ['state']), p.encoded.preprocessing);
    expect(input.count).toBe(30);
    expect(input.keys.slice(0, 2)).toEqual(['rows 1-64', 'rows 33-96']);
    const size = 64 * 2;
    p.testExamples.forEach((key, t) => {
      const w = Number(key.slice(2)) / 32;
      expect(Array.from(input.x.subarray(w * size, (w + 1) * size))).toEqual(Array.from(inMemory(p.encoded.testX).subarray(t * size, (t + 1) * size)));
    });
  });

  it('stops in plain words when a step column or the id column is missing', async () => {
    const ds = groupedDataset();
    const summary = summaryOf(ds);
    const p = await sequencesKind.prepare(ds, sequencesKind.proposePlan(summary).plan, opts);
    const all = Array.from({ length: ds.rowCount }, (_, i) => i);
    const noCh2 = () => encodeSequencesForPrediction(reordered(ds, all, ['ch2']), p.encoded.preprocessing);
    expect(noCh2).toThrow(AppError);
    expect(noCh2).toThrow('new-grouped.csv has no column “ch2”: the model reads it at every step. Add it with the same name as in the training file.');
    expect(() => encodeSequencesForPrediction(reordered(ds, all, ['recording_id']), p.encoded.preprocessing)).toThrow(
      'new-grouped.csv has no column “recording_id”, which names the recording of each row.',
    );
    expect(() => encodeSequencesForPrediction(ds, { ...p.encoded.preprocessing, sequence: undefined })).toThrow('not trained on recordings');
  });
});
