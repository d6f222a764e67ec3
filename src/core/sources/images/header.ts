/**
 * The pixel size an image file declares, read from its header alone (PNG IHDR, GIF logical
 * screen and frame descriptors, JPEG SOFn, BMP info header, WebP VP8/VP8L/VP8X), so that a
 * small file declaring a huge image is refused before any decoder allocates its pixels.
 * Every decoder (Node, the browser worker, core's BMP) checks against the same limit.
 */
import { AppError, quoteInput } from '../../errors';
import { msg } from '../../i18n/message';
import { formatOfBytes } from './sniff';
import type { ImageFormat } from './types';

/** Larger images are refused: 40 megapixels is 160 MB of RGBA, already more than a laptop's decoder copes with in a batch. */
export const MAX_IMAGE_MEGAPIXELS = 40;
export const MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000;

export interface ImageHeader {
  readonly format: ImageFormat;
  /** For a GIF, the largest of the logical screen and its frames (what a decoder would allocate). */
  readonly width: number;
  readonly height: number;
}

function u16be(b: Uint8Array, at: number): number {
  return ((b[at] as number) << 8) | (b[at + 1] as number);
}
function u16le(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}
function u24le(b: Uint8Array, at: number): number {
  return u16le(b, at) | ((b[at + 2] as number) << 16);
}
function u32be(b: Uint8Array, at: number): number {
  return u16be(b, at) * 0x10000 + u16be(b, at + 2);
}
function u32le(b: Uint8Array, at: number): number {
  return u16le(b, at) + u16le(b, at + 2) * 0x10000;
}
function i32le(b: Uint8Array, at: number): number {
  return u32le(b, at) | 0;
}
function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

/** The logical screen, or a frame larger than it: omggif allocates the screen, and a frame is drawn into it. */
function gifSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 13) return null;
  let best = { width: u16le(b, 6), height: u16le(b, 8) };
  let at = 13;
  if ((b[10] as number) & 0x80) at += 3 * (1 << (((b[10] as number) & 7) + 1));
  const skipSubBlocks = (from: number): number => {
    let p = from;
    while (p < b.length && b[p] !== 0) p += (b[p] as number) + 1;
    return p + 1;
  };
  while (at < b.length) {
    const block = b[at];
    if (block === 0x21) {
      at = skipSubBlocks(at + 2);
    } else if (block === 0x2c) {
      if (at + 10 > b.length) break;
      const frame = { width: u16le(b, at + 5), height: u16le(b, at + 7) };
      if (frame.width * frame.height > best.width * best.height) best = frame;
      const flags = b[at + 9] as number;
      at += 10;
      if (flags & 0x80) at += 3 * (1 << ((flags & 7) + 1));
      at = skipSubBlocks(at + 1); // the LZW minimum code size, then the image data
    } else {
      break; // the trailer (0x3b), or bytes that are not a block
    }
  }
  return best;
}

/** Start-of-frame markers SOF0–SOF15, less DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    let marker = b[at + 1] as number;
    while (marker === 0xff && at + 2 < b.length) marker = b[++at + 1] as number; // fill bytes
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or the scan, before any frame header
    if (isStartOfFrame(marker)) {
      if (at + 9 > b.length) return null;
      return { width: u16be(b, at + 7), height: u16be(b, at + 5) };
    }
    at += 2 + u16be(b, at + 2);
  }
  return null;
}

function bmpSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 26) return null;
  const headerSize = u32le(b, 14);
  if (headerSize === 12) return { width: u16le(b, 18), height: u16le(b, 20) };
  return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 16) return null;
  const chunk = ascii(b, 12, 4);
  if (b.length < (chunk === 'VP8L' ? 25 : 30)) return null;
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = u32le(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/** The size the header declares, or null when the bytes are no image we read or the header is cut short. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const format = formatOfBytes(bytes);
  if (format === null) return null;
  const size =
    format === 'png' ? pngSize(bytes)
    : format === 'gif' ? gifSize(bytes)
    : format === 'jpeg' ? jpegSize(bytes)
    : format === 'bmp' ? bmpSize(bytes)
    : webpSize(bytes);
  return size === null ? null : { format, ...size };
}

/** 400, 50.3, 4,295; just over the limit shows enough digits not to read as the limit itself (40.01). */
function megapixels(pixels: number): number {
  const mp = pixels / 1_000_000;
  const rounded = mp < 100 ? Math.round(mp * 10) / 10 : Math.round(mp);
  return rounded <= MAX_IMAGE_MEGAPIXELS ? Math.round(mp * 100) / 100 : rounded;
}

/** The plain reason an image is refused for its size; `name` is the file's name, null when unknown. */
export function imageTooLargeError(name: string | null, width: number, height: number): AppError {
  const pixels = width * height;
  const params = { width, height, megapixels: megapixels(pixels), limit: MAX_IMAGE_MEGAPIXELS };
  return new AppError({
    code: 'images/too-large',
    message: name === null ? msg('sources.images.tooLarge.unnamed', params) : msg('sources.images.tooLarge.named', { ...params, name: quoteInput(name) }),
    detail: `${width}×${height} = ${pixels} pixels > ${MAX_IMAGE_PIXELS}`,
  });
}

/**
 * Throws images/too-large when the header declares more pixels than MAX_IMAGE_PIXELS. A header
 * that cannot be read passes: the decoder then gives its own reason.
 */
export function checkImageSize(bytes: Uint8Array, relativePath?: string): void {
  const header = readImageHeader(bytes);
  if (header !== null && header.width * header.height > MAX_IMAGE_PIXELS) {
    throw imageTooLargeError(relativePath === undefined ? null : relativePath.slice(relativePath.lastIndexOf('/') + 1), header.width, header.height);
  }
}
