/**
 * Inputs a batch at a time: the same reading for inputs held in memory and for inputs decoded on
 * demand (an image set larger than memory), with a small read-ahead so that the next batch is
 * being read while the current one trains.
 */
import type { SampleInputs, SampleReader } from '../features/types';

export function isInMemory(inputs: SampleInputs): inputs is Float32Array {
  return inputs instanceof Float32Array;
}

/** The inputs as one array; throws for a reader (a caller that needs all of them at once must not get one). */
export function inMemory(inputs: SampleInputs): Float32Array {
  if (isInMemory(inputs)) return inputs;
  throw new Error(`expected inputs in memory, got a reader of ${inputs.count} examples`);
}

/** A reader over a row-major array: what the batched paths use for inputs already in memory. */
export function memoryReader(x: Float32Array, sampleSize: number): SampleReader {
  const count = sampleSize > 0 ? x.length / sampleSize : 0;
  return {
    count,
    sampleSize,
    read: (rows) => Promise.resolve(pickSamples(x, sampleSize, rows)),
  };
}

export function readerOf(inputs: SampleInputs, sampleSize: number): SampleReader {
  return isInMemory(inputs) ? memoryReader(inputs, sampleSize) : inputs;
}

/**
 * Above this many bytes, inputs held in memory are also fed a batch at a time. The whole-tensor
 * path keeps the fitted rows as a tensor beside the array, a permuted copy per epoch and, with
 * augmentation, two more: about 5× the decoded set at its peak (a 1.4 GB image set took the CLI
 * to 7.6 GB), where batches read from the array add only a batch or two.
 */
export const BATCHES_FROM_MEMORY_BYTES = 256 * 1024 * 1024;

/** The reader to train from: the inputs' own, one over a large array, or none (small arrays train as whole tensors). */
export function trainingReader(inputs: SampleInputs, sampleSize: number, limitBytes = BATCHES_FROM_MEMORY_BYTES): SampleReader | undefined {
  if (!isInMemory(inputs)) return inputs;
  return inputs.byteLength > limitBytes ? memoryReader(inputs, sampleSize) : undefined;
}

/** The given samples of a row-major [n, size] array, in the order given: a view when they are consecutive, else a copy. */
export function pickSamples(x: Float32Array, size: number, rows: ArrayLike<number>): Float32Array {
  const first = rows.length > 0 ? (rows[0] as number) : 0;
  let consecutive = true;
  for (let i = 1; i < rows.length && consecutive; i++) consecutive = rows[i] === first + i;
  if (consecutive) return x.subarray(first * size, (first + rows.length) * size);
  const out = new Float32Array(rows.length * size);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    out.set(x.subarray(row * size, (row + 1) * size), i * size);
  }
  return out;
}

export interface ReadBatch {
  /** Positions of the batch's examples, in order. */
  readonly rows: Uint32Array;
  readonly x: Float32Array;
}

/** `order` cut into consecutive batches of `batchSize` (the last one shorter). */
export function batchesOf(order: ArrayLike<number>, batchSize: number): Uint32Array[] {
  const size = Math.max(1, Math.floor(batchSize));
  const out: Uint32Array[] = [];
  for (let start = 0; start < order.length; start += size) {
    out.push(Uint32Array.from({ length: Math.min(size, order.length - start) }, (_, i) => order[start + i] as number));
  }
  return out;
}

/**
 * Reads the batches one after the other, keeping `ahead` reads in flight beyond the one being
 * used. Lazy: nothing is read before the first `next()`. Leaving the loop early (a Stop) leaves
 * the reads in flight to settle unobserved, their failure included.
 */
export async function* readBatches(reader: SampleReader, batches: readonly Uint32Array[], ahead = 1): AsyncGenerator<ReadBatch, void, undefined> {
  const pending: Promise<Float32Array>[] = [];
  let next = 0;
  const fill = (inFlight: number): void => {
    while (next < batches.length && pending.length < inFlight) {
      const read = reader.read(batches[next] as Uint32Array);
      read.catch(() => undefined); // observed when its turn comes; never an unhandled rejection
      pending.push(read);
      next += 1;
    }
  };
  try {
    for (let i = 0; i < batches.length; i++) {
      fill(1 + ahead);
      const x = await (pending.shift() as Promise<Float32Array>);
      fill(ahead); // the next batches are read while this one is used

      yield { rows: batches[i] as Uint32Array, x };
    }
  } finally {
    pending.length = 0;
  }
}
