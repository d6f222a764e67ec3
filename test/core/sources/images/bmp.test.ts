import { describe, expect, it } from 'vitest';
import { decodeBmp } from '../../../../src/core/sources/images/bmp';

/** A BMP written by hand: 40-byte header, bottom-up rows padded to 4 bytes. */
function bmp(width: number, height: number, bpp: 8 | 24 | 32, rows: readonly (readonly number[])[], palette: readonly (readonly [number, number, number])[] = []): Uint8Array {
  const rowBytes = Math.ceil((width * bpp) / 32) * 4;
  const paletteBytes = palette.length * 4;
  const offset = 14 + 40 + paletteBytes;
  const out = new Uint8Array(offset + rowBytes * height);
  const view = new DataView(out.buffer);
  out.set([0x42, 0x4d]);
  view.setUint32(2, out.length, true);
  view.setUint32(10, offset, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, bpp, true);
  view.setUint32(46, palette.length, true);
  palette.forEach(([r, g, b], i) => out.set([b, g, r, 0], 54 + i * 4));
  rows.forEach((row, y) => out.set(row, offset + (height - 1 - y) * rowBytes)); // rows given top first
  return out;
}

describe('decodeBmp', () => {
  it('reads a 24-bit bottom-up BMP with row padding (BGR order)', () => {
    // 3×2: top row red, green, blue; bottom row white, black, gray.
    const file = bmp(3, 2, 24, [
      [0, 0, 255, 0, 255, 0, 255, 0, 0],
      [255, 255, 255, 0, 0, 0, 128, 128, 128],
    ]);
    const image = decodeBmp(file);
    expect([image.width, image.height]).toEqual([3, 2]);
    expect(Array.from(image.rgba)).toEqual([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255,
      255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255,
    ]);
  });

  it('reads an 8-bit palette BMP', () => {
    const file = bmp(2, 1, 8, [[1, 0]], [[10, 20, 30], [200, 100, 50]]);
    expect(Array.from(decodeBmp(file).rgba)).toEqual([200, 100, 50, 255, 10, 20, 30, 255]);
  });

  it('reads 32-bit BGRX', () => {
    const file = bmp(1, 1, 32, [[30, 20, 10, 0]]);
    expect(Array.from(decodeBmp(file).rgba)).toEqual([10, 20, 30, 255]);
  });

  it('refuses a file cut short, with the reason', () => {
    const file = bmp(4, 4, 24, []).subarray(0, 70);
    expect(() => decodeBmp(file)).toThrow(/cut short/);
  });
});

describe('decodeBmp and the pixel limit', () => {
  it('refuses a BMP over 40 megapixels with the shared reason, before allocating its pixels', () => {
    const header = new Uint8Array(14 + 40);
    const view = new DataView(header.buffer);
    header.set([0x42, 0x4d]);
    view.setUint32(10, 54, true);
    view.setUint32(14, 40, true);
    view.setInt32(18, 8000, true);
    view.setInt32(22, 5001, true);
    view.setUint16(28, 24, true);
    expect(() => decodeBmp(header)).toThrow('The image is 8,000 × 5,001 pixels (40.01 megapixels); Layerbench reads images up to 40 megapixels.');
  });
});
