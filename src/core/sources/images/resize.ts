/**
 * Bilinear resizing of one decoded image to the network's H×W×C, in plain TypeScript so that
 * Node, a worker and the renderer give identical numbers. Pixel centres are aligned the way
 * TensorFlow's resize_bilinear(half_pixel_centers=True) and Pillow do it: output pixel (y, x)
 * samples the source at ((y + 0.5)·srcH/H − 0.5, (x + 0.5)·srcW/W − 0.5), clamped to the edge.
 * Values are scaled from 0–255 to 0–1; alpha is dropped; C = 1 takes the luma
 * 0.299 R + 0.587 G + 0.114 B (equal to R for a grayscale image).
 */
import type { DecodedImage } from './types';

const LUMA = [0.299, 0.587, 0.114] as const;

interface Taps {
  /** Lower source index, upper source index, and the upper one's weight, per output position. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly w: Float32Array;
}

function taps(source: number, target: number): Taps {
  const lo = new Int32Array(target);
  const hi = new Int32Array(target);
  const w = new Float32Array(target);
  const scale = source / target;
  for (let i = 0; i < target; i++) {
    const at = Math.min(source - 1, Math.max(0, (i + 0.5) * scale - 0.5));
    const low = Math.floor(at);
    lo[i] = low;
    hi[i] = Math.min(source - 1, low + 1);
    w[i] = at - low;
  }
  return { lo, hi, w };
}

/** Writes the resized image ([H, W, C], values 0–1) into `out` from `offset`. */
export function resizeBilinearInto(
  image: DecodedImage,
  height: number,
  width: number,
  channels: 1 | 3,
  out: Float32Array,
  offset: number,
): void {
  const { rgba, width: sw } = image;
  const ys = taps(image.height, height);
  const xs = taps(sw, width);
  let o = offset;
  for (let y = 0; y < height; y++) {
    const y0 = (ys.lo[y] as number) * sw;
    const y1 = (ys.hi[y] as number) * sw;
    const wy = ys.w[y] as number;
    for (let x = 0; x < width; x++) {
      const x0 = xs.lo[x] as number;
      const x1 = xs.hi[x] as number;
      const wx = xs.w[x] as number;
      const a = (y0 + x0) * 4;
      const b = (y0 + x1) * 4;
      const c = (y1 + x0) * 4;
      const d = (y1 + x1) * 4;
      const rgb = [0, 0, 0];
      for (let k = 0; k < 3; k++) {
        const top = (rgba[a + k] as number) * (1 - wx) + (rgba[b + k] as number) * wx;
        const bottom = (rgba[c + k] as number) * (1 - wx) + (rgba[d + k] as number) * wx;
        rgb[k] = (top * (1 - wy) + bottom * wy) / 255;
      }
      if (channels === 1) {
        const [r, g, b2] = rgb as [number, number, number];
        out[o++] = r === g && g === b2 ? r : LUMA[0] * (rgb[0] as number) + LUMA[1] * (rgb[1] as number) + LUMA[2] * (rgb[2] as number);
      } else {
        out[o++] = rgb[0] as number;
        out[o++] = rgb[1] as number;
        out[o++] = rgb[2] as number;
      }
    }
  }
}

/** The image resized to [H, W, C] with values in 0–1. */
export function resizeBilinear(image: DecodedImage, height: number, width: number, channels: 1 | 3): Float32Array {
  const out = new Float32Array(height * width * channels);
  resizeBilinearInto(image, height, width, channels, out, 0);
  return out;
}

/** One decoded image as the network's input, repeating the training preprocessing (prediction on new images). */
export function imageInput(image: DecodedImage, pre: { readonly height: number; readonly width: number; readonly channels: 1 | 3 }): Float32Array {
  return resizeBilinear(image, pre.height, pre.width, pre.channels);
}
