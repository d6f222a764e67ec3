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
import { AppError } from '../../src/core/errors';
import { msg } from '../../src/core/i18n/message';
import { english } from '../../src/core/i18n/translate';
import { readImageHeader } from '../../src/core/sources/images/header';
import { loadImage as loadImageMessage } from '../../src/core/sources/images/scan';
import type { ImageSource } from '../../src/core/sources/images/types';

/** A scanned entry, its skip reason in English (the words these tests check). */
async function loadImage(source: ImageSource, path: string): Promise<unknown> {
  const result = await loadImageMessage(source, path);
  return 'reason' in result ? { ...result, reason: english(result.reason) } : result;
}

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
    // The header reader agrees with libwebp about the file libwebp wrote.
    expect(readImageHeader(new Uint8Array(webp))).toEqual({ format: 'webp', width: 2, height: 2 });
  });
});

/** The files of test/fixtures/bad: a few hundred bytes each, declaring gigabytes of pixels. */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url)));
}

/** A real 8×8 JPEG whose frame header (SOF0) is rewritten to declare another size. */
function jpegDeclaring(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(jpeg.encode({ width: 8, height: 8, data: Buffer.alloc(256, 90) }, 90).data);
  const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0);
  new DataView(bytes.buffer, bytes.byteOffset).setUint16(sof + 5, height);
  new DataView(bytes.buffer, bytes.byteOffset).setUint16(sof + 7, width);
  return bytes;
}

/** A 24-bit BMP header declaring a size, without the pixels. */
function bmpDeclaring(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(14 + 40 + 4);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(28, 24, true);
  return bytes;
}

/** An extended WebP (VP8X) declaring its canvas, nothing after it. */
function webpDeclaring(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('RIFF'));
  view.setUint32(4, 22, true);
  bytes.set(new TextEncoder().encode('WEBPVP8X'), 8);
  view.setUint32(16, 10, true);
  const le24 = (n: number): number[] => [n & 255, (n >> 8) & 255, (n >> 16) & 255];
  bytes.set([...le24(width - 1), ...le24(height - 1)], 24);
  return bytes;
}

describe('images larger than 40 megapixels are refused before decoding', () => {
  const tooLarge = async (bytes: Uint8Array, name: string): Promise<AppError> => {
    const err: unknown = await decodeImageNode(bytes, `cat/${name}`).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('images/too-large');
    return err as AppError;
  };

  it.each([
    ['png-bomb-20000.png', '20,000 × 20,000 pixels (400 megapixels)'],
    ['png-bomb-100000.png', '100,000 × 100,000 pixels (10,000 megapixels)'],
    ['gif-bomb-65535.gif', '65,535 × 65,535 pixels (4,295 megapixels)'],
  ])('%s, from its header', async (name, size) => {
    const err = await tooLarge(fixture(name), name);
    expect(err.message).toBe(`“${name}” is ${size}; Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.`);
  });

  it('a JPEG, a BMP and a WebP declaring 10,000 × 5,000', async () => {
    for (const [bytes, name] of [[jpegDeclaring(10000, 5000), 'a.jpg'], [bmpDeclaring(10000, 5000), 'b.bmp'], [webpDeclaring(10000, 5000), 'c.webp']] as const) {
      expect((await tooLarge(bytes, name)).message).toMatch(/is 10,000 × 5,000 pixels \(50 megapixels\); Layerbench reads images up to 40 megapixels/);
    }
  });

  it('a folder scan lists the file as skipped with that reason', async () => {
    const source: ImageSource = {
      index: { name: 'x', source: 'folder', task: 'classification', targetName: 'class', taskReason: msg('common.internalError'), entries: [], classes: [], ignored: [] },
      read: async () => fixture('png-bomb-20000.png'),
      decode: () => Promise.reject(new Error('the decoder must not be reached')),
    };
    expect(await loadImage(source, 'cat/big.png')).toEqual({
      relativePath: 'cat/big.png',
      reason: '“big.png” is 20,000 × 20,000 pixels (400 megapixels); Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.',
    });
  });
});

describe('damaged files are skipped with a plain reason', () => {
  const source = (bytes: Uint8Array): ImageSource => ({
    index: { name: 'x', source: 'folder', task: 'classification', targetName: 'class', taskReason: msg('common.internalError'), entries: [], classes: [], ignored: [] },
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
