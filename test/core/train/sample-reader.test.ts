import { describe, expect, it } from 'vitest';
import type { SampleReader } from '../../../src/core/features/types';
import { BATCHES_FROM_MEMORY_BYTES, batchesOf, memoryReader, pickSamples, readBatches, trainingReader } from '../../../src/core/train/sample-reader';

/** A reader whose reads settle only when the test says so, recording what was asked. */
function gatedReader(): { reader: SampleReader; asked: number[][]; release: () => void } {
  const asked: number[][] = [];
  const waiting: (() => void)[] = [];
  const reader: SampleReader = {
    count: 100,
    sampleSize: 1,
    read: (rows) => {
      asked.push(Array.from(rows));
      return new Promise((resolve) => waiting.push(() => resolve(Float32Array.from(rows))));
    },
  };
  return { reader, asked, release: () => waiting.splice(0).forEach((go) => go()) };
}

describe('readBatches', () => {
  it('reads nothing before it is asked, then keeps one batch read ahead of the one in use', async () => {
    const { reader, asked, release } = gatedReader();
    const batches = batchesOf([5, 6, 7, 8, 9, 10, 11], 3);
    expect(batches.map((b) => Array.from(b))).toEqual([[5, 6, 7], [8, 9, 10], [11]]);
    const reads = readBatches(reader, batches, 1);
    expect(asked).toHaveLength(0);
    const first = reads.next();
    expect(asked).toEqual([[5, 6, 7], [8, 9, 10]]);
    release();
    expect(Array.from((await first).value?.x ?? [])).toEqual([5, 6, 7]);
    // While the first batch is used, only the second is being read.
    expect(asked).toHaveLength(2);
    const second = reads.next();
    expect(asked).toHaveLength(3);
    release();
    expect(Array.from((await second).value?.rows ?? [])).toEqual([8, 9, 10]);
    const third = reads.next();
    release();
    expect(Array.from((await third).value?.x ?? [])).toEqual([11]);
    expect((await reads.next()).done).toBe(true);
  });

  it('passes a failed read on to the batch that needed it', async () => {
    const reader: SampleReader = { count: 4, sampleSize: 1, read: (rows) => (rows[0] === 2 ? Promise.reject(new Error('gone')) : Promise.resolve(new Float32Array(rows.length))) };
    const seen: number[] = [];
    const consume = async () => {
      for await (const b of readBatches(reader, batchesOf([0, 1, 2, 3], 2))) seen.push(b.rows[0] as number);
    };
    await expect(consume()).rejects.toThrow('gone');
    expect(seen).toEqual([0]);
  });
});

describe('memoryReader', () => {
  it('reads samples in the order asked, a view when they are consecutive', async () => {
    const x = Float32Array.from({ length: 12 }, (_, i) => i);
    const reader = memoryReader(x, 3);
    expect(reader.count).toBe(4);
    expect(Array.from(await reader.read([3, 0]))).toEqual([9, 10, 11, 0, 1, 2]);
    const view = pickSamples(x, 3, [1, 2]);
    expect(Array.from(view)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(view.buffer).toBe(x.buffer);
  });
});

describe('trainingReader', () => {
  it('trains small arrays as whole tensors, large ones a batch at a time, and readers as they are', async () => {
    const x = Float32Array.from({ length: 12 }, (_, i) => i);
    expect(trainingReader(x, 3, x.byteLength)).toBeUndefined();
    const batched = trainingReader(x, 3, x.byteLength - 1);
    expect(batched?.count).toBe(4);
    expect(Array.from(await (batched as SampleReader).read([3, 1]))).toEqual([9, 10, 11, 3, 4, 5]);
    const reader = memoryReader(x, 3);
    expect(trainingReader(reader, 3, 0)).toBe(reader);
    expect(trainingReader(x, 3)).toBeUndefined();
    expect(BATCHES_FROM_MEMORY_BYTES).toBeGreaterThan(x.byteLength);
  });
});
