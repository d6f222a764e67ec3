/**
 * The size an image declares, from its header alone: real files from the packages' encoders
 * (PNG, JPEG, GIF), hand-written headers (BMP, WebP's three chunk kinds, a frame larger than
 * its GIF), headers cut short, and the tiny "bomb" fixtures that declare huge images.
 */
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { GifWriter } from 'omggif';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import { checkImageSize, MAX_IMAGE_PIXELS, readImageHeader } from '../../../../src/core/sources/images/header';

function png(width: number, height: number): Uint8Array {
  return new Uint8Array(PNG.sync.write(new PNG({ width, height })));
}

/** A PNG signature and IHDR declaring any size (no pixel data: only the header is read). */
function pngHeader(width: number, height: number): Uint8Array {
  const out = new Uint8Array(33);
  const view = new DataView(out.buffer);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  view.setUint32(16, width);
  view.setUint32(20, height);
  out.set([8, 6], 24);
  return out;
}

function jpegOf(width: number, height: number): Uint8Array {
  return new Uint8Array(jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 100) }, 90).data);
}

function bmpHeader(width: number, height: number, core = false): Uint8Array {
  const out = new Uint8Array(14 + (core ? 12 : 40));
  const view = new DataView(out.buffer);
  out.set([0x42, 0x4d]);
  view.setUint32(14, core ? 12 : 40, true);
  if (core) {
    view.setUint16(18, width, true);
    view.setUint16(20, height, true);
  } else {
    view.setInt32(18, width, true);
    view.setInt32(22, height, true);
  }
  return out;
}

function riff(chunk: string, data: readonly number[]): Uint8Array {
  const out = new Uint8Array(20 + data.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('RIFF'), 0);
  view.setUint32(4, out.length - 8, true);
  out.set(new TextEncoder().encode(`WEBP${chunk}`), 8);
  view.setUint32(16, data.length, true);
  out.set(data, 20);
  return out;
}

const le16 = (n: number): number[] => [n & 255, (n >> 8) & 255];
const le24 = (n: number): number[] => [n & 255, (n >> 8) & 255, (n >> 16) & 255];

