/**
 * Node's image decoders on small images written in the test with the packages' own encoders
 * (PNG, JPEG, GIF, WebP) or by hand (BMP), plus the reasons given for damaged files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jpeg from 'jpeg-js';
import { GifWriter } from 'omggif';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeImageNode } from '../../src/cli/image-decoders';
import { loadImage } from '../../src/core/sources/images/scan';
import type { ImageSource } from '../../src/core/sources/images/types';

/** 2×2: red, green / blue, white. */
const PIXELS = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255];

function pngBytes(width: number, height: number, rgba: readonly number[]): Uint8Array {
  const png = new PNG({ width, height });
  png.data.set(rgba);
  return new Uint8Array(PNG.sync.write(png));
}

describe('decodeImageNode', () => {
  it('decodes PNG exactly', async () => {
    const image = await decodeImageNode(pngBytes(2, 2, PIXELS));
    expect([image.width, image.height]).toEqual([2, 2]);
    expect(Array.from(image.rgba)).toEqual(PIXELS);
  });

  it('decodes a grayscale PNG (colour type 0) to R = G = B', async () => {
    const png = new PNG({ width: 2, height: 1, colorType: 0, inputColorType: 6 });
    png.data.set([10, 10, 10, 255, 200, 200, 200, 255]);
    const image = await decodeImageNode(new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 6 })));
    expect(Array.from(image.rgba)).toEqual([10, 10, 10, 255, 200, 200, 200, 255]);
  });

  it('decodes JPEG (lossy: within a few levels of a flat gray)', async () => {
    const data = Buffer.alloc(8 * 8 * 4, 128);
    const bytes = jpeg.encode({ width: 8, height: 8, data }, 95).data;
    const image = await decodeImageNode(new Uint8Array(bytes));
    expect([image.width, image.height]).toEqual([8, 8]);
    for (let i = 0; i < image.rgba.length; i += 4) expect(Math.abs((image.rgba[i] as number) - 128)).toBeLessThanOrEqual(2);
  });

  it('decodes the first frame of a GIF', async () => {
    const buffer = new Uint8Array(1024);
    const writer = new GifWriter(buffer, 2, 1, { palette: [0x000000, 0xff8000] });
    writer.addFrame(0, 0, 2, 1, [1, 0]);
    writer.addFrame(0, 0, 2, 1, [0, 1]);
    const image = await decodeImageNode(buffer.subarray(0, writer.end()));
    expect(Array.from(image.rgba)).toEqual([255, 128, 0, 255, 0, 0, 0, 255]);
  });

  it('decodes BMP (hand-written 24-bit file)', async () => {
    const bytes = new Uint8Array(14 + 40 + 4);
    const view = new DataView(bytes.buffer);
    bytes.set([0x42, 0x4d]);
    view.setUint32(10, 54, true);
    view.setUint32(14, 40, true);
    view.setInt32(18, 1, true);
    view.setInt32(22, 1, true);
    view.setUint16(28, 24, true);
    bytes.set([30, 20, 10], 54);
    expect(Array.from((await decodeImageNode(bytes)).rgba)).toEqual([10, 20, 30, 255]);
  });

  it('decodes lossless WebP with libwebp (wasm, loaded from node_modules)', async () => {
    const require = createRequire(import.meta.url);
    (globalThis as { ImageData?: unknown }).ImageData ??= class {
      constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {}
    };
    const encoder = (await import('@jsquash/webp/encode.js')) as unknown as {
      init(m: WebAssembly.Module): Promise<void>;
      default(image: unknown, options: { lossless: number }): Promise<ArrayBuffer>;
    };
    await encoder.init(await WebAssembly.compile(readFileSync(require.resolve('@jsquash/webp/codec/enc/webp_enc.wasm'))));
    const ImageDataClass = (globalThis as unknown as { ImageData: new (d: Uint8ClampedArray, w: number, h: number) => unknown }).ImageData;
    const webp = await encoder.default(new ImageDataClass(new Uint8ClampedArray(PIXELS), 2, 2), { lossless: 1 });
    const image = await decodeImageNode(new Uint8Array(webp));
    expect([image.width, image.height]).toEqual([2, 2]);
    expect(Array.from(image.rgba)).toEqual(PIXELS);
  });
});

describe('damaged files are skipped with a plain reason', () => {
  const source = (bytes: Uint8Array): ImageSource => ({
    index: { name: 'x', source: 'folder', task: 'classification', targetName: 'class', taskReason: '', entries: [], classes: [], ignored: [] },
    read: async () => bytes,
    decode: decodeImageNode,
  });

  it('a truncated PNG', async () => {
    const bytes = pngBytes(2, 2, PIXELS).subarray(0, 30);
    const result = await loadImage(source(bytes), 'cat/bad.png');
    expect(result).toEqual({ relativePath: 'cat/bad.png', reason: expect.stringMatching(/^the PNG image is damaged or uses a variant that cannot be decoded \(/) as unknown as string });
  });

  it('a text file named .jpg, and an empty file', async () => {
    const text = await loadImage(source(new TextEncoder().encode('hello')), 'a.jpg');
    expect(text).toEqual({ relativePath: 'a.jpg', reason: 'the file is not a PNG, JPEG, BMP, GIF or WebP image (its first bytes match none of them); it may be damaged' });
    const empty = await loadImage(source(new Uint8Array(0)), 'b.png');
    expect(empty).toEqual({ relativePath: 'b.png', reason: 'the file is empty' });
  });

  it('a file that cannot be read', async () => {
    const failing: ImageSource = { ...source(new Uint8Array(0)), read: () => Promise.reject(new Error('EACCES: permission denied')) };
    expect(await loadImage(failing, 'c.png')).toEqual({ relativePath: 'c.png', reason: 'could not be read (EACCES: permission denied)' });
  });
});
