/**
 * In-memory image datasets for tests of the image path: files are "raw" bytes [width, height,
 * then RGBA], decoded by a trivial decoder, so core is tested without any real codec.
 */
import type { DecodedImage, ImageIndex, ImageSource } from '../../../src/core/sources/images/types';

export function rawImage(width: number, height: number, pixel: (x: number, y: number) => readonly [number, number, number, number?]): Uint8Array {
  const bytes = new Uint8Array(2 + width * height * 4);
  bytes[0] = width;
  bytes[1] = height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = pixel(x, y);
      bytes.set([r, g, b, a], 2 + (y * width + x) * 4);
    }
  }
  return bytes;
}

export async function decodeRaw(bytes: Uint8Array): Promise<DecodedImage> {
  const width = bytes[0] ?? 0;
  const height = bytes[1] ?? 0;
  if (bytes.length !== 2 + width * height * 4 || width === 0) throw new Error('bad raw image');
  return { width, height, rgba: new Uint8ClampedArray(bytes.subarray(2)) };
}

export function memorySource(index: ImageIndex, files: ReadonlyMap<string, Uint8Array>): ImageSource {
  return {
    index,
    read: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`no file ${path}`);
      return bytes;
    },
    decode: decodeRaw,
  };
}

/** A seeded generator for test data (mulberry32). */
export function testRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
