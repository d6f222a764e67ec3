import { describe, expect, it } from 'vitest';
import { augmentImages } from '../../../../src/core/sources/images/augment';

const dims = { height: 2, width: 3, channels: 1 };
const image = Float32Array.from([1, 2, 3, 4, 5, 6]);

describe('augmentImages', () => {
  it('flips horizontally when the draw says so', () => {
    const out = augmentImages(image, 1, dims, { flip: true, shift: 0 }, () => 0.1); // 0.1 < 0.5: flip
    expect(Array.from(out)).toEqual([3, 2, 1, 6, 5, 4]);
    const kept = augmentImages(image, 1, dims, { flip: true, shift: 0 }, () => 0.9);
    expect(Array.from(kept)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shifts by whole pixels, repeating the edge', () => {
    // shift 1: draws of 0.99 give +1 down and +1 right (floor(0.99 × 3) − 1 = 1).
    const out = augmentImages(image, 1, dims, { flip: false, shift: 1 }, () => 0.99);
    expect(Array.from(out)).toEqual([1, 1, 2, 1, 1, 2]);
  });

  it('is off with no flip and no shift', () => {
    expect(Array.from(augmentImages(image, 1, dims, { flip: false, shift: 0 }, Math.random))).toEqual(Array.from(image));
  });
});
