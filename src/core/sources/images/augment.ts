/**
 * Light, seeded augmentation of training images, applied afresh every epoch (never to the
 * validation or test images): a horizontal flip with probability ½ and a shift of up to
 * `shift` pixels in each direction, the uncovered border filled with the nearest edge pixel.
 */
import type { AugmentOptions } from './types';

export function isAugmenting(options: AugmentOptions): boolean {
  return options.flip || options.shift > 0;
}

/**
 * `rows`: `count` images of [height, width, channels], row-major; returns new images of the
 * same shape. Uses `rng` in a fixed order, so one seed gives the same images every run.
 */
export function augmentImages(
  rows: Float32Array,
  count: number,
  dims: { height: number; width: number; channels: number },
  options: AugmentOptions,
  rng: () => number,
): Float32Array {
  const { height, width, channels } = dims;
  const size = height * width * channels;
  const out = new Float32Array(rows.length);
  const maxShift = Math.max(0, Math.min(2, Math.round(options.shift)));
  for (let n = 0; n < count; n++) {
    const flip = options.flip && rng() < 0.5;
    const dy = maxShift > 0 ? Math.floor(rng() * (2 * maxShift + 1)) - maxShift : 0;
    const dx = maxShift > 0 ? Math.floor(rng() * (2 * maxShift + 1)) - maxShift : 0;
    const base = n * size;
    for (let y = 0; y < height; y++) {
      const sy = Math.min(height - 1, Math.max(0, y - dy));
      for (let x = 0; x < width; x++) {
        const fx = flip ? width - 1 - x : x;
        const sx = Math.min(width - 1, Math.max(0, fx - dx));
        const from = base + (sy * width + sx) * channels;
        const to = base + (y * width + x) * channels;
        for (let c = 0; c < channels; c++) out[to + c] = rows[from + c] as number;
      }
    }
  }
  return out;
}
