import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/core/i18n/translate';
import { changedFileError, imageMemoryMessage, imageReader } from '../../../../src/core/sources/images/stream';
import { msg } from '../../../../src/core/i18n/message';
import { memorySource, rawImage } from '../../helpers/images';
import { indexImageFolder } from '../../../../src/core/sources/images/index-folder';
import { encodeImages } from '../../../../src/core/sources/images/encode';
import { inMemory, isInMemory } from '../../../../src/core/train/sample-reader';

describe('imageMemoryMessage', () => {
  it('says in each language whether the decoded images are kept or read a batch at a time, in MB', () => {
    const cached = imageMemoryMessage({ mode: 'cached', decodedBytes: 141 * 1024 * 1024, budgetBytes: 512 * 1024 * 1024 });
    const streamed = imageMemoryMessage({ mode: 'streamed', decodedBytes: 1_474_560_000, budgetBytes: 512 * 1024 * 1024 });
    expect(translator('en')(cached)).toBe('The decoded images take 141 MB and fit the memory budget of 512 MB: they are decoded once and kept in memory.');
    expect(translator('en')(streamed)).toBe(
      'The decoded images would take 1,406 MB, more than the memory budget of 512 MB: they are read a batch at a time while training, so memory stays small.',
    );
    expect(translator('ko')(streamed)).toBe('디코딩한 이미지는 1,406 MB로 메모리 한도 512 MB보다 크므로, 학습하면서 배치 단위로 읽습니다. 메모리 사용량은 작게 유지됩니다.');
    // A tiny set is never said to take 0 MB.
    expect(imageMemoryMessage({ mode: 'cached', decodedBytes: 3000, budgetBytes: 1024 * 1024 }).params).toMatchObject({ decodedMb: 1, budgetMb: 1 });
  });

  it('names the file that can no longer be read, in each language', () => {
    const err = changedFileError({ relativePath: 'cats/7.png', reason: msg('sources.images.skip.empty') });
    expect(err.code).toBe('images/changed');
    expect(translator('en')(err.msg)).toBe('“cats/7.png” could be read when the folder was opened but not now (the file is empty). Open the folder again and train again.');
    expect(translator('ko')(err.msg)).toContain('“cats/7.png”');
  });
});

describe('imageReader', () => {
  it('decodes, resizes and scales the images asked for, in the order asked', async () => {
    const files = new Map([
      ['a/0.png', rawImage(2, 2, () => [255, 255, 255])],
      ['b/1.png', rawImage(4, 4, () => [0, 0, 0])],
    ]);
    const source = memorySource(indexImageFolder('x', [...files.keys()]), files);
    const reader = imageReader(source, ['a/0.png', 'b/1.png'], { height: 2, width: 2, channels: 1 });
    expect(reader.sampleSize).toBe(4);
    expect(Array.from(await reader.read([1, 0]))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    await expect(reader.read([2])).rejects.toThrow(/image 2 of 2/);
  });
});

describe('encodeImages within and beyond the memory budget', () => {
  it('reads, beyond it, the same numbers in the same order that it keeps within it', async () => {
    const files = new Map<string, Uint8Array>();
    for (let i = 0; i < 12; i++) for (const c of ['a', 'b']) files.set(`${c}/${i}.png`, rawImage(5, 3, (x, y) => [(x * 40 + i) % 256, (y * 70 + i) % 256, c === 'a' ? 10 : 200]));
    files.set('b/bad.png', new Uint8Array([1]));
    const source = memorySource(indexImageFolder('x', [...files.keys()]), files);
    const plan = { height: 8, width: 8, channels: 3 as const, augment: { flip: false, shift: 0 } };
    const bytes = 24 * 8 * 8 * 3 * 4;
    const kept = await encodeImages(source, plan, { testFraction: 0.25, seed: 3, cacheBytes: 1e9 });
    const read = await encodeImages(source, plan, { testFraction: 0.25, seed: 3, cacheBytes: bytes - 1 });
    expect(kept.memory).toEqual({ mode: 'cached', decodedBytes: bytes, budgetBytes: 1e9 });
    expect(read.memory).toEqual({ mode: 'streamed', decodedBytes: bytes, budgetBytes: bytes - 1 });
    expect(read.testPaths).toEqual(kept.testPaths);
    expect(read.skipped.map((f) => f.relativePath)).toEqual(['b/bad.png']);
    for (const side of ['trainX', 'testX'] as const) {
      const reader = read.encoded[side];
      if (isInMemory(reader)) throw new Error('expected a reader');
      const all = await reader.read(Uint32Array.from({ length: reader.count }, (_, i) => i));
      expect(Array.from(all)).toEqual(Array.from(inMemory(kept.encoded[side])));
    }
    expect(Array.from(read.encoded.trainY)).toEqual(Array.from(kept.encoded.trainY));
  });
});
