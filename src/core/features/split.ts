/**
 * The held-out split: seeded, and stratified by class for classification so that every class
 * keeps its share of rows in both parts. Rows without a target value take part in neither.
 */
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import type { Column, TypedDataset } from '../data/types';
import { createRng, shuffleInPlace } from '../random';
import { findColumn, labelledRows, quoted } from './columns';
import type { FeaturePlan, Split } from './types';

/** Class id (0..k-1, in sorted class order) of each labelled row, and the row count of each class. */
function classIds(col: Column, rows: Uint32Array): { ids: Uint32Array; sizes: number[] } {
  const ids = new Uint32Array(rows.length);
  if (col.kind === 'category') {
    // Codes are already dense per category; renumber only the ones present, in code order.
    const idOfCode = new Int32Array(col.categories.length).fill(-1);
    let next = 0;
    for (let c = 0; c < col.categories.length; c++) if ((col.counts[c] ?? 0) > 0) idOfCode[c] = next++;
    const sizes = new Array<number>(next).fill(0);
    for (let i = 0; i < rows.length; i++) {
      const id = idOfCode[col.codes[rows[i] as number] as number] as number;
      ids[i] = id;
      sizes[id] = (sizes[id] as number) + 1;
    }
    return { ids, sizes };
  }
  if (col.kind !== 'number') throw new Error(`classIds: column kind ${col.kind} has no classes`);
  const distinct = new Set<number>();
  for (const r of rows) distinct.add(col.values[r] as number);
  const sorted = [...distinct].sort((a, b) => a - b);
  const idOfValue = new Map(sorted.map((v, i) => [v, i]));
  const sizes = new Array<number>(sorted.length).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const id = idOfValue.get(col.values[rows[i] as number] as number) as number;
    ids[i] = id;
    sizes[id] = (sizes[id] as number) + 1;
  }
  return { ids, sizes };
}

/**
 * How many rows of each class go to the test part: `totalTest` shared in proportion to class size
 * (largest remainder), with every class keeping at least one training row.
 */
export function allocateTestRows(sizes: readonly number[], totalTest: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((n) => (n * totalTest) / total);
  const alloc = sizes.map((n, c) => Math.min(Math.floor(exact[c] as number), n - 1));
  let remaining = totalTest - alloc.reduce((a, b) => a + b, 0);
  const order = sizes
    .map((_, c) => c)
    .sort((a, b) => ((exact[b] as number) - (alloc[b] as number)) - ((exact[a] as number) - (alloc[a] as number)) || (sizes[b] as number) - (sizes[a] as number) || a - b);
  while (remaining > 0) {
    let gave = false;
    for (const c of order) {
      if (remaining === 0) break;
      if ((alloc[c] as number) < (sizes[c] as number) - 1) {
        alloc[c] = (alloc[c] as number) + 1;
        remaining--;
        gave = true;
      }
    }
    if (!gave) break;
  }
  // Only when every class has a single row: the test part would be empty, so one row must go there.
  if (!alloc.some((a) => a > 0) && totalTest > 0) {
    let largest = 0;
    for (let c = 1; c < sizes.length; c++) if ((sizes[c] as number) > (sizes[largest] as number)) largest = c;
    alloc[largest] = 1;
  }
  return alloc;
}

function sortedCopy(a: Uint32Array): Uint32Array {
  return Uint32Array.from(a).sort();
}

