import { describe, expect, it } from 'vitest';
import { resizeBilinear } from '../../../../src/core/sources/images/resize';
import type { DecodedImage } from '../../../../src/core/sources/images/types';

function gray(width: number, height: number, values: readonly number[]): DecodedImage {
  const rgba = new Uint8ClampedArray(width * height * 4);
  values.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return { width, height, rgba };
}

describe('resizeBilinear', () => {
  it('halves a 4×4 image by averaging each 2×2 block (half-pixel centres), scaled to 0–1', () => {
    // Rows of the 4×4 image; the 2×2 blocks average to 25, 65, 105 and 145 (hand-computed).
    const image = gray(4, 4, [
      0, 20, 60, 80,
      40, 40, 60, 60,
      100, 100, 120, 120,
      80, 140, 180, 160,
    ]);
    const out = resizeBilinear(image, 2, 2, 1);
    expect(Array.from(out, (v) => Math.round(v * 255 * 1000) / 1000)).toEqual([25, 65, 105, 145]);
  });

  it('doubles a 2×1 row with weights ¼ and ¾ and clamps at the edges', () => {
    // Output x=0 samples at -0.25 → clamped to 0; x=1 at 0.25; x=2 at 0.75; x=3 at 1.25 → clamped to 1.
    const out = resizeBilinear(gray(2, 1, [0, 200]), 1, 4, 1);
    expect(Array.from(out, (v) => Math.round(v * 255))).toEqual([0, 50, 150, 200]);
  });

  it('keeps colour in 3 channels and drops alpha', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 0, 0, 0, 255, 128]);
    const out = resizeBilinear({ width: 2, height: 1, rgba }, 1, 2, 3);
    expect(Array.from(out)).toEqual([1, 0, 0, 0, 0, 1]);
  });

  it('takes the luma for 1 channel from a colour image, and repeats gray in 3 channels', () => {
    const red = resizeBilinear({ width: 1, height: 1, rgba: new Uint8ClampedArray([255, 0, 0, 255]) }, 1, 1, 1);
    expect(red[0]).toBeCloseTo(0.299, 6);
    const g = resizeBilinear(gray(1, 1, [51]), 1, 1, 3);
    expect(Array.from(g)).toEqual([0.2, 0.2, 0.2].map((v) => Math.fround(v)));
  });
});
