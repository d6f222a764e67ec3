import { describe, expect, it } from 'vitest';
import { encodeImages } from '../../../../src/core/sources/images/encode';
import { indexImageCsv } from '../../../../src/core/sources/images/index-csv';
import { memorySource, rawImage } from '../../helpers/images';
import { inMemory } from '../../../../src/core/train/sample-reader';

describe('encodeImages', () => {
  it('encodes image regression from a CSV: standardised training targets, original units kept for evaluation', async () => {
    const rows = ['path,brightness'];
    const files = new Map<string, Uint8Array>();
    for (let i = 0; i < 10; i++) {
      rows.push(`img/${i}.png,${i * 10 + 0.5}`);
      files.set(`img/${i}.png`, rawImage(8, 8, () => [i * 20, i * 20, i * 20]));
    }
    const index = await indexImageCsv(rows.join('\n'), 'b.csv');
    expect(index.task).toBe('regression');
    const { encoded, split, testPaths } = await encodeImages(memorySource(index, files), { height: 8, width: 8, channels: 1, augment: { flip: false, shift: 0 } }, { testFraction: 0.2, seed: 4 });
    expect(encoded.inputShape).toEqual([null, 8, 8, 1]);
    expect([encoded.trainRows, encoded.testRows]).toEqual([8, 2]);
    expect(split.stratified).toBe(false);
    const pre = encoded.preprocessing;
    const trainValues = Array.from(split.train, (r) => r * 10 + 0.5);
    const mean = trainValues.reduce((a, b) => a + b, 0) / 8;
    expect(pre.targetMean).toBeCloseTo(mean, 6);
    expect(Array.from(encoded.trainTarget)).toEqual(trainValues.map((v) => Math.fround(v)));
    expect(encoded.trainY[0]).toBeCloseTo(((trainValues[0] as number) - mean) / (pre.targetStd as number), 5);
    // Each image is flat gray i·20, so the first 4 pixels of the 8×8 input are i·20/255.
    const first = split.test[0] as number;
    expect(Array.from(inMemory(encoded.testX).subarray(0, 4))).toEqual(new Array(4).fill(Math.fround((first * 20) / 255)));
    expect(testPaths[0]).toBe(`img/${first}.png`);
  });

  it('refuses a size outside 8…256 for the network in plain words', async () => {
    const index = await indexImageCsv('path,label\na.png,x\nb.png,y\nc.png,x\n', 'c.csv');
    await expect(encodeImages(memorySource(index, new Map()), { height: 4, width: 300, channels: 1, augment: { flip: false, shift: 0 } }, { testFraction: 0.5, seed: 1 })).rejects.toThrow(
      /The image height must be a whole number of pixels from 8 to 256; it is 4\./,
    );
  });
});