export function splitRows(ds: TypedDataset, plan: FeaturePlan, opts: { testFraction: number; seed: number }): Split {
  const { testFraction, seed } = opts;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new AppError({
      code: 'split/bad-test-fraction',
      message: msg('data.split.badFraction', { noun: 'rows', value: String(testFraction) }),
      detail: `testFraction=${testFraction}`,
    });
  }
  const col = findColumn(ds, plan.target);
  if (!col || (col.kind !== 'number' && col.kind !== 'category')) {
    throw new AppError({
      code: 'split/unusable-target',
      message: msg('data.split.unusableTarget', { column: quoted(plan.target), file: ds.name }),
      detail: col ? `kind ${col.kind}` : 'column not found',
    });
  }
  const rows = labelledRows(col, ds.rowCount);
  if (rows.length < 2) {
    throw new AppError({
      code: 'split/too-few-rows',
      message: msg('data.split.tooFewRows', { count: rows.length, file: ds.name, column: quoted(col.name) }),
      detail: `labelled ${rows.length} of ${ds.rowCount}`,
    });
  }
  const totalTest = Math.min(rows.length - 1, Math.max(1, Math.round(rows.length * testFraction)));
  const rng = createRng(seed);

  if (plan.task === 'regression') {
    shuffleInPlace(rows, rng);
    return { test: sortedCopy(rows.subarray(0, totalTest)), train: sortedCopy(rows.subarray(totalTest)), stratified: false, seed };
  }

  const { ids, sizes } = classIds(col, rows);
  // Counting sort of the labelled rows into one contiguous bucket per class.
  const starts = new Array<number>(sizes.length + 1).fill(0);
  for (let c = 0; c < sizes.length; c++) starts[c + 1] = (starts[c] as number) + (sizes[c] as number);
  const fill = starts.slice(0, sizes.length);
  const grouped = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const c = ids[i] as number;
    grouped[fill[c] as number] = rows[i] as number;
    fill[c] = (fill[c] as number) + 1;
  }
  const perClassTest = allocateTestRows(sizes, totalTest);
  const test = new Uint32Array(perClassTest.reduce((a, b) => a + b, 0));
  const train = new Uint32Array(rows.length - test.length);
  let t = 0;
  let r = 0;
  for (let c = 0; c < sizes.length; c++) {
    const bucket = shuffleInPlace(grouped.subarray(starts[c] as number, starts[c + 1] as number), rng);
    const k = perClassTest[c] as number;
    test.set(bucket.subarray(0, k), t);
    train.set(bucket.subarray(k), r);
    t += k;
    r += bucket.length - k;
  }
  return { train: train.sort(), test: test.sort(), stratified: true, seed };
}


/** What the samples of splitSamples are, for its messages. */
export type SampleNoun = 'example' | 'readableImage' | 'labelledRecording' | 'rowBlock';

/**
 * Samples that are not table rows (images, recordings), seeded and stratified by class like
 * splitRows. `classIds`: the class (0..k-1) of each sample for classification, or null for regression
 * (`count` samples). Indices in the returned split are sample positions, sorted.
 */
export function splitSamples(
  count: number,
  classIds: Int32Array | null,
  opts: { testFraction: number; seed: number },
  /** What one sample is called in messages: a readable image, a labelled recording. */
  noun: SampleNoun = 'example',
): Split {
  const { testFraction, seed } = opts;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new AppError({
      code: 'split/bad-test-fraction',
      message: msg('data.split.badFraction', { noun, value: String(testFraction) }),
    });
  }
  if (count < 2) {
    throw new AppError({ code: 'split/too-few-rows', message: msg('data.split.tooFewSamples', { count, noun }) });
  }
  const totalTest = Math.min(count - 1, Math.max(1, Math.round(count * testFraction)));
  const rng = createRng(seed);
  if (classIds === null) {
    const order = shuffleInPlace(Uint32Array.from({ length: count }, (_, i) => i), rng);
    return { test: order.slice(0, totalTest).sort(), train: order.slice(totalTest).sort(), stratified: false, seed };
  }
  const k = classIds.reduce((m, c) => Math.max(m, c + 1), 0);
  const buckets: number[][] = Array.from({ length: k }, () => []);
  classIds.forEach((c, i) => buckets[c]?.push(i));
  const present = buckets.filter((b) => b.length > 0);
  const perClassTest = allocateTestRows(present.map((b) => b.length), totalTest);
  const test: number[] = [];
  const train: number[] = [];
  present.forEach((bucket, c) => {
    const shuffled = shuffleInPlace(Uint32Array.from(bucket), rng);
    const take = perClassTest[c] as number;
    test.push(...shuffled.subarray(0, take));
    train.push(...shuffled.subarray(take));
  });
  return { train: Uint32Array.from(train).sort(), test: Uint32Array.from(test).sort(), stratified: true, seed };
}
