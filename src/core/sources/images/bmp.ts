/**
 * A small BMP decoder (browsers decode BMP themselves; Node has no maintained package for it):
 * uncompressed 1, 4, 8, 16, 24 and 32 bits per pixel, with a palette or bit-field masks,
 * bottom-up or top-down. RLE-compressed files are refused with a plain reason.
 */
import { imageTooLargeError, MAX_IMAGE_PIXELS } from './header';
import type { DecodedImage } from './types';

function maskShift(mask: number): { shift: number; max: number } {
  if (mask === 0) return { shift: 0, max: 0 };
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift++;
  return { shift, max: mask >>> shift };
}

export function decodeBmp(bytes: Uint8Array): DecodedImage {
  if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) throw new Error('not a BMP file (no "BM" signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  const core = headerSize === 12;
  const width = core ? view.getUint16(18, true) : view.getInt32(18, true);
  const rawHeight = core ? view.getInt16(20, true) : view.getInt32(22, true);
  const bpp = core ? view.getUint16(24, true) : view.getUint16(28, true);
  const compression = core ? 0 : view.getUint32(30, true);
  const topDown = rawHeight < 0;
  const height = Math.abs(rawHeight);
  if (width <= 0 || height === 0) throw new Error(`impossible size ${width}×${height}`);
  if (width * height > MAX_IMAGE_PIXELS) throw imageTooLargeError(null, width, height);
  if (compression === 1 || compression === 2) throw new Error('RLE-compressed BMP files are not supported; save it as an uncompressed BMP or PNG');
  if (compression !== 0 && compression !== 3 && compression !== 6) throw new Error(`BMP compression ${compression} is not supported`);

  let masks = bpp === 16 ? [0x7c00, 0x03e0, 0x001f, 0] : [0x00ff0000, 0x0000ff00, 0x000000ff, 0];
  if (compression === 3 || compression === 6) {
    const at = headerSize === 40 ? 54 : 14 + 40; // after a 40-byte header the masks follow it; larger headers hold them
    masks = [view.getUint32(at, true), view.getUint32(at + 4, true), view.getUint32(at + 8, true), compression === 6 || headerSize > 40 ? view.getUint32(at + 12, true) : 0];
  }
  const palette: number[][] = [];
  if (bpp <= 8) {
    const colorsUsed = core ? 0 : view.getUint32(46, true);
    const count = colorsUsed > 0 ? colorsUsed : 1 << bpp;
    const entry = core ? 3 : 4;
    const start = 14 + headerSize;
    for (let i = 0; i < count && start + i * entry + 2 < bytes.length; i++) {
      const at = start + i * entry;
      palette.push([bytes[at + 2] as number, bytes[at + 1] as number, bytes[at] as number]);
    }
  } else if (bpp !== 16 && bpp !== 24 && bpp !== 32) {
    throw new Error(`${bpp} bits per pixel is not a BMP depth we read`);
  }
  const rowBytes = Math.ceil((width * bpp) / 32) * 4;
  if (dataOffset + rowBytes * height > bytes.length) throw new Error('the file is cut short (fewer pixel bytes than its size needs)');

  const fields = masks.map(maskShift);
  const useAlpha = (masks[3] ?? 0) !== 0;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = dataOffset + (topDown ? y : height - 1 - y) * rowBytes;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 255;
      if (bpp <= 8) {
        const bit = x * bpp;
        const index = ((bytes[row + (bit >> 3)] as number) >> (8 - bpp - (bit & 7))) & ((1 << bpp) - 1);
        [r = 0, g = 0, b = 0] = palette[index] ?? [0, 0, 0];
      } else if (bpp === 24) {
        b = bytes[row + x * 3] as number;
        g = bytes[row + x * 3 + 1] as number;
        r = bytes[row + x * 3 + 2] as number;
      } else {
        const value = bpp === 16 ? view.getUint16(row + x * 2, true) : view.getUint32(row + x * 4, true);
        const channel = (i: number): number => {
          const f = fields[i] as { shift: number; max: number };
          return f.max === 0 ? 0 : Math.round((((value & (masks[i] as number)) >>> f.shift) * 255) / f.max);
        };
        r = channel(0);
        g = channel(1);
        b = channel(2);
        if (useAlpha) a = channel(3);
      }
      rgba[o] = r;
      rgba[o + 1] = g;
      rgba[o + 2] = b;
      rgba[o + 3] = a;
    }
  }
  return { width, height, rgba };
}
