/**
 * The held-out split for images: seeded, stratified by class for classification (the same
 * allocation rule as the table split, allocateTestRows), plain seeded shuffle for regression.
 */
import { AppError } from '../errors';
import { allocateTestRows } from '../features/split';
import type { Split } from '../features/types';
import { createRng, shuffleInPlace } from '../random';

/**
 * `classIds`: the class (0..k-1) of each sample for classification, or null for regression
 * (`count` samples). Indices in the returned split are sample positions, sorted.
 */
export function splitSamples(
  count: number,
  classIds: Int32Array | null,
  opts: { testFraction: number; seed: number },
): Split {
  const { testFraction, seed } = opts;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new AppError({
      code: 'split/bad-test-fraction',
      message: `The share of images held out for testing must be between 0 and 1 (for example 0.2); it is ${testFraction}.`,
    });
  }
  if (count < 2) {
    throw new AppError({ code: 'split/too-few-rows', message: `Only ${count} readable image${count === 1 ? '' : 's'}: too few to set any aside for testing.` });
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