describe('readImageHeader', () => {
  it('reads PNG (IHDR), JPEG (SOF0 after the APP0 segment) and GIF (logical screen) from real files', () => {
    expect(readImageHeader(png(3, 2))).toEqual({ format: 'png', width: 3, height: 2 });
    expect(readImageHeader(jpegOf(16, 8))).toEqual({ format: 'jpeg', width: 16, height: 8 });
    const buffer = new Uint8Array(1024);
    const writer = new GifWriter(buffer, 5, 4, { palette: [0x000000, 0xffffff] });
    writer.addFrame(0, 0, 5, 4, new Array<number>(20).fill(1));
    writer.addFrame(1, 1, 2, 2, [0, 1, 1, 0]);
    expect(readImageHeader(buffer.subarray(0, writer.end()))).toEqual({ format: 'gif', width: 5, height: 4 });
  });

  it('reads a progressive JPEG (SOF2) behind fill bytes and a comment', () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xfe, 0, 4, 0x68, 0x69, 0xff, 0xff, 0xc2, 0, 11, 8, ...[0x0b, 0xb8], ...[0x13, 0x88], 1, 1, 0x11, 0]);
    expect(readImageHeader(bytes)).toEqual({ format: 'jpeg', width: 5000, height: 3000 });
  });

  it('reports a GIF frame larger than its logical screen, which a decoder would allocate', () => {
    // 2×2 screen, no colour table, one 60000×10 frame with an empty image.
    const bytes = new Uint8Array([...new TextEncoder().encode('GIF89a'), 2, 0, 2, 0, 0, 0, 0, 0x21, 0xf9, 4, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, ...le16(60000), 10, 0, 0, 2, 0, 0x3b]);
    expect(readImageHeader(bytes)).toEqual({ format: 'gif', width: 60000, height: 10 });
  });

  it('reads BMP info headers (top-down rows have a negative height) and old core headers', () => {
    expect(readImageHeader(bmpHeader(640, 480))).toEqual({ format: 'bmp', width: 640, height: 480 });
    expect(readImageHeader(bmpHeader(640, -480))).toEqual({ format: 'bmp', width: 640, height: 480 });
    expect(readImageHeader(bmpHeader(300, 200, true))).toEqual({ format: 'bmp', width: 300, height: 200 });
  });

  it('reads WebP: lossy (VP8), lossless (VP8L) and extended (VP8X)', () => {
    expect(readImageHeader(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(1920), ...le16(1080), 0, 0]))).toEqual({ format: 'webp', width: 1920, height: 1080 });
    const bits = (100 - 1) | ((50 - 1) << 14);
    expect(readImageHeader(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255, 0]))).toEqual({ format: 'webp', width: 100, height: 50 });
    expect(readImageHeader(riff('VP8X', [0, 0, 0, 0, ...le24(16383), ...le24(99999)]))).toEqual({ format: 'webp', width: 16384, height: 100000 });
  });

  it('gives null for headers cut short, and for bytes that are no image', () => {
    expect(readImageHeader(png(3, 2).subarray(0, 20))).toBeNull();
    const jpg = jpegOf(8, 8);
    const sof = jpg.findIndex((b, i) => b === 0xff && jpg[i + 1] === 0xc0);
    expect(readImageHeader(jpg.subarray(0, sof + 6))).toBeNull();
    expect(readImageHeader(jpg.subarray(0, 3))).toBeNull();
    expect(readImageHeader(new TextEncoder().encode('GIF89a\x02'))).toBeNull();
    expect(readImageHeader(bmpHeader(10, 10).subarray(0, 24))).toBeNull();
    expect(readImageHeader(riff('VP8X', [0, 0, 0, 0, 1, 0, 0]))).toBeNull();
    expect(readImageHeader(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2b, 1, 0, 1, 0]))).toBeNull(); // no start code
    expect(readImageHeader(new TextEncoder().encode('hello, world'))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
  });

  it('reads the sizes the bomb fixtures declare from a few hundred bytes', () => {
    const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/bad/${name}`, import.meta.url)));
    expect(fixture('png-bomb-20000.png').length).toBeLessThan(2000);
    expect(readImageHeader(fixture('png-bomb-20000.png'))).toEqual({ format: 'png', width: 20000, height: 20000 });
    expect(readImageHeader(fixture('png-bomb-100000.png'))).toEqual({ format: 'png', width: 100000, height: 100000 });
    expect(readImageHeader(fixture('gif-bomb-65535.gif'))).toEqual({ format: 'gif', width: 65535, height: 65535 });
  });
});

describe('checkImageSize', () => {
  it('lets an image of exactly 40 megapixels through and refuses one pixel row more, in plain words', () => {
    expect(MAX_IMAGE_PIXELS).toBe(40_000_000);
    expect(() => checkImageSize(pngHeader(8000, 5000), 'cat/ok.png')).not.toThrow();
    let caught: unknown;
    try {
      checkImageSize(pngHeader(20000, 20000), 'cat/photo.png');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('images/too-large');
    expect((caught as AppError).message).toBe('“photo.png” is 20,000 × 20,000 pixels (400 megapixels); Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.');
    expect(() => checkImageSize(pngHeader(8000, 5001), 'x.png')).toThrow(/8,000 × 5,001 pixels \(40.01 megapixels\)/);
  });

  it('passes what it cannot read, so the decoder gives its own reason', () => {
    expect(() => checkImageSize(new TextEncoder().encode('not an image'), 'a.png')).not.toThrow();
    expect(() => checkImageSize(pngHeader(1, 1).subarray(0, 18), 'a.png')).not.toThrow();
  });
});
